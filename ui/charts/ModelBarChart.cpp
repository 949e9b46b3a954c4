#include "ModelBarChart.h"

#include "Colours.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trellis::ui {

namespace {

const char* const kColumnProperty = "trellisModelColumn";
const char* const kColourProperty = "trellisSeriesColour"; // a hatched brush's colour() is its lines'


QAbstractBarSeries* makeSeries(ModelBarChart::Stacking stacking, ModelBarChart::Direction direction)
{
    const bool stacked = stacking == ModelBarChart::Stacking::Stacked;
    if (direction == ModelBarChart::Direction::Horizontal)
        return stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                       : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    return stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
}

// A round axis a little above `value` with whole-number ticks of 1, 2 or 5 × 10^k, so it reads
// 0, 5, 10… rather than 0, 3.7, 7.4…; at most 5 steps, as more labels do not fit a short chart.
struct Axis {
    double maximum;
    int ticks;
};

Axis niceAxis(double value)
{
    const double wanted = std::max(1.0, value * 1.05);
    for (double magnitude = 1; magnitude < 1e9; magnitude *= 10)
        for (const double step : {1.0, 2.0, 5.0}) {
            const double steps = std::ceil(wanted / (step * magnitude));
            if (steps <= 5)
                return {steps * step * magnitude, int(steps) + 1};
        }
    return {wanted, 5};
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
    changed();
}

void ModelBarChart::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    changed();
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

namespace {

QBarSet* drawnSet(const QChart* chart, int series)
{
    const auto list = chart ? chart->series() : QList<QAbstractSeries*>();
    if (list.isEmpty())
        return nullptr;
    const auto sets = static_cast<QAbstractBarSeries*>(list.first())->barSets();
    return series >= 0 && series < sets.size() ? sets.at(series) : nullptr;
}

} // namespace

QList<double> ModelBarChart::drawnValues(int series) const
{
    QList<double> values;
    if (const QBarSet* set = drawnSet(m_view->chart(), series))
        for (int i = 0; i < set->count(); ++i)
            values << set->at(i);
    return values;
}

QStringList ModelBarChart::drawnCategories() const
{
    for (QAbstractAxis* axis : m_view->chart()->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) // categories() is not const
            return categories->categories();
    return {};
}

bool ModelBarChart::drawsValueLabels(int series) const
{
    QBarSet* set = drawnSet(m_view->chart(), series); // labelColor() is not const
    const auto list = m_view->chart()->series();
    return set && static_cast<QAbstractBarSeries*>(list.first())->isLabelsVisible() && set->labelColor().alpha() > 0;
}

QBrush ModelBarChart::drawnBrush(int series) const
{
    const QBarSet* set = drawnSet(m_view->chart(), series);
    return set ? set->brush() : QBrush();
}

QStringList ModelBarChart::legendLabels() const
{
    QStringList labels;
    if (!m_view->chart()->legend()->isVisible())
        return labels;
    for (QLegendMarker* marker : m_view->chart()->legend()->markers())
        if (marker->isVisible())
            labels << marker->label();
    return labels;
}

QBrush ModelBarChart::seriesBrush(const QColor& colour, int index)
{
    // Near-black lines on the series colour: visible on the lightest series and only ever raising
    // the contrast of the white value labels drawn over them.
    constexpr int kTile = 12;
    const int pattern = index % 6;
    if (pattern == 0)
        return QBrush(colour);
    QPixmap tile(kTile, kTile);
    tile.fill(colour);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 200), 1.6));
    switch (pattern) {
    case 1: // "/" repeated: the lines meet across tiles
        painter.drawLine(QPointF(0, kTile), QPointF(kTile, 0));
        painter.drawLine(QPointF(-1, 1), QPointF(1, -1));
        painter.drawLine(QPointF(kTile - 1, kTile + 1), QPointF(kTile + 1, kTile - 1));
        break;
    case 2: // cross-hatch
        painter.drawLine(QPointF(kTile / 2.0, 0), QPointF(kTile / 2.0, kTile));
        painter.drawLine(QPointF(0, kTile / 2.0), QPointF(kTile, kTile / 2.0));
        break;
    case 3: // horizontal lines
        painter.drawLine(QPointF(0, kTile / 4.0), QPointF(kTile, kTile / 4.0));
        painter.drawLine(QPointF(0, kTile * 3 / 4.0), QPointF(kTile, kTile * 3 / 4.0));
        break;
    case 4: // dots
        painter.setBrush(QColor(0, 0, 0, 200));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(kTile / 4.0, kTile / 4.0), 1.6, 1.6);
        painter.drawEllipse(QPointF(kTile * 3 / 4.0, kTile * 3 / 4.0), 1.6, 1.6);
        break;
    default: // "\"
        painter.drawLine(QPointF(0, 0), QPointF(kTile, kTile));
        painter.drawLine(QPointF(kTile - 1, -1), QPointF(kTile + 1, 1));
        painter.drawLine(QPointF(-1, kTile - 1), QPointF(1, kTile + 1));
        break;
    }
    painter.end();
    return QBrush(tile);
}

