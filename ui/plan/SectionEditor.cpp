#include "SectionEditor.h"

#include "domain/Entities.h"
#include "domain/SafetyPlanDiff.h"
#include "forms/FormLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trellis::ui {

using domain::Record;
using domain::SafetyPlanDiff;

namespace {

const QString kText = QStringLiteral("text");
const QString kRating = QStringLiteral("rating");
const QString kNotes = QStringLiteral("notes");
const QString kWho = QStringLiteral("who");
const QString kDue = QStringLiteral("due_date");
const QString kAdult = QStringLiteral("trusted_adult_id");

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate parseDate(const QString& text)
{
    for (const char* format : {"d/M/yyyy", "d/M/yy", "yyyy-MM-dd"}) {
        QDate date = QLocale::c().toDate(text.trimmed(), QString::fromLatin1(format));
        if (date.isValid()) {
            if (date.year() < 100)
                date = date.addYears(2000);
            return date;
        }
    }
    return {};
}

} // namespace

SectionEditor::SectionEditor(const QString& section, QWidget* parent)
    : QWidget(parent)
    , m_section(section)
    , m_title(new QLabel(SafetyPlanDiff::sectionTitle(section), this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    setObjectName(QStringLiteral("section_") + section);
    const QString title = m_title->text();
    QStringList headers;
    if (section == QLatin1String("unsafe")) {
        m_columns = {Column::Text, Column::Rating, Column::Notes};
        headers = {tr("Place, area or person"), tr("Rating"), tr("Notes")};
    } else if (section == QLatin1String("trusted_adult")) {
        m_columns = {Column::Adult, Column::Text};
        headers = {tr("Person"), tr("How they can help")};
    } else if (section == QLatin1String("action")) {
        m_columns = {Column::Text, Column::Who, Column::Due};
        headers = {tr("What"), tr("Who"), tr("By when (dd/mm/yyyy)")};
    } else {
        m_columns = {Column::Text};
        headers = {tr("What")};
    }

    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_title->setFont(heading);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setBuddy(m_table);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("items"));
    m_table->setAccessibleName(title);
    m_table->setAccessibleDescription(tr("Ctrl+Up and Ctrl+Down move the selected item; F2 edits it."));
    m_table->setColumnCount(int(m_columns.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    // Only the list being worked in shows its selection strongly; the others keep a pale mark, so
    // nine sections do not all look selected at once.
    m_table->setStyleSheet(QStringLiteral("QTableWidget:!focus { selection-background-color: palette(midlight); "
                                          "selection-color: palette(text); }"));
    m_table->setTabKeyNavigation(false); // Tab leaves the list, so the whole editor stays keyboard-usable
    auto* header = m_table->horizontalHeader();
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column column = m_columns[c];
        header->setSectionResizeMode(c, column == Column::Text || column == Column::Notes ? QHeaderView::Stretch
                                                                                          : QHeaderView::ResizeToContents);
    }

    const struct {
        QPushButton* button;
        const char* name;
        QString accessible;
    } buttons[] = {{m_add, "addButton", tr("Add to %1").arg(title)},
                   {m_remove, "removeButton", tr("Remove the selected item from %1").arg(title)},
                   {m_up, "upButton", tr("Move the selected item up in %1").arg(title)},
                   {m_down, "downButton", tr("Move the selected item down in %1").arg(title)}};
    auto* buttonRow = new QHBoxLayout;
    for (const auto& entry : buttons) {
        entry.button->setObjectName(QString::fromLatin1(entry.name));
        entry.button->setAccessibleName(entry.accessible);
        buttonRow->addWidget(entry.button);
    }
    buttonRow->addStretch(1);
    m_add->setToolTip(tr("Adds a line to this section and starts editing it; Enter keeps it"));
    m_remove->setToolTip(tr("Removes the line the list is on; Undo brings it back"));
    // The tooltips give the keys (the user guide's table is checked against them); the
    // descriptions a screen reader reads say what the buttons do as well.
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down->setToolTip(tr("Ctrl+Down"));
    m_up->setAccessibleDescription(tr("Moves the selected line one place up (Ctrl+Up)"));
    m_down->setAccessibleDescription(tr("Moves the selected line one place down (Ctrl+Down)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttonRow);

    connect(m_add, &QPushButton::clicked, this, &SectionEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &SectionEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &SectionEditor::onCellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SectionEditor::updateButtons);
    auto* moveUp = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    auto* moveDown = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_table, nullptr, nullptr,
                                   Qt::WidgetShortcut);
    connect(moveUp, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    connect(moveDown, &QShortcut::activated, this, [this] { moveCurrent(1); });
    refresh();
}

void SectionEditor::setItems(const QList<Record>& items)
{
    m_items = items;
    refresh();
}

void SectionEditor::setAdults(const QList<Record>& adults)
{
    m_adults = adults;
    m_adultsChanged = true;
    refresh();
}

void SectionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_up->setVisible(!readOnly);
    m_down->setVisible(!readOnly);
    refresh();
}

int SectionEditor::currentRow() const
{
    return m_table->currentRow();
}

void SectionEditor::setCurrentRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, m_columns.indexOf(Column::Text) >= 0 ? int(m_columns.indexOf(Column::Text)) : 0);
    updateButtons();
}

