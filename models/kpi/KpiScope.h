#pragma once

#include "FinancialYear.h"

#include <QDate>
#include <QString>

namespace trellis::kpi {

// Which young people and which days a figure is about. The local store holds only what the
// central store let this worker see, so every figure is already within the viewer's permissions.
struct KpiScope {
    Period period;      // period measures count events in it; snapshots use `today`
    QDate today;        // the day "overdue" and "now" are judged on (an injected clock, never currentDate)
    QString team;       // empty: every team; else only young people whose lead worker is in this team
    QString workerId;   // empty: every worker; else only this lead worker's young people
};

} // namespace trellis::kpi
