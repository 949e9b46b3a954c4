#include "Transaction.h"

#include "Database.h"
#include "domain/TimeOrderedId.h"

namespace trellis {

namespace {
// Savepoint names are made from the nesting depth, a number, never from input.
QString savepointSql(const char* verb, int depth)
{
    return QStringLiteral("%1 nested_%2").arg(QLatin1String(verb)).arg(depth);
}
} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    m_began = (m_depth == 0 ? m_db.exec("BEGIN IMMEDIATE") : m_db.exec(savepointSql("SAVEPOINT", m_depth))).ok();
    if (!m_began)
        return;
    if (m_depth == 0)
        m_db.m_batchId = domain::createTimeOrderedId();
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_began || m_done)
        return;
    if (m_depth == 0)
        (void)m_db.exec("ROLLBACK");
    else
        (void)m_db.exec(savepointSql("ROLLBACK TO", m_depth) + QLatin1Char(';') + savepointSql("RELEASE", m_depth));
    end();
}

Result<void> Transaction::commit()
{
    if (!m_began)
        return m_db.lastError();
    if (m_done)
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("This transaction has already ended."));
    auto result = m_depth == 0 ? m_db.exec("COMMIT") : m_db.exec(savepointSql("RELEASE", m_depth));
    if (result.ok()) {
        m_done = true;
        end();
    }
    return result;
}

void Transaction::end()
{
    --m_db.m_transactionDepth;
    if (m_depth == 0)
        m_db.m_batchId.clear();
}

} // namespace trellis