void SectionEditor::refresh()
{
    const int current = m_table->currentRow();
    m_refreshing = true;
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Record& item = m_items[row];
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column column = m_columns[c];
            if (column == Column::Rating || column == Column::Adult) {
                if (!m_table->item(row, c)) {
                    m_table->setItem(row, c, new QTableWidgetItem);
                    m_table->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                }
                // Updated in place: a cell is never replaced while its own signal is being handled.
                auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, c));
                if (!combo || m_adultsChanged) {
                    m_table->setCellWidget(row, c, column == Column::Rating ? ratingCombo(row) : adultCombo(row));
                } else {
                    const QString value = item.text(column == Column::Rating ? kRating : kAdult);
                    combo->setCurrentIndex(std::max(0, combo->findData(value)));
                    combo->setEnabled(!m_readOnly);
                }
                continue;
            }
            QString text;
            if (column == Column::Text)
                text = item.text(kText);
            else if (column == Column::Notes)
                text = item.text(kNotes);
            else if (column == Column::Who)
                text = item.text(kWho);
            else if (column == Column::Due)
                text = dateText(item.date(kDue));
            QTableWidgetItem* cell = m_table->item(row, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_table->setItem(row, c, cell);
            }
            if (cell->text() != text)
                cell->setText(text);
        }
    }
    m_adultsChanged = false;
    formlayout::chainTabOrder(tabStops()); // a new row's choice goes after the rows above it
    m_table->resizeRowsToContents();
    m_refreshing = false;
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    fitHeight();
    updateButtons();
}

QList<QWidget*> SectionEditor::tabStops() const
{
    QList<QWidget*> stops{m_table};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column)
            stops << m_table->cellWidget(row, column); // null where the cell is text
    }
    return stops << m_add << m_remove << m_up << m_down;
}

// The list shows every item without a scroll bar of its own: the editor scrolls as one page.
void SectionEditor::fitHeight()
{
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(height);
}

void SectionEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_items.size());
}

QWidget* SectionEditor::ratingCombo(int row)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("ratingCombo_%1").arg(row));
    // The section in the name: every section's first item has a rating, and they must differ.
    combo->setAccessibleName(tr("Rating for item %1 of %2").arg(row + 1).arg(m_title->text()));
    combo->setToolTip(tr("How safe the young person feels there: red, amber or green"));
    combo->addItem(tr("Choose…"), QString());
    for (const char* rating : {"red", "amber", "green"})
        combo->addItem(SafetyPlanDiff::ratingText(QString::fromLatin1(rating)), QString::fromLatin1(rating));
    combo->setCurrentIndex(std::max(0, combo->findData(m_items[row].text(kRating))));
    combo->setEnabled(!m_readOnly);
    connect(combo, &QComboBox::activated, this,
            [this, row, combo](int) { onRatingChosen(row, combo->currentData().toString()); });
    return combo;
}

QWidget* SectionEditor::adultCombo(int row)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("adultCombo_%1").arg(row));
    combo->setAccessibleName(tr("Trusted adult for item %1 of %2").arg(row + 1).arg(m_title->text()));
    combo->setToolTip(tr("One of the young person's trusted adults; an adult not to be contacted cannot be chosen"));
    combo->addItem(tr("Choose…"), QString());
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    const QString linked = m_items[row].text(kAdult);
    for (const Record& adult : m_adults) {
        combo->addItem(adultLabel(adult), adult.id());
        // Someone the young person must be kept from can never be chosen as a trusted adult.
        if (adult.flag(QStringLiteral("do_not_contact")) && model)
            model->item(combo->count() - 1)->setEnabled(false);
    }
    if (!linked.isEmpty() && combo->findData(linked) < 0)
        combo->addItem(tr("An adult no longer linked to this young person"), linked);
    combo->setCurrentIndex(std::max(0, combo->findData(linked)));
    combo->setEnabled(!m_readOnly);
    connect(combo, &QComboBox::activated, this,
            [this, row, combo](int) { onAdultChosen(row, combo->currentData().toString()); });
    return combo;
}

