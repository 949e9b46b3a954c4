#include "CaseloadIcons.h"

#include <QPainter>
#include <QPainterPath>

#include <bit>

namespace trellis {

namespace {

QPixmap drawWarning(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal m = size / 16.0;
    QPainterPath triangle;
    triangle.moveTo(8 * m, 1 * m);
    triangle.lineTo(15.5 * m, 14.5 * m);
    triangle.lineTo(0.5 * m, 14.5 * m);
    triangle.closeSubpath();
    painter.setPen(QPen(QColor(0x5C, 0x3D, 0x00), 1 * m));
    painter.setBrush(QColor(0xF2, 0xA9, 0x00));
    painter.drawPath(triangle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(7.1 * m, 5 * m, 1.8 * m, 5.2 * m));
    painter.drawEllipse(QRectF(7.1 * m, 11.2 * m, 1.8 * m, 1.8 * m));
    return pixmap;
}

QPixmap drawFlag(int size, int count)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal m = size / 16.0;
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.4 * m));
    painter.drawLine(QPointF(2.5 * m, 1 * m), QPointF(2.5 * m, 15 * m));
    QPainterPath pennant;
    pennant.moveTo(3 * m, 1.5 * m);
    pennant.lineTo(12.5 * m, 4.5 * m);
    pennant.lineTo(3 * m, 7.5 * m);
    pennant.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x7B, 0x1F, 0xA2)); // purple: not a risk colour, so not read as a rating
    painter.drawPath(pennant);
    if (count > 1) {
        // The number of flags, so several flags look different from one even without the text.
        const QRectF badge(7 * m, 7 * m, 9 * m, 9 * m);
        painter.setBrush(QColor(0x33, 0x33, 0x33));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setPixelSize(int(7 * m));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, QString::number(count));
    }
    return pixmap;
}

} // namespace

const QIcon& CaseloadIcons::warning() const
{
    if (m_warning.isNull()) {
        m_warning.addPixmap(drawWarning(16));
        m_warning.addPixmap(drawWarning(32));
    }
    return m_warning;
}

const QIcon& CaseloadIcons::flags(quint8 flagBits) const
{
    const int count = std::popcount(flagBits);
    auto found = m_flags.find(count);
    if (found == m_flags.end()) {
        QIcon icon;
        icon.addPixmap(drawFlag(16, count));
        icon.addPixmap(drawFlag(32, count));
        found = m_flags.insert(count, icon);
    }
    return *found;
}

} // namespace trellis
