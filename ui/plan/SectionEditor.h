#pragma once

#include <QDate>

#include "domain/Record.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace trellis::ui {

// One section of a safety plan as an editable list: add, remove, move up and down (also
// Ctrl+Up / Ctrl+Down) and edit each item in place. It never changes its own items: every
// change is asked for with changeRequested() and made by the editor through its undo stack,
// which calls setItems() back, so one Ctrl+Z takes back any change in any section.
//
// Columns suit the section: an unsafe place has a red/amber/green rating (shown as symbol and
// word, never colour alone) and notes; a trusted-adult link picks one of the adults linked to
// the young person (an adult who must not be contacted is listed, flagged, and cannot be
// picked); an agreed action has who and by when.
class SectionEditor : public QWidget {
    Q_OBJECT
public:
    SectionEditor(const QString& section, QWidget* parent = nullptr);

    const QString& section() const { return m_section; }
    const QList<domain::Record>& items() const { return m_items; }
    void setItems(const QList<domain::Record>& items);
    // The adults linked to the young person (trusted_adult records), for a trusted-adult section.
    void setAdults(const QList<domain::Record>& adults);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int currentRow() const;
    void setCurrentRow(int row);
    QTableWidget* table() const { return m_table; }
    // What Tab goes through, in order: the list, the choice in each row (rating or adult), then
    // the buttons.
    QList<QWidget*> tabStops() const;

    void addItem();
    void removeCurrent();
    void moveCurrent(int step);

signals:
    // `after` is the whole section as it should become; `row` the row to select afterwards.
    void changeRequested(const QList<domain::Record>& after, int row, const QString& description);

private:
    enum class Column { Text, Rating, Notes, Adult, Who, Due };

    void refresh();
    void fitHeight();
    void updateButtons();
    void onCellChanged(QTableWidgetItem* cell);
    void onRatingChosen(int row, const QString& rating);
    void onAdultChosen(int row, const QString& adultId);
    QWidget* ratingCombo(int row);
    QWidget* adultCombo(int row);
    QString adultLabel(const domain::Record& adult) const;
    const domain::Record* adult(const QString& id) const;

    QString m_section;
    QList<Column> m_columns;
    QList<domain::Record> m_items;
    QList<domain::Record> m_adults;
    bool m_readOnly = false;
    bool m_refreshing = false;
    bool m_adultsChanged = false;
    QLabel* m_title;
    QLabel* m_message;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace trellis::ui
