#include "BoardReport.h"

#include "DashboardExporter.h"
#include "KpiMeasureTableModel.h"
#include "kpi/KpiReport.h"
#include "kpi/Suppression.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace trellis::ui {

using namespace kpi;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const char* const kStyle = "body { font-family: sans-serif; font-size: 10pt; }"
                           "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 12px; }"
                           "table { border-collapse: collapse; }"
                           "th { background: #e8e8e8; text-align: left; }"
                           "td.n { text-align: right; }"
                           "p.note { color: #444444; }";

QString cell(const QString& text, bool number = true)
{
    return number ? QStringLiteral("<td class=\"n\">%1</td>").arg(esc(text))
                  : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString shareText(const QJsonValue& value)
{
    return value.isDouble() ? QStringLiteral("%1%").arg(value.toDouble(), 0, 'f', 1) : QStringLiteral("–");
}

QString rateText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : QStringLiteral("–");
}

} // namespace

QString BoardReport::titlePage(const QJsonObject& report) const
{
    const KpiScope& scope = m_figures.scope;
    QString team = scope.team.isEmpty() ? tr("All teams") : scope.team;
    QString worker = tr("All workers");
    if (!scope.workerId.isEmpty())
        for (const WorkerFact& w : m_figures.facts->workers)
            if (w.id == scope.workerId)
                worker = w.name;
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(esc(tr("Youth Justice Service: performance report for the "
                                   "management board")));
    html += QStringLiteral("<table cellpadding=\"6\">");
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    html += row(tr("Period"), scope.period.label());
    html += row(tr("Team"), team);
    html += row(tr("Lead worker"), worker);
    html += row(tr("Overdue work and YJB indicators as at"), scope.today.toString(QStringLiteral("dd/MM/yyyy")));
    html += row(tr("Figures read from the store"),
                m_figures.readAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    html += row(tr("Report date"), scope.today.toString(QStringLiteral("d MMMM yyyy")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Small numbers: counts of 1 to 4 are shown as \"<5\", and no percentage, share or "
                            "rate is worked out from them; a total that would reveal one is left out. The figures "
                            "describe the young people this service's store holds for the scope above.")));
    if (report.value(QStringLiteral("disproportionality"))
            .toObject()
            .value(QStringLiteral("population_is_example"))
            .toBool())
        html += QStringLiteral("<p class=\"note\"><b>%1</b></p>")
                    .arg(esc(tr("The 10–17 population figures used for disproportionality are Trellis's example "
                                "values, not this area's: population shares and relative rates are illustrations "
                                "only.")));
    return html;
}

QString BoardReport::chart(QTextDocument& document, int kind, bool percentages, const QString& caption) const
{
    const QImage image = DashboardExporter::chartImage(m_figures, DashboardCharts::Kind(kind), percentages);
    const QUrl url(QStringLiteral("chart://%1%2")
                       .arg(DashboardCharts::key(DashboardCharts::Kind(kind)),
                            percentages ? QStringLiteral("-percent") : QString()));
    document.addResource(QTextDocument::ImageResource, url, image);
    m_images.append({url, image}); // added again after setHtml, which may drop what was added before
    // QTextDocument::print lays the page out at 96 pixels to the inch inside its own 2 cm margins:
    // about 640 of them span the text width of A4 (the writer adds no margin of its own).
    constexpr int kWidth = 600;
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p><p class=\"note\">%4</p>")
        .arg(url.toString())
        .arg(kWidth)
        .arg(kWidth * image.height() / std::max(1, image.width()))
        .arg(esc(caption));
}

