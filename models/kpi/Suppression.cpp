#include "Suppression.h"

namespace trellis::kpi {

QString Suppression::shown(int count)
{
    return hides(count) ? QStringLiteral("<5") : QString::number(count);
}

std::optional<double> Suppression::percent(int numerator, int denominator)
{
    // A percentage of a suppressed denominator would reveal it as well as the numerator.
    if (denominator <= 0 || hides(numerator) || hides(denominator))
        return std::nullopt;
    return 100.0 * numerator / denominator;
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
