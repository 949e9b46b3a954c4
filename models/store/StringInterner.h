#pragma once

#include <QHash>
#include <QString>

namespace trellis {

// Hands back one shared QString for each distinct value, so enumerated values repeated across a
// long list (100,000 young people rated "medium") are held once, not once per row.
class StringInterner {
public:
    QString operator()(QString value)
    {
        if (value.isEmpty())
            return value;
        const auto found = m_pool.constFind(value);
        if (found != m_pool.constEnd())
            return *found;
        m_pool.insert(value, value);
        return value;
    }

private:
    QHash<QString, QString> m_pool;
};

} // namespace trellis
