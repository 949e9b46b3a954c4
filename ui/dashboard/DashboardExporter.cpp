#include "DashboardExporter.h"

#include "BoardReport.h"
#include "charts/ModelBarChart.h"
#include "kpi/KpiReport.h"
#include "store/AuditLog.h"

#include <QBuffer>
#include <QImage>
#include <QSaveFile>

namespace trellis::ui {

Result<void> DashboardExporter::audit(const QString& entity, int count)
{
    AuditLog log(m_db, m_actor);
    return log.record(AuditLog::Action::Export, entity, {}, count);
}

Result<void> DashboardExporter::writeFile(const QString& path, const QByteArray& bytes)
{
    // Exports name workers and a team and are not encrypted: only their owner may read them, as
    // with trellisctl export. The mode is set on the temporary file, before anything is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return StoreError::make(StoreError::Kind::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

QImage DashboardExporter::chartImage(const DashboardFigures& figures, DashboardCharts::Kind kind, bool percentages)
{
    auto model = DashboardCharts::makeModel(kind, DashboardCharts::Use::Export);
    model->setFigures(figures);
    ModelBarChart chart;
    DashboardCharts::setUpChart(chart, kind, model.get(), percentages);
    return chart.toImage(chartSize(), kChartScale);
}

Result<int> DashboardExporter::writeChartPng(const DashboardFigures& figures, DashboardCharts::Kind kind,
                                             const QString& path)
{
    if (path.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("Choose where to save the chart."));
    if (figures.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("The figures have not been read yet."));
    const QImage image = chartImage(figures, kind);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return StoreError::make(StoreError::Kind::Io, tr("Could not draw the chart."));
    auto model = DashboardCharts::makeModel(kind, DashboardCharts::Use::Export);
    model->setFigures(figures);
    const int count = model->rowCount();
    if (auto audited = audit(QStringLiteral("chart_png"), count); !audited)
        return audited.error();
    if (auto written = writeFile(path, png); !written)
        return written.error();
    return count;
}

Result<int> DashboardExporter::writeCsv(const DashboardFigures& figures, const QString& path)
{
    if (path.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("Choose where to save the CSV file."));
    if (figures.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("The figures have not been read yet."));
    const kpi::KpiReport report(*figures.facts, figures.scope, *figures.population);
    const QByteArray csv = report.toCsv();
    const int lines = std::max(0, int(csv.count('\n')) - 1); // without the header
    if (auto audited = audit(QStringLiteral("kpi_csv"), lines); !audited)
        return audited.error();
    if (auto written = writeFile(path, csv); !written)
        return written.error();
    return lines;
}

Result<int> DashboardExporter::writeBoardReport(const DashboardFigures& figures, const QString& path)
{
    if (path.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("Choose where to save the report."));
    if (figures.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("The figures have not been read yet."));
    // Drawn in memory first, so that the audit event (written before the file) can say how many
    // pages leave, and a failure to draw leaves no half-written file.
    const BoardReport::Rendered rendered = BoardReport(figures).render();
    if (rendered.pdf.isEmpty())
        return StoreError::make(StoreError::Kind::Io, tr("Could not draw the report."));
    if (auto audited = audit(QStringLiteral("kpi_pdf"), rendered.pages); !audited)
        return audited.error();
    if (auto written = writeFile(path, rendered.pdf); !written)
        return written.error();
    return rendered.pages;
}

} // namespace trellis::ui
