// The validator field by field: every field of every entity, its required and boundary values
// and what it refuses, and the fields agreeing with the store's schema. Rules across fields and
// the formats with rules of their own are in tst_entity_rules.cpp.

#include "TestStore.h"
#include "ValidationTestSupport.h"

#include "domain/Entities.h"
#include "domain/Validator.h"
#include "store/RecordRepository.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace trellis;
using namespace trellis::domain;
using namespace trellis::test;
using namespace trellis::test::validationsupport;

namespace {

// The full record of the entity that fills `field`, by name.
QString fullRecordWith(const QString& entity, const QString& field)
{
    for (const auto& [name, record] : fullRecords()) {
        if (record.entity() == entity && record.has(field))
            return name;
    }
    return {};
}

QSet<QString> setOf(const QStringList& list) { return QSet<QString>(list.begin(), list.end()); }

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void everyFieldIsFilledBySomeValidRecord();
    void validRecordsPassUnchanged_data();
    void validRecordsPassUnchanged();
    void requiredFields_data();
    void requiredFields();
    void badFieldValues_data();
    void badFieldValues();
    void fieldBoundariesAccepted_data();
    void fieldBoundariesAccepted();
    void textIsTrimmedAndControlCharactersRejected();
    void unknownFieldIsReported_data();
    void unknownFieldIsReported();
    void schemaHasEveryFieldAndNoOthers();
    void schemaNotNullColumnsAreRequired();
    void validRecordsAreAcceptedByTheStore();
};

void TestValidation::everyFieldIsFilledBySomeValidRecord()
{
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& field : def.fields) {
            QVERIFY2(!fullRecordWith(def.name, field.name).isEmpty(),
                     qPrintable(QStringLiteral("no valid %1 record fills %2").arg(def.name, field.name)));
        }
    }
}

void TestValidation::validRecordsPassUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("minimal");
    for (const auto& [name, record] : fullRecords())
        QTest::addRow("%s", qPrintable(name)) << name << false;
    for (const EntityDef& def : Entities::all())
        QTest::addRow("minimal %s", qPrintable(def.name)) << def.name << true;
}

void TestValidation::validRecordsPassUnchanged()
{
    QFETCH(QString, name);
    QFETCH(bool, minimal);
    Record record = minimal ? minimalRecord(name) : fullRecord(name);
    const auto before = record.values();
    const ValidationIssues issues = validate(record);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(record.values(), before);
    // Validating again finds nothing new: normalising is idempotent.
    QVERIFY2(validate(record).isEmpty(), qPrintable(describe(validate(record))));
}

void TestValidation::requiredFields_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("blank");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& field : def.fields) {
            // A field added later fills its absent value in (tst_schema_kpi checks that).
            if (!field.required || !field.absentMeans.isEmpty())
                continue;
            QTest::addRow("%s.%s missing", qPrintable(def.name), qPrintable(field.name))
                << def.name << field.name << QVariant();
            QTest::addRow("%s.%s empty", qPrintable(def.name), qPrintable(field.name))
                << def.name << field.name << QVariant(QString());
            if (field.type == FieldType::Text) {
                QTest::addRow("%s.%s spaces only", qPrintable(def.name), qPrintable(field.name))
                    << def.name << field.name << QVariant(QStringLiteral("  \t "));
            }
        }
    }
}

void TestValidation::requiredFields()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, blank);
    Record record = minimalRecord(entity);
    record.set(field, blank);
    const ValidationIssues issues = validate(record);
    const QString problem = missingOnlyError(record, issues, field, QStringLiteral("is required"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!record.has(field));
}