QString BoardReport::measuresTable(const QJsonObject& report) const
{
    const QJsonArray years = report.value(QStringLiteral("years")).toArray();
    QString html =
        QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\"><tr><th>%1</th>")
            .arg(esc(tr("Measure")));
    for (const QJsonValue& year : years)
        html += QStringLiteral("<th>%1</th>").arg(esc(year.toObject().value(QStringLiteral("year")).toString()));
    html += QStringLiteral("<th>%1</th></tr>").arg(esc(tr("Change")));
    const auto definitions = MeasureCatalogue::inGroup(MeasureGroup::YouthSafety);
    for (int m = 0; m < definitions.size(); ++m) {
        const MeasureDefinition& def = definitions.at(m);
        html += QStringLiteral("<tr>") +
                cell(def.unit == MeasureUnit::Percent ? tr("%1 (%)").arg(def.shownTitle()) : def.shownTitle(), false);
        for (const QJsonValue& year : years) {
            const QJsonArray measures = year.toObject().value(QStringLiteral("measures")).toArray();
            QString shown;
            for (const QJsonValue& measure : measures)
                if (measure.toObject().value(QStringLiteral("key")).toString() == def.key)
                    shown = measure.toObject().value(QStringLiteral("shown")).toString() +
                            (measure.toObject().value(QStringLiteral("provisional")).toBool() ? QStringLiteral(" (p)")
                                                                                              : QString());
            html += cell(shown);
        }
        // The change between the last two years, from the same suppressed figures.
        const int last = int(m_figures.byYear.size()) - 1;
        QString change = QStringLiteral("–");
        if (last >= 1 && m < m_figures.byYear.at(last).size())
            change = KpiMeasureTableModel::changeText(m_figures.byYear.at(last - 1).at(m),
                                                      m_figures.byYear.at(last).at(m), def.unit);
        html += cell(change) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p class=\"note\">%1</p>")
                .arg(esc(tr("(p): provisional, the follow-up time has not yet run its course. Change: the latest "
                            "year against the one before (percentages in percentage points).")));
    return html;
}

