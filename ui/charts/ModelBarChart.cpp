#include "ModelBarChart.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trellis::ui {

namespace {

const char* const kColumnProperty = "trellisModelColumn";

QAbstractBarSeries* makeSeries(ModelBarChart::Stacking stacking, ModelBarChart::Direction direction)
{
    const bool stacked = stacking == ModelBarChart::Stacking::Stacked;
    if (direction == ModelBarChart::Direction::Horizontal)
        return stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                       : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    return stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
}

// A round maximum a little above `value`, so the axis reads 0, 5, 10… rather than 0, 3.7, 7.4…
double niceMaximum(double value)
{
    if (value <= 0)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value * 1.08)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

ModelBarChart::ModelBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus); // arrows move between bars, Enter lists the young people
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    setFocusProxy(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
    rebuild();
}

ModelBarChart::~ModelBarChart() = default;

void ModelBarChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ModelBarChart::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ModelBarChart::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ModelBarChart::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ModelBarChart::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelBarChart::rebuild);
    }
    rebuild();
}

void ModelBarChart::setSeriesColumns(const QList<int>& columns)
{
    m_columns = columns;
    rebuild();
}

void ModelBarChart::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    rebuild();
}

std::optional<double> ModelBarChart::valueAt(int row, int column) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || column < 0 || column >= m_model->columnCount())
        return std::nullopt;
    const QVariant value = m_model->index(row, column).data(m_valueRole);
    bool ok = false;
    const double number = value.toDouble(&ok);
    return value.isValid() && ok ? std::optional<double>(number) : std::nullopt;
}

QChart* ModelBarChart::buildChart(bool forExport) const
{
    auto* chart = new QChart;
    chart->setTitle(m_title);
    chart->setAnimationOptions(QChart::NoAnimation); // figures must be readable at once, and in a PNG
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(m_columns.size() > 1);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (forExport)
        chart->setBackgroundRoundness(0);

    QAbstractBarSeries* series = makeSeries(m_stacking, m_direction);
    series->setLabelsVisible(true);
    series->setLabelsPosition(m_stacking == Stacking::Stacked ? QAbstractBarSeries::LabelsCenter
                                                              : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value") + m_suffix);
    series->setLabelsPrecision(3);
    QStringList categories;
    double maximum = 0;
    for (const int row : m_rows)
        categories << (m_model ? m_model->index(row, m_labelColumn).data().toString() : QString());
    QList<double> stackTotals(m_rows.size(), 0.0);
    for (int s = 0; s < m_columns.size(); ++s) {
        const int column = m_columns.at(s);
        auto* set = new QBarSet(m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString());
        set->setProperty(kColumnProperty, column);
        if (s < m_colors.size()) {
            set->setColor(m_colors.at(s));
            set->setBorderColor(m_colors.at(s).darker(130));
        }
        set->setSelectedColor(QColor(20, 20, 20));
        for (int c = 0; c < m_rows.size(); ++c) {
            const double value = valueAt(m_rows.at(c), column).value_or(0.0);
            set->append(value);
            stackTotals[c] += value;
            maximum = std::max(maximum, m_stacking == Stacking::Stacked ? stackTotals.at(c) : value);
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, m_valueMaximum > 0 ? m_valueMaximum : niceMaximum(maximum));
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_valueTitle);
    if (m_valueMaximum <= 0 && maximum <= 10)
        valueAxis->setTickCount(int(niceMaximum(maximum)) + 1); // whole numbers only
    const bool horizontal = m_direction == Direction::Horizontal;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

void ModelBarChart::rebuild()
{
    m_rows.clear();
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (!m_rowFilter || m_rowFilter(row))
                m_rows << row;
        // A horizontal chart draws its first category at the bottom: reversed, it reads top down
        // in the model's (and the table's) order.
        if (m_direction == Direction::Horizontal)
            std::reverse(m_rows.begin(), m_rows.end());
    }
    QChart* chart = buildChart(false);
    const auto seriesList = chart->series();
    if (!seriesList.isEmpty()) {
        auto* series = static_cast<QAbstractBarSeries*>(seriesList.first());
        connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet* set) {
            if (index < 0 || index >= m_rows.size() || !set)
                return;
            emit barActivated(m_rows.at(index), set->property(kColumnProperty).toInt());
        });
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_currentCategory = std::clamp(m_currentCategory, 0, std::max(0, int(m_rows.size()) - 1));
    m_currentSeries = std::clamp(m_currentSeries, 0, std::max(0, int(m_columns.size()) - 1));
    setAccessibleDescription(describe());
    m_painted = false;
    emit rebuilt();
}

