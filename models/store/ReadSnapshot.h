#pragma once

#include "Database.h"

namespace trellis {

// Several reads that must see one moment of the store: a savepoint opens a read transaction when
// none is open and nests inside the caller's when one is, so a write between the reads (a sync,
// say) cannot make them disagree.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : m_db(db) { m_began = m_db.exec("SAVEPOINT read_snapshot").ok(); }
    ~ReadSnapshot()
    {
        if (m_began)
            (void)m_db.exec("RELEASE read_snapshot");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    bool began() const { return m_began; }

private:
    Database& m_db;
    bool m_began = false;
};

} // namespace trellis
