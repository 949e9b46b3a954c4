#pragma once

#include "domain/Validator.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace trellis::io {

// Imports a JSON Lines file (one record a line, with its "entity") all or nothing. A first
// pass reads and checks every line without writing; only a file with no errors is written, in
// one transaction. Every invalid line is reported by number and field.
class JsonLinesImporter {
public:
    struct LineError {
        qint64 line = 0;
        QString field; // empty when the whole line is wrong
        QString message;
        QString toString() const;
    };
    struct Report {
        bool ok = false;
        qint64 records = 0;
        qint64 warnings = 0;
        QHash<QString, qint64> perEntity;
        QList<LineError> errors;
        QString failure; // a store or file problem that stopped the import
    };
    using Progress = std::function<void(qint64 linesDone, const QString& phase)>;

    JsonLinesImporter(Database& db, domain::Validator validator, QString actor);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Report importFile(const QString& path);

private:
    Report checkAndWrite(const QString& path);

    Database& m_db;
    domain::Validator m_validator;
    QString m_actor;
    Progress m_progress;
};

} // namespace trellis::io
