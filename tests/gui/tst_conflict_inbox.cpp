// The conflict inbox and the refused changes (issue 5): a real encrypted store with rows written
// the way the sync engine writes them, driven through the views as a worker would.
#include "SyncRowsSupport.h"
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "session/Clock.h"
#include "sync/ConflictEditDialog.h"
#include "sync/ConflictInboxView.h"
#include "sync/RejectedChangesView.h"
#include "sync/RejectionReason.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using trellis::ui::ConflictEditDialog;
using trellis::ui::ConflictInboxView;
using trellis::ui::RejectedChangesView;

namespace {

const QString kActor = QStringLiteral("demo.worker01");
const QString kOther = QStringLiteral("demo.worker02");
const QString kSupervisor = QStringLiteral("demo.supervisor");
const QDate kToday(2026, 11, 26);

QPushButton* button(QWidget* scope, const char* name)
{
    auto* found = scope->findChild<QPushButton*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no button named %s", name);
    return found;
}

} // namespace

class TestConflictInbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsFieldBaseAndBothSidesInWords();
    void supervisorSeesKeptAndNotKept();
    void trustedAdultIsNamedWithoutAYoungPerson();
    void keepMineWritesOneChangeNamingTheConflict();
    void keepTheirsWritesTheServerValueAsBaseAndNew();
    void editedValueIsKept();
    void invalidEditedValueNamesTheFieldAndChangesNothing();
    void rejectedShowsReasonTriedAndCurrentValues();
    void rejectedInsertThatWasRemovedSaysSo();
    void reasonsInPlainWords();

private:
    struct Plan {
        QString id, youngPersonId, version, name;
    };
    Plan plan();
    QString ownWordsConflict(const Plan& p, const QString& incomingLogin = kActor);
    qint64 outboxCount() { return count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")); }
    QJsonObject lastOutboxFields();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

void TestConflictInbox::init()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 12;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 30), Qt::UTC));
}

void TestConflictInbox::cleanup()
{
    m_db.reset();
    m_store.reset();
}

TestConflictInbox::Plan TestConflictInbox::plan()
{
    Plan p;
    p.id = scalar(*m_db, QStringLiteral("SELECT id FROM safety_plan WHERE deleted = 0 ORDER BY id LIMIT 1")).toString();
    p.youngPersonId =
        scalar(*m_db, QStringLiteral("SELECT young_person_id FROM safety_plan WHERE id = ?1"), {p.id}).toString();
    p.version = scalar(*m_db, QStringLiteral("SELECT version FROM safety_plan WHERE id = ?1"), {p.id}).toString();
    p.name = scalar(*m_db, QStringLiteral("SELECT given_name || ' ' || family_name FROM young_person WHERE id = ?1"),
                    {p.youngPersonId})
                 .toString();
    // After the pull the record holds the central (kept) value and the server's version.
    if (!execBound(*m_db,
                   QStringLiteral("UPDATE safety_plan SET own_words = ?1, server_version = 7, dirty = 0 WHERE id = ?2"),
                   {QStringLiteral("When I feel unsafe I go to Nan's and call her."), p.id}))
        qWarning("plan not prepared");
    return p;
}

QString TestConflictInbox::ownWordsConflict(const Plan& p, const QString& incomingLogin)
{
    ConflictRow row;
    row.entity = QStringLiteral("safety_plan");
    row.recordId = p.id;
    row.youngPersonId = p.youngPersonId;
    row.field = QStringLiteral("own_words");
    row.base = QStringLiteral("When I feel unsafe I call Mum.");
    row.server = QStringLiteral("When I feel unsafe I go to Nan's and call her.");
    row.serverLogin = kOther;
    // A long value, so that wrapping is exercised; fictional.
    row.incoming = QStringLiteral("When I feel unsafe I text Aunt Jo, who collects me from the library on Station "
                                  "Road, and we ring the youth worker together before I go home.");
    row.incomingLogin = incomingLogin;
    return addConflict(*m_db, row);
}

