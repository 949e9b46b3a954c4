#include "Suppression.h"

namespace trellis::kpi {

QString Suppression::shown(int count)
{
    return hides(count) ? QStringLiteral("<5") : QString::number(count);
}

std::optional<double> Suppression::percent(int numerator, int denominator)
{
    // A percentage of a suppressed denominator would reveal it as well as the numerator.
    // A small rest would be revealed by 100% minus the percentage.
    if (denominator <= 0 || hides(numerator) || hides(denominator) || hidesRest(numerator, denominator))
        return std::nullopt;
    return 100.0 * numerator / denominator;
}

QString Suppression::numeratorShown(int numerator, int denominator)
{
    if (hides(numerator))
        return QStringLiteral("<5");
    return hidesRest(numerator, denominator) ? QStringLiteral("–") : QString::number(numerator);
}

QString Suppression::denominatorShown(int numerator, int denominator)
{
    if (hides(denominator))
        return QStringLiteral("<5");
    return hidesRest(numerator, denominator) ? QStringLiteral("–") : QString::number(denominator);
}

QString Suppression::percentShown(int numerator, int denominator)
{
    const auto value = percent(numerator, denominator);
    if (!value)
        return QStringLiteral("–");
    // Below 10% a whole number hides too much (4.6% and 5.4% both read "5%").
    const int decimals = *value < 10.0 && *value > 0.0 ? 1 : 0;
    return QString::number(*value, 'f', decimals) + QLatin1Char('%');
}

} // namespace trellis::kpi
