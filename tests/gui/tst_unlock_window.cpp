#include "TestStore.h"

#include "MainWindow.h"
#include "UnlockDialog.h"
#include "demo/DemoSeeder.h"
#include "store/StoreOpener.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class TestUnlockWindow : public QObject {
    Q_OBJECT
private slots:
    void wrongThenRightPassphraseShowsTheCaseload();
};

void TestUnlockWindow::wrongThenRightPassphraseShowsTheCaseload()
{
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        demo::DemoSeeder::Options options;
        options.cases = 37;
        options.today = QDate(2026, 11, 26);
        QVERIFY(demo::DemoSeeder(*db, options).run().ok);
    }
    const QByteArray before = readFile(store.path());

    ui::UnlockDialog dialog(store.path());
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("unlockError"));
    QVERIFY(edit && button && error);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QTest::keyClicks(edit, QStringLiteral("not-the-passphrase"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("passphrase is not correct")), qPrintable(error->text()));
    QVERIFY2(edit->text().isEmpty(), "a tried passphrase must not stay in the field");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.failedAttempts(), 1);
    QCOMPARE(readFile(store.path()), before);

    QTest::keyClicks(edit, QStringLiteral("purple-otter-lantern-42"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    ui::MainWindow window(dialog.takeDatabase(), QStringLiteral("demo.worker01"));
    window.show();
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseloadCountLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(QStringLiteral("37 young people")), qPrintable(count->text()));
}

QTEST_MAIN(TestUnlockWindow)
#include "tst_unlock_window.moc"
