#include "TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace trellis::domain {

QString createTimeOrderedId()
{
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xffffffffffffULL;
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    const uint time_high = uint(millis >> 16);
    const ushort time_low = ushort(millis & 0xffff);
    const ushort versioned = ushort(0x7000 | (random[0] & 0x0fff));
    const quint64 tail = random[1];
    const QUuid uuid(time_high, time_low, versioned, uchar(0x80 | ((tail >> 56) & 0x3f)), uchar(tail >> 48),
                     uchar(tail >> 40), uchar(tail >> 32), uchar(tail >> 24), uchar(tail >> 16), uchar(tail >> 8),
                     uchar(tail));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace trellis::domain
