#pragma once

#include "DemoSeeder.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

// Private to DemoSeeder's source files: what later records need to know about a young person.
namespace trellis::demo {

struct DemoSeeder::Person {
    QString id;
    QString familyName;
    QDate dateOfBirth;
    bool highRisk = false;
    bool open = true;
    bool sibling = false; // shares a family, a postcode and a trusted adult with the case before
    QStringList flags;
    QStringList adultIds;      // adults linked to this young person
    QStringList contactableIds; // of those, the ones who may be contacted
    QDate nextContactDue;
};

namespace detail {
inline QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}
} // namespace detail

} // namespace trellis::demo
