#pragma once

#include "CentralResult.h"

namespace trellis::central {

class PgConnection;

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded, so every early
// return leaves the central store as it was.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    // Whether BEGIN worked; when it did not, error() says why.
    bool began() const { return m_began; }
    const CentralError& error() const { return m_error; }
    CentralResult<void> commit();

private:
    PgConnection& m_connection;
    CentralError m_error;
    bool m_began = false;
    bool m_done = false;
};

} // namespace trellis::central