void TestValidation::badFieldValues_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("phrase");
    const QString notId = QStringLiteral("must be a record id");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& f : def.fields) {
            const QString record = fullRecordWith(def.name, f.name);
            const QByteArray tag = (def.name + QLatin1Char('.') + f.name).toUtf8();
            auto row = [&](const char* what, const QVariant& value, const QString& phrase) {
                QTest::addRow("%s %s", tag.constData(), what) << record << f.name << value << phrase;
            };
            switch (f.type) {
            case FieldType::Uuid:
            case FieldType::Reference:
                row("not a UUID", QStringLiteral("not-a-uuid"), notId);
                row("36 characters, not hex", QStringLiteral("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"), notId);
                row("in braces", QStringLiteral("{a0000000-0000-4000-8000-000000000001}"), notId);
                row("nil UUID", QStringLiteral("00000000-0000-0000-0000-000000000000"), notId);
                break;
            case FieldType::Text:
                if (f.maxLength > 0) {
                    row("too long", QString(f.maxLength + 1, QLatin1Char('x')),
                        QStringLiteral("at most %1 characters").arg(f.maxLength));
                }
                row("control character", QStringLiteral("a\x07z"), QStringLiteral("control characters"));
                break;
            case FieldType::Date:
                row("invalid date", QDate(), QStringLiteral("must be a date"));
                row("before 1900", QDate(1899, 12, 31), QStringLiteral("too far in the past"));
                if (f.notInFuture)
                    row("tomorrow", kToday.addDays(1), QStringLiteral("cannot be in the future"));
                else
                    row("over 5 years ahead", kToday.addYears(5).addDays(1), QStringLiteral("more than 5 years"));
                break;
            case FieldType::DateTime:
                row("invalid", QDateTime(), QStringLiteral("must be a date and time"));
                row("before 1900", QDateTime(QDate(1899, 12, 31), QTime(12, 0), Qt::UTC),
                    QStringLiteral("too far in the past"));
                row("the day after tomorrow", kNow.addDays(2), QStringLiteral("cannot be in the future"));
                break;
            case FieldType::Integer: {
                const QString range = QStringLiteral("must be between %1 and %2").arg(f.minimum).arg(f.maximum);
                row("below minimum", number(f.minimum - 1), range);
                row("above maximum", number(qlonglong(f.maximum) + 1), range);
                row("not a number", QStringLiteral("many"), QStringLiteral("whole number"));
                break;
            }
            case FieldType::Boolean:
                row("text", QStringLiteral("yes"), QStringLiteral("must be yes or no"));
                break;
            case FieldType::Enum:
                row("not a choice", QStringLiteral("not_a_choice"), QStringLiteral("must be one of: ") + f.choices[0]);
                row("choice in capitals", f.choices[0].toUpper(), QStringLiteral("must be one of"));
                break;
            case FieldType::Phone:
                row("letters", QStringLiteral("12ab"), QStringLiteral("digits"));
                row("too short", QStringLiteral("123"), QStringLiteral("number of digits"));
                break;
            case FieldType::Email:
                row("no @", QStringLiteral("not-an-email"), QStringLiteral("not an email address"));
                break;
            }
        }
    }
}

void TestValidation::badFieldValues()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, phrase);
    Record r = fullRecord(record);
    r.set(field, value);
    const ValidationIssues issues = validate(r);
    const QString problem = missingIssue(r, issues, field, phrase);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Messages say what is wrong without repeating what was typed (it may be sensitive).
    if (value.typeId() == QMetaType::QString && value.toString().size() >= 4) {
        for (const ValidationIssue& issue : issues)
            QVERIFY2(!issue.message.contains(value.toString()), qPrintable(issue.toString()));
    }
}

void TestValidation::fieldBoundariesAccepted_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& f : def.fields) {
            const QString record = fullRecordWith(def.name, f.name);
            const QByteArray tag = (def.name + QLatin1Char('.') + f.name).toUtf8();
            auto row = [&](const char* what, const QVariant& value) {
                QTest::addRow("%s %s", tag.constData(), what) << record << f.name << value;
            };
            switch (f.type) {
            case FieldType::Text:
                if (f.name == QLatin1String("postcode_district"))
                    row("longest", QStringLiteral("SW1A"));
                else if (f.maxLength > 0)
                    row("longest", QString(f.maxLength, QLatin1Char('x')));
                break;
            case FieldType::Date:
                row("1 January 1900", QDate(1900, 1, 1));
                row(f.notInFuture ? "today" : "5 years ahead", f.notInFuture ? kToday : kToday.addYears(5));
                break;
            case FieldType::DateTime:
                row("end of tomorrow, allowing for clocks", QDateTime(kToday.addDays(1), QTime(23, 59), Qt::UTC));
                break;
            case FieldType::Integer:
                row("minimum", number(f.minimum));
                row("maximum", number(f.maximum));
                break;
            default:
                break;
            }
        }
    }
}

