#pragma once

#include "DashboardFigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <utility>

class QTextDocument;

namespace trellis::ui {

// The management board's report as a PDF on A4: a title page with the scope and the date, each
// chart, the youth-safety measures over five years with the change, the overdue work and the YJB
// indicators, disproportionality, and every measure's definition from MeasureCatalogue. The
// tables come from kpi::KpiReport's JSON and the charts from the export models, so all of it is
// suppressed as the contract says and agrees with `trellisctl kpi` and the CSV.
class BoardReport {
    Q_DECLARE_TR_FUNCTIONS(BoardReport)
public:
    struct Rendered {
        QByteArray pdf;
        int pages = 0;
    };

    explicit BoardReport(const DashboardFigures& figures)
        : m_figures(figures)
    {
    }

    Rendered render() const;

private:
    QString html(QTextDocument& document, const QJsonObject& report) const;
    QString titlePage(const QJsonObject& report) const;
    QString chart(QTextDocument& document, int kind, bool percentages, const QString& caption) const;
    QString measuresTable(const QJsonObject& report) const;
    QString snapshotTable(const QJsonObject& report, const QString& group) const;
    QString disproportionalityTable(const QJsonObject& report) const;
    QString definitions() const;

    const DashboardFigures& m_figures;
    mutable QList<std::pair<QUrl, QImage>> m_images;
};

} // namespace trellis::ui
