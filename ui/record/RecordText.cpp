#include "RecordText.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QWidget>

namespace trellis::ui {

using domain::CaseClocks;

QString RecordText::date(const QDate& date)
{
    return date.isValid() ? settings::Translations::dateWordsLocale().toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}

QString RecordText::dateTime(const QDateTime& utc)
{
    return utc.isValid() ? settings::Translations::dateWordsLocale().toString(utc.toLocalTime(),
                                                                              QStringLiteral("d MMM yyyy HH:mm"))
                         : QString();
}

int RecordText::ageOn(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid() || !today.isValid())
        return -1;
    int age = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month() ||
        (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString RecordText::fullName(const domain::Record& youngPerson)
{
    const QString name = youngPerson.text(QStringLiteral("given_name")) + QLatin1Char(' ') +
                         youngPerson.text(QStringLiteral("family_name"));
    const QString preferred = youngPerson.text(QStringLiteral("preferred_name"));
    return preferred.isEmpty() ? name.trimmed() : tr("%1 (known as %2)").arg(name.trimmed(), preferred);
}

QString RecordText::adultName(const domain::Record& adult)
{
    return (adult.text(QStringLiteral("given_name")) + QLatin1Char(' ') + adult.text(QStringLiteral("family_name")))
        .trimmed();
}

QString RecordText::label(const QString& entity, const QString& field, const QString& value)
{
    return value.isEmpty() ? QString() : domain::ChoiceLabels::labelOrValue(entity, field, value);
}

QStringList RecordText::overdueClocks(const FullRecord& record, const QDate& today)
{
    QStringList clocks;
    for (const domain::Record& episode : record.episodes) {
        const QString kind = episode.text(QStringLiteral("kind"));
        if (kind == QLatin1String("missing")) {
            const QDate returned = episode.date(QStringLiteral("end_date"));
            if (returned.isValid() && !episode.has(QStringLiteral("return_interview_date")) &&
                CaseClocks::isOverdue(CaseClocks::returnInterviewDue(returned), today))
                clocks
                    << tr("Return home interview overdue (due %1)").arg(date(CaseClocks::returnInterviewDue(returned)));
        } else if (kind == QLatin1String("semh")) {
            const QDate referred = episode.date(QStringLiteral("start_date"));
            if (referred.isValid() && !episode.has(QStringLiteral("first_appointment_date")) &&
                CaseClocks::isOverdue(CaseClocks::semhFirstAppointmentDue(referred), today))
                clocks << tr("SEMH first appointment overdue (due %1)")
                              .arg(date(CaseClocks::semhFirstAppointmentDue(referred)));
        }
    }
    const QDate nextContact = record.youngPerson.date(QStringLiteral("next_contact_due"));
    if (CaseClocks::isOverdue(nextContact, today))
        clocks << tr("Next contact overdue (due %1)").arg(date(nextContact));
    return clocks;
}

QString RecordText::episodeClock(const domain::Record& episode, const QDate& today, bool* overdue)
{
    *overdue = false;
    const QString kind = episode.text(QStringLiteral("kind"));
    if (kind == QLatin1String("missing")) {
        const QDate returned = episode.date(QStringLiteral("end_date"));
        if (!returned.isValid())
            return tr("Still missing: the interview clock starts on return");
        const QDate due = CaseClocks::returnInterviewDue(returned);
        const QDate held = episode.date(QStringLiteral("return_interview_date"));
        *overdue = CaseClocks::returnInterviewOverdue(returned, held, today);
        if (held.isValid())
            return *overdue ? tr("Return home interview held late on %1 (due %2)").arg(date(held), date(due))
                            : tr("Return home interview held on %1").arg(date(held));
        return *overdue ? tr("Return home interview overdue (due %1)").arg(date(due))
                        : tr("Return home interview due by %1").arg(date(due));
    }
    if (kind == QLatin1String("semh")) {
        const QDate referred = episode.date(QStringLiteral("start_date"));
        const QDate due = CaseClocks::semhFirstAppointmentDue(referred);
        const QDate first = episode.date(QStringLiteral("first_appointment_date"));
        *overdue = CaseClocks::semhAppointmentOverdue(referred, first, today);
        if (first.isValid())
            return *overdue ? tr("First appointment late on %1 (due %2)").arg(date(first), date(due))
                            : tr("First appointment on %1").arg(date(first));
        return *overdue ? tr("SEMH first appointment overdue (due %1)").arg(date(due))
                        : tr("SEMH first appointment due by %1").arg(date(due));
    }
    if (kind == QLatin1String("nrm")) {
        const QString conclusive = episode.text(QStringLiteral("nrm_conclusive_grounds"));
        if (!conclusive.isEmpty())
            return tr("Conclusive grounds: %1")
                .arg(label(domain::entity::Episode, QStringLiteral("nrm_conclusive_grounds"), conclusive));
        const QString reasonable = episode.text(QStringLiteral("nrm_reasonable_grounds"));
        return reasonable.isEmpty()
                   ? tr("Awaiting reasonable-grounds decision")
                   : tr("Reasonable grounds: %1")
                         .arg(label(domain::entity::Episode, QStringLiteral("nrm_reasonable_grounds"), reasonable));
    }
    if (kind == QLatin1String("exclusion")) {
        const QString exclusion = label(domain::entity::Episode, QStringLiteral("exclusion_kind"),
                                        episode.text(QStringLiteral("exclusion_kind")));
        if (!episode.has(QStringLiteral("exclusion_days")))
            return exclusion;
        const qlonglong days = episode.value(QStringLiteral("exclusion_days")).toLongLong();
        return days == 1 ? tr("%1, 1 day").arg(exclusion) : tr("%1, %2 days").arg(exclusion).arg(days);
    }
    return {};
}

QStringList RecordText::flags(const domain::Record& youngPerson)
{
    QStringList set;
    const domain::EntityDef& def = youngPerson.def();
    for (const QString& name : domain::choices::vulnerabilityFlags()) {
        if (!youngPerson.flag(name))
            continue;
        QString text = domain::ChoiceLabels::fieldLabel(*def.field(name));
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        set << text;
    }
    return set;
}

QString RecordText::currentIntervention(const FullRecord& record, const QDate& today)
{
    for (const domain::Record& intervention : record.interventions) {
        const QDate end = intervention.date(QStringLiteral("end_date"));
        if (intervention.date(QStringLiteral("start_date")) <= today && (!end.isValid() || end >= today))
            return intervention.text(QStringLiteral("type"));
    }
    return record.interventions.isEmpty() ? QString() : record.interventions.first().text(QStringLiteral("type"));
}

QString RecordText::issuesText(const domain::ValidationIssues& issues)
{
    QStringList lines;
    for (const domain::ValidationIssue& issue : issues) {
        if (issue.isError())
            lines << issue.shownText();
    }
    return lines.join(QLatin1Char('\n'));
}

QIcon RecordText::warningIcon(const QWidget* widget)
{
    const QStyle* style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

} // namespace trellis::ui
