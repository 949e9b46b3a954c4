#include "Transaction.h"

#include "Database.h"

namespace trellis {

Transaction::Transaction(Database& db) : m_db(db) { m_began = m_db.exec("BEGIN IMMEDIATE").ok(); }

Transaction::~Transaction()
{
    if (m_began && !m_done)
        (void)m_db.exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_began)
        return m_db.lastError();
    auto result = m_db.exec("COMMIT");
    if (result.ok())
        m_done = true;
    return result;
}

} // namespace trellis
