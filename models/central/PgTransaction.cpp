#include "PgTransaction.h"

#include "PgConnection.h"

namespace trellis::central {

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(connection)
{
    auto begun = m_connection.execScript(QStringLiteral("BEGIN"));
    m_began = begun.ok();
    if (!m_began)
        m_error = begun.error();
}

PgTransaction::~PgTransaction()
{
    if (m_began && !m_done && m_connection.isOpen())
        (void)m_connection.execScript(QStringLiteral("ROLLBACK"));
}

CentralResult<void> PgTransaction::commit()
{
    if (!m_began)
        return m_error;
    // COMMIT after a failed statement succeeds as a ROLLBACK; say so instead of reporting success.
    if (m_connection.inFailedTransaction())
        return CentralError::make(CentralError::Kind::Sql,
                                  QStringLiteral("A statement failed earlier, so nothing was saved."));
    m_done = true;
    return m_connection.execScript(QStringLiteral("COMMIT"));
}

} // namespace trellis::central