QChart* ModelBarChart::buildChart(bool forExport) const
{
    auto* chart = new QChart;
    chart->setTitle(m_title);
    chart->setAnimationOptions(QChart::NoAnimation); // figures must be readable at once, and in a PNG
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Several series: a legend in words, each marker showing its series' colour and hatching.
    chart->legend()->setVisible(m_columns.size() > 1);
    // The background ui/Colours checks every bar and label against, in every theme.
    chart->setBackgroundBrush(Colours::chartBackground());
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
    // A suppressed point (no value: "<5", or a percentage withheld) gets no bar. Qt labels every
    // bar of a set, a zero-height one too, and "0" would be a wrong safeguarding figure: a set
    // with such a point shows no value labels, and with one series the category names the
    // point's shown text instead ("Overdue contacts (<5)").
    QList<bool> setHidesLabels(m_columns.size(), false);
    for (int s = 0; s < m_columns.size(); ++s)
        for (int c = 0; c < m_rows.size(); ++c)
            if (!valueAt(m_rows.at(c), m_columns.at(s))) {
                setHidesLabels[s] = true;
                if (m_model && m_columns.size() == 1) {
                    const QString shown = m_model->index(m_rows.at(c), m_columns.at(s)).data().toString();
                    if (!shown.isEmpty())
                        categories[c] += QStringLiteral(" (%1)").arg(shown);
                }
            }
    QList<double> stackTotals(m_rows.size(), 0.0);
    for (int s = 0; s < m_columns.size(); ++s) {
        const int column = m_columns.at(s);
        auto* set = new QBarSet(m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString());
        set->setProperty(kColumnProperty, column);
        const QList<QColor> colours = m_colors.isEmpty() ? Colours::chartSeries() : m_colors;
        const QColor colour = colours.at(s % colours.size());
        set->setBrush(seriesBrush(colour, s));
        set->setProperty(kColourProperty, colour);
        set->setBorderColor(colour.darker(130));
        // Stacked labels sit inside dark segments; grouped ones beside the bar, on the background.
        set->setLabelColor(setHidesLabels.at(s)                   ? QColor(Qt::transparent)
                           : m_stacking == Stacking::Stacked ? Colours::chartLabelOnBar()
                                                             : Colours::chartLabelOnBackground());
        for (int c = 0; c < m_rows.size(); ++c) {
            const double value = valueAt(m_rows.at(c), column).value_or(0.0); // 0: no bar (see above)
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
    const Axis axis = m_valueMaximum > 0 ? niceAxis(m_valueMaximum / 1.05) : niceAxis(maximum);
    valueAxis->setRange(0, axis.maximum);
    valueAxis->setTickCount(axis.ticks);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_valueTitle);
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
    // The keyboard starts on the first row of the model: the top bar of a horizontal chart.
    if (!m_view->hasFocus())
        m_currentCategory = m_direction == Direction::Horizontal ? int(m_rows.size()) - 1 : 0;
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
        parts << tr("%1: %2").arg(m_model->index(row, m_labelColumn).data().toString(),
                                  values.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return tr("No figures yet.");
    return tr("Bar chart. %1. Arrow keys move between bars; Enter lists the young people behind one.")
        .arg(parts.join(QStringLiteral("; ")));
}

QImage ModelBarChart::toImage(const QSize& size, qreal scale) const
{
    // A chart and scene of their own, never shown: the chart on screen keeps its size and state.
    // Laid out at `size` and drawn `scale` times finer, so its text stays readable when a page
    // shrinks it.
    QGraphicsScene scene;
    QChart* chart = buildChart(true);
    scene.addItem(chart); // the scene owns and deletes it
    chart->resize(QSizeF(size));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    painter.end();
    return image;
}

void ModelBarChart::activateBar(int row, int column)
{
    emit barActivated(row, column);
}

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
        // The bar the keyboard is on: a darker shade of its own colour, so it never reads as data.
        sets.at(s)->setSelectedColor(sets.at(s)->property(kColourProperty).value<QColor>().darker(170));
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
        case Qt::Key_Left:
            moveCurrent(horizontal ? 0 : -1, horizontal ? -1 : 0);
            return true;
        case Qt::Key_Right:
            moveCurrent(horizontal ? 0 : 1, horizontal ? 1 : 0);
            return true;
        // Horizontal charts list their categories top down in reverse of m_rows.
        case Qt::Key_Up:
            moveCurrent(horizontal ? 1 : 0, horizontal ? 0 : 1);
            return true;
        case Qt::Key_Down:
            moveCurrent(horizontal ? -1 : 0, horizontal ? 0 : -1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_currentCategory < m_rows.size() && m_currentSeries < m_columns.size())
                emit barActivated(m_rows.at(m_currentCategory), m_columns.at(m_currentSeries));
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trellis::ui
