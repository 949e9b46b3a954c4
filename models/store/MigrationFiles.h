#pragma once

#include <QList>
#include <QString>

namespace trellis {

// The numbered SQL files of one schema ("NNNN_words.sql" in a resource folder such as
// ":/sql/local"), in version order. Both the local and the central migrators read them.
struct MigrationStep {
    int version;
    QString resourcePath;
};

QList<MigrationStep> migrationSteps(const QString& resourceFolder);

} // namespace trellis
