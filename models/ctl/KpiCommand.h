#pragma once

#include "CtlCommands.h"

#include <QDate>
#include <QString>

namespace trellis::ctl {

struct KpiArguments {
    QDate from;
    QDate to;
    QDate today = QDate::currentDate();
    QString team;
    QString workerId;
};

// Reads `trellisctl kpi`'s option values into `arguments`; returns the problem in words, naming
// the option ("--from must be a date written YYYY-MM-DD, not \"…\""), or an empty string.
QString readKpiArguments(const QString& from, const QString& to, const QString& today, bool todaySet,
                         const QString& team, const QString& workerId, KpiArguments& arguments);

// `trellisctl kpi`: every measure for one scope, built by kpi::KpiReport (suppressed, as every
// export is), as JSON or a readable table, and an `export` audit event naming how many young
// people were in scope.
int runKpi(CommandContext& context, const KpiArguments& arguments);

} // namespace trellis::ctl