void TestValidation::fieldBoundariesAccepted()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Record r = fullRecord(record);
    r.set(field, value);
    const ValidationIssues issues = validate(r);
    // Only the field's own checks: a boundary date may still break an entity rule (a start
    // date five years ahead is after the end date), which entityRulesReject covers.
    const QStringList fieldCheckPhrases{"is too long",         "control characters",      "must be a date",
                                        "too far in the past", "cannot be in the future", "years ahead",
                                        "must be between",     "whole number"};
    for (const ValidationIssue& issue : issues) {
        if (issue.field != field)
            continue;
        for (const QString& phrase : fieldCheckPhrases)
            QVERIFY2(!issue.message.contains(phrase), qPrintable(describe(issues)));
    }
}

void TestValidation::textIsTrimmedAndControlCharactersRejected()
{
    Record record = fullRecord(entity::YoungPerson);
    record.set(QStringLiteral("given_name"), QStringLiteral("  Jordan\t"));
    record.set(QStringLiteral("preferred_name"), QStringLiteral("   "));
    ValidationIssues issues = validate(record);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(record.text(QStringLiteral("given_name")), QStringLiteral("Jordan"));
    QVERIFY(!record.values().contains(QStringLiteral("preferred_name")));

    // Line breaks and tabs belong in notes; other control characters cannot be printed.
    Record adult = fullRecord(entity::TrustedAdult);
    adult.set(QStringLiteral("notes"), QStringLiteral("First line\r\n\tSecond line"));
    issues = validate(adult);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    adult.set(QStringLiteral("notes"), QStringLiteral("First line\x1b[2JSecond"));
    issues = validate(adult);
    const QString problem =
        missingOnlyError(adult, issues, QStringLiteral("notes"), QStringLiteral("control characters"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestValidation::unknownFieldIsReported_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    for (const EntityDef& def : Entities::all())
        QTest::addRow("%s", qPrintable(def.name)) << def.name << QStringLiteral("favourite_colour");
    // Sync bookkeeping lives in the store, never in a record.
    QTest::newRow("server_version on a worker") << QString(entity::Worker) << QStringLiteral("server_version");
    QTest::newRow("created_at on an audit event") << QString(entity::AuditEvent) << QStringLiteral("created_at");
}

void TestValidation::unknownFieldIsReported()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    Record record = minimalRecord(entity);
    record.set(field, QStringLiteral("blue"));
    const ValidationIssues issues = validate(record);
    const QString problem =
        missingOnlyError(record, issues, field, QStringLiteral("is not a field of the ") + record.def().label + QStringLiteral(" record"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestValidation::schemaHasEveryFieldAndNoOthers()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QStringList entityNames;
    for (const EntityDef& def : Entities::all()) {
        entityNames << def.name;
        auto info = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(def.name));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QSet<QString> inSql;
        while (info.value()->next())
            inSql << info.value()->text(1);
        QVERIFY2(!inSql.isEmpty(), qPrintable(QStringLiteral("no table %1 in the schema").arg(def.name)));
        QStringList expected = def.columnNames();
        if (def.syncable)
            expected << QStringLiteral("server_version") << QStringLiteral("dirty") << QStringLiteral("deleted");
        const QSet<QString> inDef = setOf(expected);
        QVERIFY2(inDef.size() == expected.size(), qPrintable(def.name + QStringLiteral(" defines a field twice")));
        const QStringList notInSql = sorted(inDef - inSql);
        const QStringList notInDef = sorted(inSql - inDef);
        QVERIFY2(notInSql.isEmpty() && notInDef.isEmpty(),
                 qPrintable(QStringLiteral("%1: fields with no column: [%2]; columns with no field: [%3]")
                                .arg(def.name, notInSql.join(QStringLiteral(", ")),
                                     notInDef.join(QStringLiteral(", ")))));
    }

    // And every caseload table (all but the store's own bookkeeping, its local drafts, its
    // outbox of changes, the sync engine's sync_* tables and the worker's central account) is
    // described by an entity.
    auto tables = db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' AND name NOT LIKE 'sync\\_%' ESCAPE '\\' "
                                             "AND name NOT IN ('store_meta', 'draft', 'outbox', 'central_account')"));
    QVERIFY2(tables.ok(), qPrintable(tables.error().message));
    QSet<QString> tableNames;
    while (tables.value()->next())
        tableNames << tables.value()->text(0);
    QCOMPARE(sorted(tableNames), sorted(setOf(entityNames)));
}

