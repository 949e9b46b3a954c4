#include "SyncBenchChanges.h"

#include <QDate>
#include <QUuid>

namespace trellis::bench {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject change(const QString& entity, const QString& record, const QString& youngPersonId, const QString& op,
                   const QJsonObject& fields, const QString& batch)
{
    return QJsonObject{{QStringLiteral("change_id"), newId()},
                       {QStringLiteral("batch_id"), batch},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("record_id"), record},
                       {QStringLiteral("young_person_id"), youngPersonId},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("base_version"), QJsonValue::Null},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("made_by"), QStringLiteral("bench")},
                       {QStringLiteral("made_at"), QStringLiteral("2026-11-27T10:15:00.000Z")}};
}

QJsonObject field(const QJsonValue& base, const QJsonValue& next)
{
    return QJsonObject{{QStringLiteral("base"), base}, {QStringLiteral("new"), next}};
}

} // namespace

QString youngPerson(int n)
{
    return QStringLiteral("b5000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString planOf(int n)
{
    return QStringLiteral("b5100000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString codeWord(int run)
{
    return QStringLiteral("word-%1").arg(run);
}

QString reviewDate(int run)
{
    // Run -1 is the generated value.
    return QDate(2026, 12, 1).addDays(run + 1).toString(Qt::ISODate);
}

QJsonArray planEdits(int first, int run)
{
    QJsonArray batch;
    for (int n = first; n < first + kRecords; ++n) {
        const QString save = newId();
        const QJsonValue oldWord = run == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(codeWord(run - 1));
        batch.append(change(QStringLiteral("safety_plan"), planOf(n), youngPerson(n), QStringLiteral("update"),
                            {{QStringLiteral("code_word"), field(oldWord, codeWord(run))}}, save));
        batch.append(change(QStringLiteral("safety_plan"), planOf(n), youngPerson(n), QStringLiteral("update"),
                            {{QStringLiteral("review_date"), field(reviewDate(run - 1), reviewDate(run))}}, save));
    }
    return batch;
}

QJsonArray newContacts(int run)
{
    QJsonArray batch;
    for (int i = 0; i < kChanges; ++i) {
        const int n = 1 + i % kRecords;
        QJsonObject fields;
        const QList<std::pair<QString, QJsonValue>> values{
            {QStringLiteral("young_person_id"), youngPerson(n)},
            {QStringLiteral("occurred_at"),
             QStringLiteral("2026-11-%1T09:30:00.000Z").arg(10 + run, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("duration_minutes"), 30 + i % 60},
            {QStringLiteral("kind"), QStringLiteral("home_visit")},
            {QStringLiteral("attendance"), QStringLiteral("attended")},
            {QStringLiteral("present"), QJsonValue::Null},
            {QStringLiteral("summary"), QStringLiteral("Fictional visit, bench run %1").arg(run)},
            {QStringLiteral("next_contact_due"), QStringLiteral("2026-12-01")},
            {QStringLiteral("deleted"), false}};
        for (const auto& [name, value] : values)
            fields.insert(name, field(QJsonValue::Null, value));
        batch.append(
            change(QStringLiteral("contact"), newId(), youngPerson(n), QStringLiteral("insert"), fields, newId()));
    }
    return batch;
}

QJsonArray oneRecordEdits(int run)
{
    QJsonArray batch;
    for (int i = 0; i < kChanges; ++i) {
        const int step = run * kChanges + i;
        const QJsonValue base =
            step == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("w%1").arg(step - 1));
        batch.append(change(QStringLiteral("safety_plan"), planOf(1), youngPerson(1), QStringLiteral("update"),
                            {{QStringLiteral("own_words"), field(base, QStringLiteral("w%1").arg(step))}}, newId()));
    }
    return batch;
}

} // namespace trellis::bench
