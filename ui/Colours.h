#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace trellis::ui {

// Every colour the application chooses itself, in one table, with the WCAG 2.x contrast
// arithmetic that checks them. Colour never carries meaning alone in Trellis (words and icons
// do), but what is drawn in colour must still be readable: text at least 4.5:1 against the
// background it is drawn on, graphical objects (chart bars, the focus indicator) at least 3:1.
// tests/gui/tst_contrast.cpp checks every pair listed by customPairs() and the palette's own.
class Colours {
public:
    // WCAG 2.x relative luminance of an opaque colour (sRGB, 0 black to 1 white).
    static double luminance(const QColor& colour);
    // (L1 + 0.05) / (L2 + 0.05), lighter over darker; 1 to 21. A translucent foreground (Qt's
    // placeholder text) is first blended over the background, as the screen shows it.
    static double contrast(const QColor& foreground, const QColor& background);
    // `colour` over `background` as the screen shows it.
    static QColor blended(const QColor& colour, const QColor& background);

    static bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

    // Text tones for messages beside a field and warnings in dialogs, on the window background.
    static QColor errorText(const QPalette& palette);
    static QColor warningText(const QPalette& palette);

    // Charts are drawn on their own light background in every theme, as printed and exported.
    static QColor chartBackground() { return QColor(0xff, 0xff, 0xff); }
    // Value labels drawn inside a stacked bar, and beside a grouped bar on the chart background.
    static QColor chartLabelOnBar() { return QColor(0xff, 0xff, 0xff); }
    static QColor chartLabelOnBackground() { return QColor(0x20, 0x20, 0x20); }
    // Risk levels low, medium, high, very high (green to red, as the caseload reads them).
    static QList<QColor> riskSeries();
    // Series without a meaning of their own (years, shares), in order.
    static QList<QColor> chartSeries();

    // The palette with the pairs that fall short of WCAG AA (placeholder text, the highlight a
    // focus frame is drawn in, links) made darker or lighter until they pass, and nothing else
    // changed, so the platform's look stays.
    static QPalette accessible(const QPalette& palette);
    // A dark palette as a desktop's dark theme gives one (the tests check Trellis against it).
    static QPalette darkExample();

    struct Pair {
        QString what;
        QColor foreground;
        QColor background;
        double minimum; // 4.5 for text, 3 for graphical objects
    };
    // Every custom colour with the background it is drawn on in `palette`.
    static QList<Pair> customPairs(const QPalette& palette);
    // The palette's own pairs (WindowText/Window, Text/Base, …) for the Active and Inactive groups.
    static QList<Pair> palettePairs(const QPalette& palette);

private:
    // `colour` made darker (on a light background) or lighter until it reaches `minimum`.
    static QColor reaching(const QColor& colour, const QColor& background, double minimum);
};

} // namespace trellis::ui
