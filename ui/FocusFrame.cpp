#include "FocusFrame.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QPen>
#include <QProxyStyle>
#include <QStyleOption>

namespace trellis::ui {

namespace {

class FocusFrameStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        const bool tab = element == CE_TabBarTabLabel;
        const bool box = element == CE_ShapedFrame && qobject_cast<const QAbstractScrollArea*>(widget);
        if (!(tab || box) || !(option->state & State_HasFocus))
            return;
        painter->save();
        QPen pen(option->palette.color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = tab ? 3 : 1;
        painter->drawRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset));
        painter->restore();
    }
};

} // namespace

void showFocusFrame(QWidget* widget)
{
    // No base style named: the proxy follows the application's style, whatever the platform's is.
    auto* style = new FocusFrameStyle;
    style->setParent(widget);
    widget->setStyle(style);
}

} // namespace trellis::ui
