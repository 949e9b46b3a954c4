#include "Colours.h"

#include <algorithm>
#include <cmath>

namespace trellis::ui {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// The pairs' names are for the contrast test's messages, never shown to a worker: not translated.
QString named(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

double Colours::luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor Colours::blended(const QColor& colour, const QColor& background)
{
    const double a = colour.alphaF();
    if (a >= 1.0)
        return colour.toRgb();
    const QColor fg = colour.toRgb();
    const QColor bg = background.toRgb();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)), float(fg.greenF() * a + bg.greenF() * (1 - a)),
                            float(fg.blueF() * a + bg.blueF() * (1 - a)));
}

double Colours::contrast(const QColor& foreground, const QColor& background)
{
    const double a = luminance(blended(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor Colours::errorText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x9e, 0x95) : QColor(0xa3, 0x1b, 0x12);
}

QColor Colours::warningText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x80) : QColor(0x6b, 0x45, 0x00);
}

QList<QColor> Colours::riskSeries()
{
    // Each dark enough for the white value label drawn inside it (4.5:1) and a hatching of its
    // own in the chart, so that no level is told from another by colour alone.
    return {QColor(0x2e, 0x7d, 0x32), QColor(0x9a, 0x5b, 0x00), QColor(0xc2, 0x41, 0x0c), QColor(0x9b, 0x1c, 0x1c)};
}

QList<QColor> Colours::chartSeries()
{
    return {QColor(0x1f, 0x5f, 0xa8), QColor(0x00, 0x79, 0x6b), QColor(0x9a, 0x5b, 0x00), QColor(0x6a, 0x3d, 0x9a),
            QColor(0xa4, 0x26, 0x2c)};
}

QColor Colours::reaching(const QColor& colour, const QColor& background, double minimum)
{
    // Steps towards black on a light background, towards white on a dark one, keeping the hue.
    const bool lightBackground = luminance(background) > 0.18;
    QColor c = blended(colour, background);
    for (int step = 0; step < 40 && contrast(c, background) < minimum; ++step)
        c = lightBackground ? c.darker(108) : c.lighter(108);
    if (contrast(c, background) < minimum)
        c = lightBackground ? QColor(Qt::black) : QColor(Qt::white);
    return c;
}

QPalette Colours::accessible(const QPalette& palette)
{
    QPalette p = palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = p.color(group, QPalette::Base);
        const QColor window = p.color(group, QPalette::Window);
        // Placeholder text is often Text at half opacity: about 4:1, short of 4.5.
        if (contrast(p.color(group, QPalette::PlaceholderText), base) < 4.5)
            p.setColor(group, QPalette::PlaceholderText,
                       reaching(p.color(group, QPalette::PlaceholderText), base, 4.5));
        for (const auto role : {QPalette::Link, QPalette::LinkVisited})
            if (contrast(p.color(group, role), base) < 4.5)
                p.setColor(group, role, reaching(p.color(group, role), base, 4.5));
        // The focus frame is drawn in the highlight colour: 3:1 against what is around it.
        QColor highlight = p.color(group, QPalette::Highlight);
        highlight = reaching(reaching(highlight, base, 3.0), window, 3.0);
        p.setColor(group, QPalette::Highlight, highlight);
        // Selected rows: the platform's text colour kept, the highlight made darker (or lighter)
        // under it, as long as it still stands out from the field and the window; otherwise
        // black or white text, whichever reads better.
        const QColor onHighlight = p.color(group, QPalette::HighlightedText);
        if (contrast(onHighlight, highlight) < 4.5) {
            const QColor moved = reaching(highlight, onHighlight, 4.5);
            if (contrast(onHighlight, moved) >= 4.5 && contrast(moved, base) >= 3.0 && contrast(moved, window) >= 3.0) {
                p.setColor(group, QPalette::Highlight, moved);
            } else {
                const QColor white(Qt::white);
                const QColor black(Qt::black);
                p.setColor(group, QPalette::HighlightedText,
                           contrast(white, highlight) >= contrast(black, highlight) ? white : black);
            }
        }
    }
    return p;
}

