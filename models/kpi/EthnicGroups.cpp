#include "PopulationTable.h"

#include <QStringList>

namespace trellis::kpi {

// The stored ethnicity words start with their ONS 2021 high-level group ("black_caribbean"),
// except "not_stated", so the group is the word before the first underscore. The titles stay
// English here (the CSV and trellisctl's JSON); the dashboard translates them in the
// "trellis::kpi::EthnicGroups" context.

QStringList EthnicGroups::keys()
{
    return {QStringLiteral("asian"), QStringLiteral("black"), QStringLiteral("mixed"), QStringLiteral("white"),
            QStringLiteral("other")};
}

QString EthnicGroups::title(const QString& key)
{
    if (key == QLatin1String("asian"))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("trellis::kpi::EthnicGroups", "Asian or Asian British"));
    if (key == QLatin1String("black"))
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("trellis::kpi::EthnicGroups", "Black, Black British, Caribbean or African"));
    if (key == QLatin1String("mixed"))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("trellis::kpi::EthnicGroups", "Mixed or multiple ethnic groups"));
    if (key == QLatin1String("white"))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("trellis::kpi::EthnicGroups", "White"));
    if (key == QLatin1String("other"))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("trellis::kpi::EthnicGroups", "Other ethnic group"));
    return {};
}

QString EthnicGroups::groupOf(const QString& ethnicity)
{
    const QString group = ethnicity.section(QLatin1Char('_'), 0, 0);
    return keys().contains(group) ? group : QString();
}

} // namespace trellis::kpi
