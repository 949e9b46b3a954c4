#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace trellis::kpi {

// The local 10–17 population by ethnic group, from a CSV the administrator edits:
//
//   # comment lines start with #
//   ethnic_group,population_10_17
//   asian,4210
//   black,3980
//   mixed,2105
//   white,11020
//   other,1230
//
// Groups are EthnicGroups::keys(); each appears exactly once; populations are whole numbers ≥ 0.
// Trellis ships an example (resources: ":/kpi/population-10-17.example.csv", marked as example
// values); the administrator's file is looked for as "trellis/population-10-17.csv" in the
// generic config locations (~/.config, /etc/xdg).
struct PopulationTable {
    QHash<QString, int> byGroup;
    bool isExample = true;  // true when read from the shipped example
    QString source;         // file path read

    int total() const;
};

struct PopulationError {
    int line = 0;           // 1-based line of the file; 0 for a whole-file problem
    QString message;        // names the line and the field: "line 4: population_10_17 \"4x\" is not a whole number"
};

class PopulationTableReader {
public:
    // Bad input: the first problem, naming its line; nothing is half-read.
    static std::variant<PopulationTable, PopulationError> parse(const QByteArray& csv, const QString& source);
    // The administrator's file if there is one, else the shipped example.
    static std::variant<PopulationTable, PopulationError> loadDefault();
};

// The five high-level groups (ONS 2021) that disproportionality reports use, from the stored
// detailed ethnicity words. "not_stated" belongs to no group.
class EthnicGroups {
public:
    static QStringList keys();                          // asian, black, mixed, white, other
    static QString title(const QString& key);           // "Asian or Asian British", …
    static QString groupOf(const QString& ethnicity);   // "" for not_stated
};

} // namespace trellis::kpi
