#include "TestStore.h"

#include "store/DraftStore.h"
#include "store/StoreOpener.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

class TestDrafts : public QObject {
    Q_OBJECT
private slots:
    void draftSurvivesCloseAndReopen();
    void savingAgainReplacesAndDiscardRemoves();
    void draftsAreListedPerYoungPerson();
};

namespace {
const QString kPerson = QStringLiteral("0b7e6a4c-2f1d-4d8e-9a3b-5c6d7e8f9a0b");
const QDateTime kWhen(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
} // namespace

void TestDrafts::draftSurvivesCloseAndReopen()
{
    TestStore store;
    const QString key = DraftStore::key(QStringLiteral("young_person"), kPerson);
    {
        auto db = store.create();
        QVERIFY(db);
        QVERIFY(DraftStore(*db).save(key, kPerson, {{QStringLiteral("given_name"), QStringLiteral("Fictional")}},
                                     kWhen)
                    .ok());
    } // closed as a crash would leave it: the commit is in the WAL with synchronous=FULL
    auto db = store.open();
    QVERIFY(db);
    const auto loaded = DraftStore(*db).load(key);
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->value(QStringLiteral("given_name")).toString(), QStringLiteral("Fictional"));
}

void TestDrafts::savingAgainReplacesAndDiscardRemoves()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    DraftStore drafts(*db);
    const QString key = DraftStore::key(QStringLiteral("contact"), QStringLiteral("new"));
    QVERIFY(drafts.save(key, kPerson, {{QStringLiteral("summary"), QStringLiteral("first")}}, kWhen).ok());
    QVERIFY(drafts.save(key, kPerson, {{QStringLiteral("summary"), QStringLiteral("second")}}, kWhen.addSecs(5)).ok());
    QCOMPARE(drafts.load(key).value()->value(QStringLiteral("summary")).toString(), QStringLiteral("second"));
    QVERIFY(drafts.discard(key).ok());
    QVERIFY(!drafts.load(key).value().has_value());
}

void TestDrafts::draftsAreListedPerYoungPerson()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    DraftStore drafts(*db);
    const QString other = QStringLiteral("1c8f7b5d-3a2e-4e9f-8b4c-6d7e8f9a0b1c");
    QVERIFY(drafts.save(QStringLiteral("safety_plan:b"), kPerson, {}, kWhen.addSecs(60)).ok());
    QVERIFY(drafts.save(QStringLiteral("young_person:a"), kPerson, {}, kWhen).ok());
    QVERIFY(drafts.save(QStringLiteral("young_person:c"), other, {}, kWhen).ok());
    QCOMPARE(drafts.keysFor(kPerson).value(),
             (QStringList{QStringLiteral("young_person:a"), QStringLiteral("safety_plan:b")}));
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
