#pragma once

#include "store/CaseloadQueries.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QHBoxLayout;

namespace trellis::ui {

// The strip above the tabs: who this is, how old, their reference, the two risk ratings, the
// flags that are set and every clock that has run out. Flags and clocks carry an icon and words;
// nothing depends on colour.
class RecordHeader : public QWidget {
    Q_OBJECT
public:
    explicit RecordHeader(QWidget* parent = nullptr);

    void showRecord(const FullRecord& record, const QDate& today);
    void showNewRecord();
    // Every line the header shows, for tests and assistive technology.
    QString text() const;

private:
    void clearRows();
    QWidget* badge(const QString& objectName, const QString& text, bool warning);

    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_ratings;
    QWidget* m_flags;
    QHBoxLayout* m_flagsLayout;
    QWidget* m_alerts;
    QVBoxLayout* m_alertsLayout;
};

} // namespace trellis::ui
