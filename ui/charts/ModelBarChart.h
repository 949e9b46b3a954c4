#pragma once

#include <QBrush>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;

class QChart;
class QChartView;

namespace trellis::ui {

// A bar chart fed from any QAbstractItemModel: each row is a category (named by `labelColumn`),
// each chosen column a series (named by its horizontal header). Bars are stacked or grouped,
// horizontal or vertical. A click on a bar says which (row, column) of the model it stands for,
// so the caller can list the young people behind it.
//
// This folder is the only place that includes Qt Charts (deprecated after Qt 6.10): this header
// names none of its types beyond two forward declarations, so a move to another chart library
// touches ui/charts/ alone, and files that include this one compile at normal speed.
class ModelBarChart : public QWidget {
    Q_OBJECT
public:
    enum class Stacking { Stacked, Grouped };
    enum class Direction { Vertical, Horizontal };

    explicit ModelBarChart(QWidget* parent = nullptr);
    ~ModelBarChart() override;

    // Rebuilt whenever the model resets or its data changes. Values come from `valueRole`: a
    // number, or nothing (no bar: a suppressed figure is never drawn).
    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    void setSeriesColumns(const QList<int>& columns);
    // Which model rows become categories (default: all).
    void setRowFilter(std::function<bool(int row)> filter)
    {
        m_rowFilter = std::move(filter);
        changed();
    }
    void setLabelColumn(int column)
    {
        m_labelColumn = column;
        changed();
    }
    void setValueRole(int role)
    {
        m_valueRole = role;
        changed();
    }
    void setStacking(Stacking stacking)
    {
        m_stacking = stacking;
        changed();
    }
    void setDirection(Direction direction)
    {
        m_direction = direction;
        changed();
    }
    void setTitle(const QString& title);
    void setValueAxisTitle(const QString& title)
    {
        m_valueTitle = title;
        changed();
    }
    // Maximum of the value axis; 0: fit the data (percentages use 100).
    void setValueMaximum(double maximum)
    {
        m_valueMaximum = maximum;
        changed();
    }
    // Appended to the numbers drawn on the bars ("%" for percentages).
    void setValueSuffix(const QString& suffix)
    {
        m_suffix = suffix;
        changed();
    }
    // One colour per series, in setSeriesColumns order (e.g. risk levels); empty: ui/Colours'
    // chart series. Each series also gets a hatching of its own (seriesBrush), so that series
    // never differ by colour alone.
    void setSeriesColors(const QList<QColor>& colors)
    {
        m_colors = colors;
        changed();
    }

    QString title() const { return m_title; }
    int categoryCount() const { return int(m_rows.size()); }
    int seriesCount() const { return int(m_columns.size()); }
    // The value drawn for a model cell; nullopt when no bar is drawn for it.
    std::optional<double> valueAt(int row, int column) const;
    // (added) What the chart draws now, for tests (no Qt Charts type leaves ui/charts/):
    // the bar heights of series `series` by category, the category names, and whether that
    // series' value labels are visible.
    QList<double> drawnValues(int series) const;
    QStringList drawnCategories() const;
    bool drawsValueLabels(int series) const;
    // The brush series `series` is drawn with (colour and hatching), and the legend's words.
    QBrush drawnBrush(int series) const;
    QStringList legendLabels() const;
    // Series `index` filled with `colour` and the hatching of its place: none for the first,
    // then diagonal, cross-hatched, horizontal, dotted, the other diagonal.
    static QBrush seriesBrush(const QColor& colour, int index);
    // Whether the chart has been painted since its last rebuild (the benchmark waits for it).
    bool paintedSinceRebuild() const { return m_painted; }

    // The chart alone laid out at a fixed size, for a PNG file or a page of the board report,
    // drawn `scale` times finer (the image is size × scale pixels); the widget on screen is not
    // resized.
    QImage toImage(const QSize& size, qreal scale = 2.0) const;
    // Emulates a click on a bar (keyboard users and tests): emits barActivated.
    void activateBar(int row, int column);

signals:
    void barActivated(int row, int column);
    void rebuilt();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    // A setting changed: rebuilt at once only when there is a model to draw (building a QChart
    // costs milliseconds, and a chart gets a dozen settings before its model).
    void changed()
    {
        if (m_model)
            rebuild();
    }
    QChart* buildChart(bool forExport) const;
    QString describe() const;
    void moveCurrent(int categoryStep, int seriesStep);
    void showCurrent();

    QPointer<QAbstractItemModel> m_model;
    QList<int> m_columns; // model columns drawn as series
    QList<int> m_rows;    // model rows drawn as categories
    std::function<bool(int)> m_rowFilter;
    int m_labelColumn = 0;
    int m_valueRole = Qt::EditRole;
    Stacking m_stacking = Stacking::Grouped;
    Direction m_direction = Direction::Vertical;
    QString m_title;
    QString m_valueTitle;
    double m_valueMaximum = 0;
    QString m_suffix;
    QList<QColor> m_colors;
    // The bar the keyboard is on: index into m_rows and m_columns.
    int m_currentCategory = 0;
    int m_currentSeries = 0;
    QChartView* m_view;
    bool m_painted = false;
};

} // namespace trellis::ui
