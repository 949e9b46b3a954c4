#include "TestStore.h"

#include "store/Migrator.h"
#include "store/StoreOpener.h"
#include "store/StoreVerifier.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

class TestStoreOpening : public QObject {
    Q_OBJECT
private slots:
    void createThenReopen();
};

void TestStoreOpening::createThenReopen()
{
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
    }
    auto db = store.open();
    QVERIFY(db);
    QVERIFY(StoreVerifier::verify(*db).ok);
}

QTEST_GUILESS_MAIN(TestStoreOpening)
#include "tst_store.moc"