QString BoardReport::snapshotTable(const QJsonObject& report, const QString& group) const
{
    QString html = QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" "
                                  "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(esc(tr("Measure")),
                            esc(group == QLatin1String("youth_safety")
                                    ? m_figures.scope.period.label()
                                    : tr("As at %1").arg(m_figures.scope.today.toString(QStringLiteral("dd/MM/yyyy")))),
                            esc(tr("Out of")));
    for (const QJsonValue& value : report.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject measure = value.toObject();
        if (measure.value(QStringLiteral("group")).toString() != group)
            continue;
        // The denominator's own suppressed text: "<5" only when it is small itself, "–" when
        // withheld for a small rest; never the count's "<5".
        const QString denominator = measure.value(QStringLiteral("denominator_shown")).toString();
        const bool percent = measure.value(QStringLiteral("unit")).toString() == QLatin1String("percent");
        // The report's titles are English (it is also the CSV and trellisctl's JSON): named in the window's language.
        const MeasureDefinition* def = MeasureCatalogue::find(measure.value(QStringLiteral("key")).toString());
        const QString title = def ? def->shownTitle() : measure.value(QStringLiteral("title")).toString();
        html += QStringLiteral("<tr>") + cell(title, false) +
                cell(measure.value(QStringLiteral("shown")).toString()) +
                cell(percent ? denominator : QString()) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString BoardReport::disproportionalityTable(const QJsonObject& report) const
{
    const QJsonObject table = report.value(QStringLiteral("disproportionality")).toObject();
    // Twelve columns: a smaller type and short headings, so no word is broken across lines.
    QString html = QStringLiteral("<table border=\"1\" cellpadding=\"2\" cellspacing=\"0\" width=\"100%\" "
                                  "style=\"font-size: 7.5pt\"><tr>");
    for (const QString& head : {tr("Ethnic group"), tr("Pop. 10–17"), tr("Share"), tr("Caseload"), tr("Share"),
                                tr("RRI"), tr("FTE"), tr("Share"), tr("RRI"), tr("Custody"), tr("Share"), tr("RRI")})
        html += QStringLiteral("<th>%1</th>").arg(esc(head));
    html += QStringLiteral("</tr>");
    for (const QJsonValue& value : table.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        html += QStringLiteral("<tr>") + cell(group.value(QStringLiteral("title")).toString(), false) +
                cell(QString::number(group.value(QStringLiteral("population")).toInt())) +
                cell(shareText(group.value(QStringLiteral("population_share"))));
        for (const char* column : {"caseload", "first_time_entrants", "custody"}) {
            const QJsonObject figure = group.value(QLatin1String(column)).toObject();
            html += cell(figure.value(QStringLiteral("shown")).toString()) +
                    cell(shareText(figure.value(QStringLiteral("share")))) +
                    cell(rateText(figure.value(QStringLiteral("relative_rate"))));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p class=\"note\">%1</p>")
                .arg(esc(
                    tr("Caseload: open young people as at today. FTE (first-time entrants) and custody: in the period. "
                       "Shares are of young people with a stated ethnicity. RRI (relative rate index): the "
                       "group's rate per 10–17 population divided by the rate for White children.")));
    return html;
}

QString BoardReport::definitions() const
{
    QString html;
    for (const MeasureDefinition& def : MeasureCatalogue::all())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(def.shownTitle()), esc(def.shownDefinition()));
    return html;
}

QString BoardReport::html(QTextDocument& document, const QJsonObject& report) const
{
    using K = DashboardCharts::Kind;
    const QString pageBreak = QStringLiteral("<div style=\"page-break-before: always\"></div>");
    QString html = QStringLiteral("<html><body>") + titlePage(report);
    if (report.contains(QStringLiteral("years_omitted"))) {
        // A custom period: the five financial years are left out (KpiReport), since a year minus
        // this period would reveal small numbers; so are the charts drawn from them.
        html += pageBreak + QStringLiteral("<h2>%1</h2>")
                                .arg(esc(tr("Youth-safety measures, %1").arg(m_figures.scope.period.label())));
        html += snapshotTable(report, QStringLiteral("youth_safety"));
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(tr("The five financial years are left out of a report for a custom period: a year's "
                                "figure minus this period's would reveal small numbers by subtraction.")));
    } else {
        html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Youth-safety measures over five years")));
        html += measuresTable(report);
        html += chart(document, K::Measures, false, tr("Counts; suppressed counts are not drawn."));
        html += chart(document, K::Measures, true,
                      tr("Percentages; a percentage from a suppressed count is not drawn."));
    }
    html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("YJB key performance indicators")));
    html += snapshotTable(report, QStringLiteral("yjb"));
    html += chart(document, K::Yjb, false, tr("Open cases as at the report date."));
    html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Overdue work")));
    html += snapshotTable(report, QStringLiteral("overdue"));
    html += chart(document, K::Overdue, false, tr("Open cases as at the report date; counts of 1 to 4 not drawn."));
    html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Team caseload")));
    html += chart(document, K::TeamCaseload, false,
                  tr("Open young people by lead worker and risk (workload); counts of 1 to 4 not drawn."));
    html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Disproportionality")));
    html += disproportionalityTable(report);
    html += chart(document, K::Disproportionality, false, tr("Shares of each ethnic group."));
    html += pageBreak + QStringLiteral("<h2>%1</h2>").arg(esc(tr("Definitions")));
    html += definitions();
    return html + QStringLiteral("</body></html>");
}

BoardReport::Rendered BoardReport::render() const
{
    Rendered rendered;
    if (m_figures.isEmpty())
        return rendered;
    const KpiReport report(*m_figures.facts, m_figures.scope, *m_figures.population);
    const QJsonObject json = report.toJson();

    QBuffer buffer(&rendered.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), // print() keeps 2 cm itself
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Performance report for the management board"));
        writer.setCreator(QStringLiteral("Trellis"));
        QTextDocument document;
        document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
        document.setHtml(html(document, json));
        for (const auto& [url, image] : std::as_const(m_images))
            document.addResource(QTextDocument::ImageResource, url, image);
        m_images.clear();
        document.print(&writer);
    }
    buffer.close();
    // Qt's PDF writer gives each page object "/Type /Page"; the page tree is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    rendered.pages = int(QString::fromLatin1(rendered.pdf).count(page));
    return rendered;
}

} // namespace trellis::ui