QJsonObject TestConflictInbox::lastOutboxFields()
{
    const QString text =
        scalar(*m_db, QStringLiteral("SELECT fields FROM outbox ORDER BY seq DESC LIMIT 1")).toString();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void TestConflictInbox::showsFieldBaseAndBothSidesInWords()
{
    const Plan p = plan();
    QVERIFY(!ownWordsConflict(p).isEmpty());
    ConflictRow date;
    date.entity = QStringLiteral("safety_plan");
    date.recordId = p.id;
    date.youngPersonId = p.youngPersonId;
    date.field = QStringLiteral("review_date");
    date.base = QJsonValue(QJsonValue::Null);
    date.server = QStringLiteral("2026-12-01");
    date.serverLogin = kOther;
    date.incoming = QStringLiteral("2026-12-15");
    date.incomingLogin = kActor;
    date.openedAt = QStringLiteral("2026-11-25T16:30:00Z");
    const QString dateId = addConflict(*m_db, date);

    ConflictInboxView view(*m_db, *m_clock, kActor);
    view.resize(1366, 768);
    view.show();
    QCOMPARE(view.count(), 2);
    const QString first = view.list()->item(0)->text();
    QVERIFY2(first.contains(p.name) && first.contains(QStringLiteral("Safety plan v%1").arg(p.version)) &&
                 first.contains(QStringLiteral("The plan in my own words")) &&
                 first.contains(QStringLiteral("25/11/2026")),
             qPrintable(first));

    const QString detail = view.detailText();
    for (const QString& expected :
         {QStringLiteral("Before both changes"), QStringLiteral("When I feel unsafe I call Mum."),
          QStringLiteral("My value"), QStringLiteral("Aunt Jo, who collects me"), QStringLiteral("Their value"),
          QStringLiteral("go to Nan's"), QStringLiteral("Made by demo.worker02 on 25/11/2026 14:05"),
          QStringLiteral("Made by demo.worker01 on 25/11/2026 15:40"), QStringLiteral("Keep mine"),
          QStringLiteral("Keep theirs")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));
    // Mine first, left of theirs.
    QVERIFY(detail.indexOf(QStringLiteral("My value")) < detail.indexOf(QStringLiteral("Their value")));
    QVERIFY(detail.indexOf(QStringLiteral("Aunt Jo")) < detail.indexOf(QStringLiteral("Nan's")));

    QVERIFY(view.selectConflict(dateId));
    const QString dates = view.detailText();
    QVERIFY2(dates.contains(QStringLiteral("Review date")) && dates.contains(QStringLiteral("(empty)")) &&
                 dates.contains(QStringLiteral("15/12/2026")) && dates.contains(QStringLiteral("01/12/2026")),
             qPrintable(dates));

    QSignalSpy open(&view, &ConflictInboxView::openRecordRequested);
    QTest::mouseClick(button(&view, "conflictOpenRecord"), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), p.youngPersonId);
}

void TestConflictInbox::supervisorSeesKeptAndNotKept()
{
    const Plan p = plan();
    ConflictRow row;
    row.entity = QStringLiteral("young_person");
    row.recordId = p.youngPersonId;
    row.youngPersonId = p.youngPersonId;
    row.field = QStringLiteral("risk_serious_harm");
    row.base = QStringLiteral("medium");
    row.server = QStringLiteral("high");
    row.serverLogin = kOther;
    row.incoming = QStringLiteral("very_high");
    row.incomingLogin = kActor;
    QVERIFY(!addConflict(*m_db, row).isEmpty());

    ConflictInboxView view(*m_db, *m_clock, kSupervisor);
    const QString detail = view.detailText();
    for (const QString& expected :
         {QStringLiteral("Risk of serious harm"), QStringLiteral("Medium"), QStringLiteral("Kept: demo.worker02"),
          QStringLiteral("High"), QStringLiteral("Not kept: demo.worker01"), QStringLiteral("Very high"),
          QStringLiteral("Keep this"), QStringLiteral("Keep that")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));
    QVERIFY(!detail.contains(QStringLiteral("My value")));
    QVERIFY2(view.list()->item(0)->text().contains(QStringLiteral("Profile")),
             qPrintable(view.list()->item(0)->text()));
}

