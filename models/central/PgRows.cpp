#include "PgRows.h"

namespace trellis::central {

QVariant PgRows::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    return m_rows.at(row).at(column);
}

QStringList PgRows::firstColumn() const
{
    QStringList values;
    values.reserve(m_rows.size());
    for (const auto& row : m_rows)
        values.append(row.isEmpty() ? QString() : row.first().toString());
    return values;
}

} // namespace trellis::central
