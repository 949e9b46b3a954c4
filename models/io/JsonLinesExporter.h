#pragma once

#include "store/Database.h"

#include <QHash>
#include <QIODevice>
#include <QString>

namespace trellis::io {

// Writes every live record of every entity as JSON Lines, in an order where each record comes
// after the records it refers to, so the file imports into an empty store as it is. The audit
// trail is not exported: it records what happened to this store, and import refuses it.
class JsonLinesExporter {
public:
    struct Report {
        bool ok = false;
        qint64 records = 0;
        QHash<QString, qint64> perEntity;
        QString failure;
    };

    explicit JsonLinesExporter(Database& db) : m_db(db) {}
    Report exportTo(QIODevice& out);

private:
    Database& m_db;
};

} // namespace trellis::io
