#pragma once

#include "DashboardCharts.h"
#include "DashboardFigures.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QSize>

namespace trellis {
class Database;
}

namespace trellis::ui {

// Writes what leaves Trellis from the dashboard: a chart as PNG, the measures as CSV
// (kpi::KpiReport::toCsv) and the management board's PDF report (BoardReport). Everything is
// suppressed as the contract says, the overdue counts included. Each export first writes an
// `export` audit event naming what was exported and how many figures, lines or pages, never
// any content; if the event cannot be written, nothing is written.
class DashboardExporter {
    Q_DECLARE_TR_FUNCTIONS(DashboardExporter)
public:
    DashboardExporter(Database& db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {
    }

    // Laid out at this size (so its text is still readable on an A4 page) and drawn 2.5 times as
    // fine: 2,000 × 1,150 pixels.
    static QSize chartSize() { return {800, 460}; }
    static constexpr qreal kChartScale = 2.5;

    // Each returns how many things it wrote: bars' categories, CSV lines (without the header), pages.
    Result<int> writeChartPng(const DashboardFigures& figures, DashboardCharts::Kind kind, const QString& path);
    Result<int> writeCsv(const DashboardFigures& figures, const QString& path);
    Result<int> writeBoardReport(const DashboardFigures& figures, const QString& path);

    // A chart of `kind` as exported (suppressed), at chartSize().
    static QImage chartImage(const DashboardFigures& figures, DashboardCharts::Kind kind, bool percentages = false);

private:
    Result<void> audit(const QString& entity, int count);
    static Result<void> writeFile(const QString& path, const QByteArray& bytes);

    Database& m_db;
    QString m_actor;
};

} // namespace trellis::ui