void TestValidation::schemaNotNullColumnsAreRequired()
{
    // A column the store insists on, with no default, must be one the validator insists on,
    // or a record that passes validation fails to save.
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    for (const EntityDef& def : Entities::all()) {
        auto info = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(def.name));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        Statement& row = *info.value();
        while (row.next()) {
            const QString column = row.text(1);
            const bool notNull = row.integer(3) != 0;
            const bool hasDefault = !row.isNull(4);
            const FieldDef* field = def.field(column);
            if (!field || !notNull || hasDefault)
                continue;
            QVERIFY2(field->required, qPrintable(QStringLiteral("%1.%2 is NOT NULL in the schema but optional")
                                                     .arg(def.name, column)));
        }
    }
}

void TestValidation::validRecordsAreAcceptedByTheStore()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    RecordRepository repository(*db);

    QList<Record> records;
    for (const auto& [name, record] : fullRecords())
        records << record;
    // Minimal records under their own ids, with the values the schema keeps unique changed.
    int n = 0;
    for (const EntityDef& def : Entities::all()) {
        Record minimal = minimalRecord(def.name);
        minimal.set(QStringLiteral("id"), QStringLiteral("50000000-0000-4000-8000-0000000000%1").arg(++n, 2, 10,
                                                                                                   QLatin1Char('0')));
        if (def.name == entity::Worker)
            minimal.set(QStringLiteral("login"), QStringLiteral("min.worker"));
        if (def.name == entity::YoungPerson)
            minimal.set(QStringLiteral("reference"), QStringLiteral("YP-00043"));
        if (def.name == entity::SafetyPlan)
            minimal.set(QStringLiteral("version"), number(1));
        if (def.name == entity::TrustedAdult) {
            // Blank optional numbers and email are saved as not recorded.
            minimal.set(QStringLiteral("phone_primary"), QStringLiteral("  "));
            minimal.set(QStringLiteral("email"), QStringLiteral(" "));
        }
        if (def.name == entity::TrustedAdultLink)
            minimal.set(QStringLiteral("trusted_adult_id"), QStringLiteral("50000000-0000-4000-8000-000000000003"));
        records << minimal;
    }
    // Phone numbers as typed are saved in E.164.
    Record typed = fullRecord(entity::TrustedAdult);
    typed.set(QStringLiteral("id"), QStringLiteral("c0000000-0000-4000-8000-000000000002"));
    typed.set(QStringLiteral("phone_primary"), QStringLiteral("020 7946 0000"));
    typed.set(QStringLiteral("phone_secondary"), QStringLiteral("07700 900123"));
    records << typed;

    // In entity order, so every reference points to a record already saved.
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        auto rank = [](const Record& r) {
            const auto& all = Entities::all();
            return std::find_if(all.begin(), all.end(), [&](const EntityDef& d) { return d.name == r.entity(); }) -
                   all.begin();
        };
        return rank(a) < rank(b);
    });
    QVERIFY(db->exec("PRAGMA foreign_keys = ON").ok());
    for (Record& record : records) {
        const ValidationIssues issues = validate(record);
        QVERIFY2(!hasErrors(issues), qPrintable(record.entity() + QStringLiteral(": ") + describe(issues)));
        const auto inserted = repository.insert(record);
        QVERIFY2(inserted.ok(), qPrintable(QStringLiteral("%1 %2: %3")
                                               .arg(record.entity(), record.id(), inserted.error().message)));
    }
    auto saved = repository.find(Entities::get(entity::TrustedAdult), typed.id());
    QVERIFY(saved.ok() && saved.value().has_value());
    QCOMPARE(saved.value()->text(QStringLiteral("phone_primary")), QStringLiteral("+442079460000"));
    QCOMPARE(saved.value()->text(QStringLiteral("phone_secondary")), QStringLiteral("+447700900123"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