QString ModelBarChart::describe() const
{
    // What a screen reader says for the chart: every bar in words, as the table beside it does.
    QStringList parts;
    for (int c = m_rows.size() - 1, i = 0; i < m_rows.size(); ++i) {
        const int row = m_direction == Direction::Horizontal ? m_rows.at(c - i) : m_rows.at(i);
        QStringList values;
        for (const int column : m_columns) {
            const auto value = valueAt(row, column);
            const QString name = m_model->headerData(column, Qt::Horizontal).toString();
            values << tr("%1 %2").arg(name, value ? QString::number(*value) + m_suffix : tr("not shown"));
        }
        parts << tr("%1: %2").arg(m_model->index(row, m_labelColumn).data().toString(), values.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return tr("No figures yet.");
    return tr("Bar chart. %1. Arrow keys move between bars; Enter lists the young people behind one.")
        .arg(parts.join(QStringLiteral("; ")));
}

QImage ModelBarChart::toImage(const QSize& size) const
{
    // A chart view of its own, never shown: the one on screen keeps its size and state.
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setChart(buildChart(true));
    view.resize(size);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return view.grab().toImage();
}

void ModelBarChart::activateBar(int row, int column) { emit barActivated(row, column); }

void ModelBarChart::moveCurrent(int categoryStep, int seriesStep)
{
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return;
    m_currentCategory = std::clamp(m_currentCategory + categoryStep, 0, int(m_rows.size()) - 1);
    m_currentSeries = std::clamp(m_currentSeries + seriesStep, 0, int(m_columns.size()) - 1);
    showCurrent();
}

void ModelBarChart::showCurrent()
{
    const auto seriesList = m_view->chart()->series();
    if (seriesList.isEmpty())
        return;
    const auto sets = static_cast<QAbstractBarSeries*>(seriesList.first())->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        sets.at(s)->deselectAllBars();
        if (s == m_currentSeries && m_view->hasFocus())
            sets.at(s)->selectBar(m_currentCategory);
    }
    if (m_currentCategory < m_rows.size() && m_currentSeries < m_columns.size()) {
        const int row = m_rows.at(m_currentCategory);
        const int column = m_columns.at(m_currentSeries);
        const auto value = valueAt(row, column);
        m_view->setToolTip(tr("%1, %2: %3")
                               .arg(m_model->index(row, m_labelColumn).data().toString(),
                                    m_model->headerData(column, Qt::Horizontal).toString(),
                                    value ? QString::number(*value) + m_suffix : tr("not shown")));
    }
}

bool ModelBarChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint)
        m_painted = true;
    if (watched == m_view && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        showCurrent();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const bool horizontal = m_direction == Direction::Horizontal;
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left: moveCurrent(horizontal ? 0 : -1, horizontal ? -1 : 0); return true;
        case Qt::Key_Right: moveCurrent(horizontal ? 0 : 1, horizontal ? 1 : 0); return true;
        // Horizontal charts list their categories top down in reverse of m_rows.
        case Qt::Key_Up: moveCurrent(horizontal ? 1 : 0, horizontal ? 0 : 1); return true;
        case Qt::Key_Down: moveCurrent(horizontal ? -1 : 0, horizontal ? 0 : -1); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_currentCategory < m_rows.size() && m_currentSeries < m_columns.size())
                emit barActivated(m_rows.at(m_currentCategory), m_columns.at(m_currentSeries));
            return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trellis::ui
