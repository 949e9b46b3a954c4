#include "RejectionReason.h"

#include "ConflictValueText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trellis::ui {

namespace {

} // namespace

QString rejectionInWords(const QString& entity, const QString& reason)
{
    const QString r = reason.trimmed();
    if (r == QLatin1String("record not found or not visible")) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason",
            "The central store has no record you may see with this change: it may have been deleted, or "
            "the young person may have moved to another worker.");
    if (r.startsWith(QLatin1String("contacts are append-only"))) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason", "A contact cannot be changed once it is logged. Log a new contact to add to it.");
    if (r == QLatin1String("field lead_worker_id is set by case allocation")) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason", "The lead worker changes only when a supervisor reallocates the young person, not by "
                               "editing the record.");
    if (r == QLatin1String("change_id is already used")) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason", "The central store already holds a different change with the same number. Please tell "
                               "your system administrator.");
    static const QRegularExpression required(QStringLiteral("^field (\\w+) is required$")); // notr: the central store's own words, matched
    if (const auto m = required.match(r); m.hasMatch())
        return QCoreApplication::translate("RejectionReason", "%1 must be filled in.")
            .arg(conflicttext::fieldLabel(entity, m.captured(1)));
    static const QRegularExpression badDate(QStringLiteral("^field (\\w+): not a valid date$")); // notr: the central store's own words, matched
    if (const auto m = badDate.match(r); m.hasMatch())
        return QCoreApplication::translate("RejectionReason", "%1 is not a valid date.")
            .arg(conflicttext::fieldLabel(entity, m.captured(1)));
    static const QRegularExpression unknown(QStringLiteral("^unknown field (\\w+)$")); // notr: the central store's own words, matched
    if (const auto m = unknown.match(r); m.hasMatch())
        return QCoreApplication::translate(
                   "RejectionReason",
                   "The central store does not know the field \u201c%1\u201d. Trellis on this laptop may be "
                   "newer or older than the central store.")
            .arg(m.captured(1));
    if (r.startsWith(QLatin1String("breaks the rule"))) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason", "The values broke one of the central store's rules for this record (for example a date "
                               "before another, or a second active plan).");
    if (r.startsWith(QLatin1String("op is not")) || r.contains(QLatin1String("envelope"))) // notr: the central store's own words, matched
        return QCoreApplication::translate(
            "RejectionReason", "The central store could not read the change. Please tell your system administrator.");
    return QCoreApplication::translate("RejectionReason", "The central store refused this change.");
}

} // namespace trellis::ui