void TestConflictInbox::trustedAdultIsNamedWithoutAYoungPerson()
{
    const QString adult = scalar(*m_db, QStringLiteral("SELECT id FROM trusted_adult ORDER BY id LIMIT 1")).toString();
    const QString name = scalar(*m_db,
                                QStringLiteral("SELECT given_name || rtrim(' ' || coalesce(family_name, '')) "
                                               "FROM trusted_adult WHERE id = ?1"),
                                {adult})
                             .toString();
    QVERIFY(!name.isEmpty());
    ConflictRow row;
    row.entity = QStringLiteral("trusted_adult");
    row.recordId = adult;
    row.field = QStringLiteral("do_not_contact");
    row.base = false;
    row.server = true;
    row.serverLogin = kOther;
    row.incoming = false;
    row.incomingLogin = kActor;
    QVERIFY(!addConflict(*m_db, row).isEmpty());
    ConflictInboxView view(*m_db, *m_clock, kActor);
    const QString line = view.list()->item(0)->text();
    QVERIFY2(line.startsWith(QStringLiteral("Trusted adult %1: ").arg(name)), qPrintable(line));
    const QString detail = view.detailText();
    QVERIFY2(detail.contains(QStringLiteral("Yes")) && detail.contains(QStringLiteral("No")), qPrintable(detail));
    QVERIFY(!button(&view, "conflictOpenRecord")->isEnabled()); // an adult has no record of their own to open
}

void TestConflictInbox::keepMineWritesOneChangeNamingTheConflict()
{
    const Plan p = plan();
    const QString id = ownWordsConflict(p);
    const qint64 before = outboxCount();
    ConflictInboxView view(*m_db, *m_clock, kActor);
    QSignalSpy changed(&view, &ConflictInboxView::changed);
    QTest::mouseClick(button(&view, "conflictFirstKeep"), Qt::LeftButton); // "Keep mine"

    QVERIFY2(changed.count() == 1, qPrintable(view.messageText()));
    QCOMPARE(outboxCount(), before + 1);
    const QJsonObject entry = lastOutboxFields().value(QStringLiteral("own_words")).toObject();
    QCOMPARE(entry.value(QStringLiteral("resolves")).toString(), id);
    QCOMPARE(entry.value(QStringLiteral("base")).toString(),
             QStringLiteral("When I feel unsafe I go to Nan's and call her."));
    QVERIFY(entry.value(QStringLiteral("new")).toString().contains(QStringLiteral("Aunt Jo")));
    QCOMPARE(lastOutboxFields().size(), 1);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT own_words FROM safety_plan WHERE id = ?1"), {p.id})
                .toString()
                .contains(QStringLiteral("Aunt Jo")));
    QCOMPARE(view.count(), 0);
    QVERIFY2(view.messageText().contains(QStringLiteral("next sync")), qPrintable(view.messageText()));
}

void TestConflictInbox::keepTheirsWritesTheServerValueAsBaseAndNew()
{
    const Plan p = plan();
    const QString id = ownWordsConflict(p);
    const qint64 before = outboxCount();
    ConflictInboxView view(*m_db, *m_clock, kActor);
    QCOMPARE(button(&view, "conflictSecondKeep")->text().remove(QLatin1Char('&')), QStringLiteral("Keep theirs"));
    QTest::mouseClick(button(&view, "conflictSecondKeep"), Qt::LeftButton);

    QVERIFY2(outboxCount() == before + 1, qPrintable(view.messageText()));
    const QJsonObject entry = lastOutboxFields().value(QStringLiteral("own_words")).toObject();
    const QString nan = QStringLiteral("When I feel unsafe I go to Nan's and call her.");
    QCOMPARE(entry.value(QStringLiteral("resolves")).toString(), id);
    QCOMPARE(entry.value(QStringLiteral("base")).toString(), nan);
    QCOMPARE(entry.value(QStringLiteral("new")).toString(), nan);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT own_words FROM safety_plan WHERE id = ?1"), {p.id}).toString(), nan);
    QCOMPARE(view.count(), 0);
}

