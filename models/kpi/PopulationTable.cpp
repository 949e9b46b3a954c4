#include "PopulationTable.h"

#include <QFile>
#include <QStandardPaths>
#include <QStringList>

namespace trellis::kpi {

namespace {

const QString kHeader = QStringLiteral("ethnic_group,population_10_17");
const QString kExample = QStringLiteral(":/kpi/population-10-17.example.csv");
const QString kAdministratorFile = QStringLiteral("trellis/population-10-17.csv");

PopulationError lineError(int line, const QString& message)
{
    return {line, QStringLiteral("line %1: %2").arg(line).arg(message)};
}

} // namespace

int PopulationTable::total() const
{
    int sum = 0;
    for (const int population : byGroup)
        sum += population;
    return sum;
}

std::variant<PopulationTable, PopulationError> PopulationTableReader::parse(const QByteArray& csv,
                                                                           const QString& source)
{
    // Everything goes into a table of its own that is handed back only when the whole file has
    // passed, so a bad file never leaves a half-read population behind.
    PopulationTable table;
    table.source = source;
    table.isExample = source.startsWith(QLatin1String(":/"));
    QHash<QString, int> firstLineOf;
    bool sawHeader = false;

    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte order mark from a spreadsheet's "CSV UTF-8"
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines[i].trimmed(); // also drops the \r of Windows line ends
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!sawHeader) {
            QString header = line;
            header.remove(QLatin1Char(' '));
            if (header != kHeader)
                return lineError(lineNumber, QStringLiteral("the header must be \"%1\", not \"%2\"").arg(kHeader, line));
            sawHeader = true;
            continue;
        }
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != 2)
            return lineError(lineNumber,
                             QStringLiteral("expected 2 fields (ethnic_group,population_10_17), found %1")
                                 .arg(fields.size()));
        const QString group = fields[0].trimmed().toLower();
        const QString number = fields[1].trimmed();
        if (group.isEmpty())
            return lineError(lineNumber, QStringLiteral("ethnic_group is empty"));
        if (!EthnicGroups::keys().contains(group))
            return lineError(lineNumber, QStringLiteral("unknown ethnic_group \"%1\" (expected one of %2)")
                                             .arg(fields[0].trimmed(), EthnicGroups::keys().join(QStringLiteral(", "))));
        if (firstLineOf.contains(group))
            return lineError(lineNumber, QStringLiteral("ethnic_group \"%1\" appears again (first on line %2)")
                                             .arg(group)
                                             .arg(firstLineOf.value(group)));
        bool ok = false;
        const qlonglong population = number.toLongLong(&ok);
        if (!ok)
            return lineError(lineNumber,
                             QStringLiteral("population_10_17 \"%1\" is not a whole number").arg(number));
        if (population < 0)
            return lineError(lineNumber, QStringLiteral("population_10_17 %1 is negative").arg(population));
        if (population > 100000000)
            return lineError(lineNumber, QStringLiteral("population_10_17 %1 is too large").arg(population));
        firstLineOf.insert(group, lineNumber);
        table.byGroup.insert(group, int(population));
    }
    if (!sawHeader)
        return PopulationError{0, QStringLiteral("no header line \"%1\" and no data").arg(kHeader)};
    for (const QString& group : EthnicGroups::keys()) {
        if (!table.byGroup.contains(group))
            return PopulationError{0, QStringLiteral("ethnic_group \"%1\" is missing: every group needs a line")
                                          .arg(group)};
    }
    return table;
}

std::variant<PopulationTable, PopulationError> PopulationTableReader::loadDefault()
{
    QString path = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, kAdministratorFile);
    if (path.isEmpty())
        path = kExample;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PopulationError{0, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

} // namespace trellis::kpi
