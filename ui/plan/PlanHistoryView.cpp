#include "PlanHistoryView.h"

#include "FocusFrame.h"
#include "domain/SafetyPlanDiff.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis::ui {

using domain::SafetyPlanDiff;
using domain::SafetyPlanVersion;

PlanHistoryView::PlanHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("planHistoryView"));
    auto* listLabel = new QLabel(tr("&Versions (select two to compare them)"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions of the safety plan"));
    m_list->setAccessibleDescription(tr("Select one version to see it, or two with Shift or Ctrl to compare them"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_heading->setObjectName(QStringLiteral("diffHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_diff);
    m_diff->setObjectName(QStringLiteral("diffText"));
    m_diff->setAccessibleName(tr("What changed"));
    m_diff->setAccessibleDescription(tr("What was added, removed or changed between the versions selected, in words"));
    m_diff->setReadOnly(true);
    showFocusFrame(m_diff);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(listLabel);
    topLayout->addWidget(m_list);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(m_diff);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &PlanHistoryView::showDiff);
}

void PlanHistoryView::setVersions(const QList<SafetyPlanVersion>& versions)
{
    m_versions = versions;
    m_list->clear();
    for (const SafetyPlanVersion& version : versions)
        m_list->addItem(describe(version));
    if (!versions.isEmpty())
        selectRows({0});
    else
        showDiff();
}

QString PlanHistoryView::describe(const SafetyPlanVersion& version) const
{
    const QLocale locale;
    const auto day = [&](const QDateTime& moment) {
        return locale.toString(moment.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    };
    QString status;
    if (version.status() == QLatin1String("active"))
        status = tr("In use (active)");
    else if (version.status() == QLatin1String("superseded"))
        status = tr("Replaced (superseded)");
    else
        status = tr("Draft");
    QString line = tr("Version %1 · %2 · created %3")
                       .arg(version.version())
                       .arg(status, day(version.plan.value(QStringLiteral("created_at")).toDateTime()));
    if (version.plan.has(QStringLiteral("activated_at")))
        line += tr(" · activated %1").arg(day(version.plan.value(QStringLiteral("activated_at")).toDateTime()));
    if (version.plan.has(QStringLiteral("review_date")))
        line += tr(" · review by %1")
                    .arg(locale.toString(version.plan.date(QStringLiteral("review_date")), QStringLiteral("d MMMM yyyy")));
    return line;
}

void PlanHistoryView::selectRows(const QList<int>& rows)
{
    m_list->clearSelection();
    for (int row : rows) {
        if (QListWidgetItem* item = m_list->item(row))
            item->setSelected(true);
    }
    if (!rows.isEmpty())
        m_list->setCurrentRow(rows.first(), QItemSelectionModel::NoUpdate);
    showDiff();
}

QString PlanHistoryView::diffText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_diff->toPlainText();
}

void PlanHistoryView::showDiff()
{
    QList<int> rows;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() == 1 && rows[0] + 1 < m_versions.size())
        rows << rows[0] + 1; // one version: compare it with the one before
    if (rows.size() != 2) {
        m_heading->setText(rows.size() == 1 ? tr("This is the first version: nothing to compare it with.")
                                            : tr("Select two versions to see what changed between them."));
        m_diff->clear();
        return;
    }
    // Rows are newest first, so the higher row is the older version.
    const SafetyPlanVersion& newer = m_versions[rows[0]];
    const SafetyPlanVersion& older = m_versions[rows[1]];
    m_heading->setText(tr("What changed from version %1 to version %2").arg(older.version()).arg(newer.version()));
    const QStringList lines = SafetyPlanDiff::compare(older, newer).describe();
    if (lines.isEmpty()) {
        m_diff->setPlainText(tr("Nothing changed."));
        return;
    }
    QStringList bullets;
    for (const QString& line : lines)
        bullets << QStringLiteral("• ") + line;
    m_diff->setPlainText(bullets.join(QLatin1Char('\n')));
}

} // namespace trellis::ui