void TestConflictInbox::editedValueIsKept()
{
    const Plan p = plan();
    const QString id = ownWordsConflict(p);
    const qint64 before = outboxCount();
    ConflictInboxView view(*m_db, *m_clock, kActor);
    view.show();
    QTest::mouseClick(button(&view, "conflictEditButton"), Qt::LeftButton);
    ConflictEditDialog* editor = view.editDialog();
    QVERIFY(editor);
    QVERIFY2(editor->text().contains(QStringLiteral("Aunt Jo")), qPrintable(editor->text())); // prefilled with mine
    const QString both = QStringLiteral("When I feel unsafe I go to Nan's, or text Aunt Jo.");
    editor->setText(both);
    QTest::mouseClick(button(editor, "conflictEditSave"), Qt::LeftButton);

    QVERIFY2(outboxCount() == before + 1, qPrintable(editor->errorText()));
    const QJsonObject entry = lastOutboxFields().value(QStringLiteral("own_words")).toObject();
    QCOMPARE(entry.value(QStringLiteral("resolves")).toString(), id);
    QCOMPARE(entry.value(QStringLiteral("new")).toString(), both);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT own_words FROM safety_plan WHERE id = ?1"), {p.id}).toString(), both);
    QCOMPARE(view.count(), 0);
}

void TestConflictInbox::invalidEditedValueNamesTheFieldAndChangesNothing()
{
    const Plan p = plan();
    ConflictRow row;
    row.entity = QStringLiteral("safety_plan");
    row.recordId = p.id;
    row.youngPersonId = p.youngPersonId;
    row.field = QStringLiteral("code_word");
    row.base = QStringLiteral("Pineapple");
    row.server = QStringLiteral("Kettle");
    row.serverLogin = kOther;
    row.incoming = QStringLiteral("Lighthouse");
    row.incomingLogin = kActor;
    const QString id = addConflict(*m_db, row);
    const QString codeWordBefore =
        scalar(*m_db, QStringLiteral("SELECT coalesce(code_word, '') FROM safety_plan WHERE id = ?1"), {p.id})
            .toString();
    const qint64 before = outboxCount();

    ConflictInboxView view(*m_db, *m_clock, kActor);
    view.show();
    QTest::mouseClick(button(&view, "conflictEditButton"), Qt::LeftButton);
    ConflictEditDialog* editor = view.editDialog();
    QVERIFY(editor);
    editor->setText(QString(60, QLatin1Char('x'))); // the code word holds at most 40 characters
    QTest::mouseClick(button(editor, "conflictEditSave"), Qt::LeftButton);

    QVERIFY2(editor->errorText().contains(QStringLiteral("Code word"), Qt::CaseInsensitive),
             qPrintable(editor->errorText()));
    QCOMPARE(view.editDialog(), editor); // still open, what was typed kept
    QCOMPARE(editor->text(), QString(60, QLatin1Char('x')));
    QCOMPARE(outboxCount(), before);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT coalesce(code_word, '') FROM safety_plan WHERE id = ?1"), {p.id})
                 .toString(),
             codeWordBefore);
    QCOMPARE(view.count(), 1);
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM sync_conflict WHERE id = ?1 AND resolving_change_id IS NULL"),
                   {id}),
             1);

    // A date that is not a date is refused before anything is written, naming the field.
    ConflictRow date = row;
    date.field = QStringLiteral("review_date");
    date.base = QJsonValue(QJsonValue::Null);
    date.server = QStringLiteral("2026-12-01");
    date.incoming = QStringLiteral("2026-12-15");
    const QString dateId = addConflict(*m_db, date);
    editor->close();
    view.refresh();
    QVERIFY(view.selectConflict(dateId));
    QTest::mouseClick(button(&view, "conflictEditButton"), Qt::LeftButton);
    editor = view.editDialog();
    QVERIFY(editor);
    editor->setText(QStringLiteral("31/02/2026"));
    QTest::mouseClick(button(editor, "conflictEditSave"), Qt::LeftButton);
    QVERIFY2(editor->errorText().contains(QStringLiteral("Review date")), qPrintable(editor->errorText()));
    QCOMPARE(outboxCount(), before);
    QCOMPARE(view.count(), 2);
}