QString SectionEditor::adultLabel(const Record& adult) const
{
    QString name = adult.text(QStringLiteral("given_name"));
    if (adult.has(QStringLiteral("family_name")))
        name += QLatin1Char(' ') + adult.text(QStringLiteral("family_name"));
    name = tr("%1 (%2)").arg(name, adult.text(QStringLiteral("relationship")));
    if (adult.flag(QStringLiteral("do_not_contact")))
        return tr("⚠ DO NOT CONTACT: %1").arg(name);
    return name;
}

const Record* SectionEditor::adult(const QString& id) const
{
    for (const Record& candidate : m_adults) {
        if (candidate.id() == id)
            return &candidate;
    }
    return nullptr;
}

void SectionEditor::onCellChanged(QTableWidgetItem* cell)
{
    if (m_refreshing || m_readOnly || !cell || cell->row() >= m_items.size())
        return;
    const int row = cell->row();
    const Column column = m_columns.value(cell->column());
    QList<Record> after = m_items;
    Record& item = after[row];
    const QString value = cell->text().trimmed();
    m_message->hide();
    switch (column) {
    case Column::Text: item.set(kText, value); break;
    case Column::Notes: item.set(kNotes, value); break;
    case Column::Who: item.set(kWho, value); break;
    case Column::Due: {
        const QDate date = parseDate(value);
        if (!value.isEmpty() && !date.isValid()) {
            m_message->setText(tr("Error: write the date as dd/mm/yyyy, for example 14/02/2027."));
            m_message->show();
            refresh();
            return;
        }
        item.set(kDue, date);
        break;
    }
    default: return;
    }
    if (item.values() == m_items[row].values())
        return;
    emit changeRequested(after, row, tr("edit in %1").arg(m_title->text()));
}

void SectionEditor::onRatingChosen(int row, const QString& rating)
{
    if (m_readOnly || row >= m_items.size() || m_items[row].text(kRating) == rating)
        return;
    QList<Record> after = m_items;
    after[row].set(kRating, rating);
    emit changeRequested(after, row, tr("rating in %1").arg(m_title->text()));
}

void SectionEditor::onAdultChosen(int row, const QString& adultId)
{
    if (m_readOnly || row >= m_items.size() || m_items[row].text(kAdult) == adultId)
        return;
    const Record* chosen = adult(adultId);
    if (chosen && chosen->flag(QStringLiteral("do_not_contact"))) {
        refresh(); // cannot happen from the list (the entry is disabled), but never store such a link
        return;
    }
    QList<Record> after = m_items;
    after[row].set(kAdult, adultId);
    // The printed plan lists the adult's name; the text says how they help, and starts as their name.
    if (chosen && !after[row].has(kText))
        after[row].set(kText, chosen->text(QStringLiteral("given_name")));
    emit changeRequested(after, row, tr("person in %1").arg(m_title->text()));
}

void SectionEditor::addItem()
{
    if (m_readOnly)
        return;
    Record item(domain::Entities::get(domain::entity::SafetyPlanItem));
    item.set(QStringLiteral("section"), m_section);
    QList<Record> after = m_items;
    after.append(item);
    const int row = int(after.size()) - 1;
    emit changeRequested(after, row, tr("add to %1").arg(m_title->text()));
    // Straight into typing the new item (or choosing its adult).
    const int column = int(m_columns.indexOf(Column::Text));
    if (row < m_table->rowCount()) {
        m_table->setFocus();
        if (m_section == QLatin1String("trusted_adult")) {
            if (QWidget* combo = m_table->cellWidget(row, 0))
                combo->setFocus();
        } else if (column >= 0) {
            m_table->setCurrentCell(row, column);
            m_table->editItem(m_table->item(row, column));
        }
    }
}

void SectionEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0 || row >= m_items.size())
        return;
    QList<Record> after = m_items;
    after.removeAt(row);
    emit changeRequested(after, std::min(row, int(after.size()) - 1), tr("remove from %1").arg(m_title->text()));
}

void SectionEditor::moveCurrent(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (m_readOnly || row < 0 || target < 0 || target >= m_items.size())
        return;
    QList<Record> after = m_items;
    after.move(row, target);
    emit changeRequested(after, target, tr("move in %1").arg(m_title->text()));
    m_table->setFocus();
}

} // namespace trellis::ui
