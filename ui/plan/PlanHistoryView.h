#pragma once

#include <QDate>

#include "domain/SafetyPlanVersion.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace trellis::ui {

// Every version of a young person's safety plan, newest first, with its status and dates.
// Selecting two versions shows what changed from the older to the newer in plain sentences;
// selecting one shows what changed from the version before it.
class PlanHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit PlanHistoryView(QWidget* parent = nullptr);

    // Newest first, as SafetyPlanStore::versions() gives them.
    void setVersions(const QList<domain::SafetyPlanVersion>& versions);
    // Selects the versions at these rows (0 = newest) and shows their differences.
    void selectRows(const QList<int>& rows);
    QString diffText() const;

private:
    void showDiff();
    QString describe(const domain::SafetyPlanVersion& version) const;

    QList<domain::SafetyPlanVersion> m_versions;
    QListWidget* m_list;
    QLabel* m_heading;
    QPlainTextEdit* m_diff;
};

} // namespace trellis::ui