void TestConflictInbox::rejectedShowsReasonTriedAndCurrentValues()
{
    const Plan p = plan();
    const QString given =
        scalar(*m_db, QStringLiteral("SELECT given_name FROM young_person WHERE id = ?1"), {p.youngPersonId})
            .toString();
    const QJsonObject fields{
        {QStringLiteral("given_name"),
         QJsonObject{{QStringLiteral("base"), given}, {QStringLiteral("new"), QStringLiteral("Alexandrina")}}},
        {QStringLiteral("risk_serious_harm"), QJsonObject{{QStringLiteral("base"), QStringLiteral("low")},
                                                          {QStringLiteral("new"), QStringLiteral("very_high")}}}};
    const QString changeId =
        addRejected(*m_db, QStringLiteral("young_person"), p.youngPersonId, p.youngPersonId, QStringLiteral("update"),
                    fields, QStringLiteral("breaks the rule young_person_status_check"));
    QVERIFY(!changeId.isEmpty());

    RejectedChangesView view(*m_db, *m_clock, kActor);
    view.resize(1366, 768);
    view.show();
    QCOMPARE(view.count(), 1);
    const QString detail = view.detailText();
    for (const QString& expected :
         {p.name, QStringLiteral("Profile"), QStringLiteral("Why: The values broke one of the central store's rules"),
          QStringLiteral("\u201cbreaks the rule young_person_status_check\u201d"),
          QStringLiteral("Given name | Alexandrina | %1").arg(given),
          QStringLiteral("Risk of serious harm rating | Very high | ")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));

    QTest::mouseClick(button(&view, "rejectedCopy"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Given name: Alexandrina")) &&
                 copied.contains(QStringLiteral("Risk of serious harm rating: Very high")),
             qPrintable(copied));

    QSignalSpy changed(&view, &RejectedChangesView::changed);
    QTest::mouseClick(button(&view, "rejectedDismiss"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.count(), 0);
    QCOMPARE(
        count(*m_db,
              QStringLiteral("SELECT count(*) FROM sync_rejected WHERE change_id = ?1 AND dismissed_at IS NOT NULL"),
              {changeId}),
        1);
}

void TestConflictInbox::rejectedInsertThatWasRemovedSaysSo()
{
    const Plan p = plan();
    const QJsonObject fields{
        {QStringLiteral("start_date"), QJsonObject{{QStringLiteral("base"), QJsonValue(QJsonValue::Null)},
                                                   {QStringLiteral("new"), QStringLiteral("2026-11-20")}}}};
    QVERIFY(!addRejected(*m_db, QStringLiteral("episode"), domain::createTimeOrderedId(), p.youngPersonId,
                         QStringLiteral("insert"), fields, QStringLiteral("field start_date is required"), true)
                 .isEmpty());
    RejectedChangesView view(*m_db, *m_clock, kActor);
    const QString detail = view.detailText();
    for (const QString& expected :
         {QStringLiteral("Start date must be filled in."), QStringLiteral("removed from this laptop"),
          QStringLiteral("Start date | 20/11/2026 | (removed)")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));
}

void TestConflictInbox::reasonsInPlainWords()
{
    using ui::rejectionInWords;
    QVERIFY(rejectionInWords(QStringLiteral("contact"), QStringLiteral("contacts are append-only: no update"))
                .contains(QStringLiteral("cannot be changed once it is logged")));
    QVERIFY(rejectionInWords(QStringLiteral("safety_plan"), QStringLiteral("field review_date: not a valid date"))
                .startsWith(QStringLiteral("Review date is not a valid date")));
    QVERIFY(rejectionInWords(QStringLiteral("young_person"),
                             QStringLiteral("field lead_worker_id is set by case allocation"))
                .contains(QStringLiteral("reallocates")));
    QVERIFY(rejectionInWords(QStringLiteral("episode"), QStringLiteral("record not found or not visible"))
                .contains(QStringLiteral("another worker")));
    QCOMPARE(rejectionInWords(QStringLiteral("episode"), QStringLiteral("something new")),
             QStringLiteral("The central store refused this change."));
}

QTEST_MAIN(TestConflictInbox)
#include "tst_conflict_inbox.moc"
