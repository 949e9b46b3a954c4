#include "MigrationFiles.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace trellis {

QList<MigrationStep> migrationSteps(const QString& resourceFolder)
{
    QList<MigrationStep> found;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(resourceFolder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(),
              [](const MigrationStep& a, const MigrationStep& b) { return a.version < b.version; });
    return found;
}

} // namespace trellis