QPalette Colours::darkExample()
{
    // The colours of a common dark desktop theme (Breeze Dark's), as a worker's laptop may have.
    QPalette p;
    const QColor window(0x20, 0x23, 0x26), text(0xfc, 0xfc, 0xfc), base(0x14, 0x16, 0x18), alternate(0x1d, 0x1f, 0x22),
        button(0x29, 0x2c, 0x30), highlight(0x3d, 0xae, 0xe9), link(0x1d, 0x99, 0xf3);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::ToolTipBase, button);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xfc, 0xfc, 0xfc, 0x80));
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
        p.setColor(group, QPalette::BrightText, QColor(Qt::white));
    }
    return p;
}

QList<Colours::Pair> Colours::palettePairs(const QPalette& palette)
{
    struct Role {
        QPalette::ColorRole foreground;
        QPalette::ColorRole background;
        const char* name;
        double minimum;
    };
    static const Role roles[] = {
        {QPalette::WindowText, QPalette::Window, "WindowText on Window", 4.5},                 // notr: test label
        {QPalette::Text, QPalette::Base, "Text on Base", 4.5},                                 // notr: test label
        {QPalette::Text, QPalette::AlternateBase, "Text on AlternateBase", 4.5},               // notr: test label
        {QPalette::ButtonText, QPalette::Button, "ButtonText on Button", 4.5},                 // notr: test label
        {QPalette::HighlightedText, QPalette::Highlight, "HighlightedText on Highlight", 4.5}, // notr: test label
        {QPalette::ToolTipText, QPalette::ToolTipBase, "ToolTipText on ToolTipBase", 4.5},     // notr: test label
        {QPalette::PlaceholderText, QPalette::Base, "PlaceholderText on Base", 4.5},           // notr: test label
        {QPalette::Link, QPalette::Base, "Link on Base", 4.5},                                 // notr: test label
        // The focus frame (Highlight) against the field and the window around it.
        {QPalette::Highlight, QPalette::Base, "focus frame (Highlight) on Base", 3.0},     // notr: test label
        {QPalette::Highlight, QPalette::Window, "focus frame (Highlight) on Window", 3.0}, // notr: test label
    };
    QList<Pair> pairs;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QString groupName = group == QPalette::Active ? QStringLiteral("Active") : QStringLiteral("Inactive");
        for (const Role& role : roles)
            pairs.append({groupName + QStringLiteral(": ") + QString::fromLatin1(role.name),
                          palette.color(group, role.foreground), palette.color(group, role.background), role.minimum});
    }
    return pairs;
}

QList<Colours::Pair> Colours::customPairs(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    QList<Pair> pairs{
        {named("field error message on the window"), errorText(palette), window, 4.5},            // notr: test label
        {named("field warning message on the window"), warningText(palette), window, 4.5},        // notr: test label
        {named("connection problem and warning on the window"), errorText(palette), window, 4.5}, // notr: test label
    };
    const QColor chart = chartBackground();
    pairs.append(
        {named("grouped bar value label on the chart"), chartLabelOnBackground(), chart, 4.5}); // notr: test label
    const QList<QColor> risk = riskSeries();
    for (qsizetype i = 0; i < risk.size(); ++i) {
        const QString bar = named("risk bar %1 on the chart").arg(i + 1);             // notr: test label
        const QString label = named("value label in risk bar %1").arg(i + 1);         // notr: test label
        const QString current = named("current risk bar %1 on the chart").arg(i + 1); // notr: test label
        pairs.append({bar, risk.at(i), chart, 3.0});
        pairs.append({label, chartLabelOnBar(), risk.at(i), 4.5});
        // The bar the keyboard is on is drawn darker: still a bar against the background.
        pairs.append({current, risk.at(i).darker(170), chart, 3.0});
    }
    const QList<QColor> series = chartSeries();
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString bar = named("series bar %1 on the chart").arg(i + 1);     // notr: test label
        const QString label = named("value label in series bar %1").arg(i + 1); // notr: test label
        pairs.append({bar, series.at(i), chart, 3.0});
        pairs.append({label, chartLabelOnBar(), series.at(i), 4.5});
    }
    return pairs;
}

} // namespace trellis::ui
