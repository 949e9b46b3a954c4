#include "domain/CaseClocks.h"
#include "session/Clock.h"
#include "session/IdleMonitor.h"
#include "session/PassphrasePolicy.h"
#include "session/UnlockGuard.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;
using domain::CaseClocks;

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void passphrasePolicy_data();
    void passphrasePolicy();
    void unlockDelayGrows();
    void unlockDelaySurvivesRestartAndClearsOnSuccess();
    void unlockGuardIgnoresAClockSetBackwards();
    void idleMonitorLocksAfterTheConfiguredMinutes();
    void idleMonitorClampsMinutes();
    void returnInterviewClock();
    void semhClock();
    void nextContactProposal();
};

namespace {
QDateTime noon(int day) { return QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC); }
} // namespace

void TestSession::passphrasePolicy_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << QStringLiteral("            ") << false;
    QTest::newRow("11 characters") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("12 characters") << QStringLiteral("abcdefghijkl") << true;
    QTest::newRow("three short words") << QStringLiteral("red cat hat") << false;
    QTest::newRow("four short words") << QStringLiteral("red cat hat sun") << true;
    QTest::newRow("padded 11 characters") << QStringLiteral("  abcdefghijk  ") << false;
}

void TestSession::passphrasePolicy()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, acceptable);
    const QString problem = PassphrasePolicy::problem(passphrase);
    QCOMPARE(problem.isEmpty(), acceptable);
    if (!acceptable && !passphrase.trimmed().isEmpty())
        QVERIFY2(problem.contains(QLatin1String("12 characters")) && problem.contains(QLatin1String("4 words")),
                 qPrintable(problem));
    QVERIFY(PassphrasePolicy::forgottenWarning().contains(QLatin1String("synced")));
}

void TestSession::unlockDelayGrows()
{
    QCOMPARE(UnlockGuard::delayAfter(0), 0);
    QCOMPARE(UnlockGuard::delayAfter(2), 0);
    QCOMPARE(UnlockGuard::delayAfter(3), 1);
    QCOMPARE(UnlockGuard::delayAfter(4), 2);
    QCOMPARE(UnlockGuard::delayAfter(6), 8);
    QCOMPARE(UnlockGuard::delayAfter(40), UnlockGuard::kMaximumDelaySeconds);

    QTemporaryDir dir;
    ManualClock clock(noon(26));
    UnlockGuard guard(dir.filePath(QStringLiteral("s.trellis")), clock);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(guard.secondsUntilNextAttempt(), 0);
        guard.recordFailure();
    }
    QCOMPARE(guard.secondsUntilNextAttempt(), 1);
    clock.advance(1);
    QCOMPARE(guard.secondsUntilNextAttempt(), 0);
    guard.recordFailure();
    guard.recordFailure();
    QCOMPARE(guard.secondsUntilNextAttempt(), 4);
    clock.advance(3);
    QCOMPARE(guard.secondsUntilNextAttempt(), 1);
}

void TestSession::unlockDelaySurvivesRestartAndClearsOnSuccess()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.trellis"));
    ManualClock clock(noon(26));
    {
        UnlockGuard guard(store, clock);
        for (int i = 0; i < 5; ++i)
            guard.recordFailure();
    }
    UnlockGuard restarted(store, clock);
    QCOMPARE(restarted.consecutiveFailures(), 5);
    QCOMPARE(restarted.secondsUntilNextAttempt(), 4);
    // The file holds times only: nothing a reader could learn about the worker or a child.
    QFile file(restarted.sidecarPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), QByteArray("2026-11-26T12:00:00Z"));

    const auto audited = restarted.takeFailuresForAudit();
    QCOMPARE(audited.size(), 5);
    QCOMPARE(restarted.secondsUntilNextAttempt(), 0);
    QVERIFY(!QFile::exists(restarted.sidecarPath()));
    QCOMPARE(UnlockGuard(store, clock).consecutiveFailures(), 0);
}

void TestSession::unlockGuardIgnoresAClockSetBackwards()
{
    QTemporaryDir dir;
    ManualClock clock(noon(26));
    UnlockGuard guard(dir.filePath(QStringLiteral("s.trellis")), clock);
    for (int i = 0; i < 6; ++i)
        guard.recordFailure();
    clock.advance(-3600);
    QCOMPARE(guard.secondsUntilNextAttempt(), UnlockGuard::delayAfter(6));
}

void TestSession::idleMonitorLocksAfterTheConfiguredMinutes()
{
    ManualClock clock(noon(26));
    IdleMonitor monitor(clock, IdleMonitor::kDefaultMinutes);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimeout);
    clock.advance(4 * 60 + 59);
    monitor.check();
    QCOMPARE(spy.count(), 0);
    monitor.activity(); // a key press resets the wait
    clock.advance(4 * 60);
    monitor.check();
    QCOMPARE(spy.count(), 0);
    clock.advance(60);
    monitor.check();
    QCOMPARE(spy.count(), 1);
    clock.advance(600);
    monitor.check();
    QCOMPARE(spy.count(), 1); // once per idle spell, not every check
    monitor.activity();
    clock.advance(5 * 60);
    monitor.check();
    QCOMPARE(spy.count(), 2);
}

void TestSession::idleMonitorClampsMinutes()
{
    ManualClock clock(noon(26));
    IdleMonitor monitor(clock, 0);
    QCOMPARE(monitor.minutes(), 1);
    monitor.setMinutes(90);
    QCOMPARE(monitor.minutes(), 60);
    monitor.setMinutes(15);
    QCOMPARE(monitor.minutes(), 15);
}

void TestSession::returnInterviewClock()
{
    const QDate returned(2026, 11, 20);
    QCOMPARE(CaseClocks::returnInterviewDue(returned), QDate(2026, 11, 23));
    QVERIFY(!CaseClocks::returnInterviewOverdue(returned, {}, QDate(2026, 11, 23)));
    QVERIFY(CaseClocks::returnInterviewOverdue(returned, {}, QDate(2026, 11, 24)));
    QVERIFY(!CaseClocks::returnInterviewOverdue(returned, QDate(2026, 11, 22), QDate(2026, 12, 30)));
    QVERIFY(CaseClocks::returnInterviewOverdue(returned, QDate(2026, 11, 25), QDate(2026, 12, 30)));
    QVERIFY(!CaseClocks::returnInterviewOverdue({}, {}, QDate(2026, 12, 30))); // still missing
}

void TestSession::semhClock()
{
    const QDate referred(2026, 10, 1);
    QCOMPARE(CaseClocks::semhFirstAppointmentDue(referred), QDate(2026, 10, 29));
    QVERIFY(!CaseClocks::semhAppointmentOverdue(referred, {}, QDate(2026, 10, 29)));
    QVERIFY(CaseClocks::semhAppointmentOverdue(referred, {}, QDate(2026, 10, 30)));
    QVERIFY(!CaseClocks::semhAppointmentOverdue(referred, QDate(2026, 10, 29), QDate(2026, 12, 1)));
    QVERIFY(CaseClocks::semhAppointmentOverdue(referred, QDate(2026, 10, 30), QDate(2026, 12, 1)));
}

void TestSession::nextContactProposal()
{
    const QDate from(2026, 11, 26);
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("prevention"), QStringLiteral("low"),
                                            QStringLiteral("low")),
             from.addDays(28));
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("referral_order"), QStringLiteral("medium"),
                                            QStringLiteral("low")),
             from.addDays(14));
    // The higher of the two ratings decides.
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("referral_order"), QStringLiteral("low"),
                                            QStringLiteral("high")),
             from.addDays(7));
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("youth_caution"), QStringLiteral("very_high"),
                                            QStringLiteral("low")),
             from.addDays(3));
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("yro_iss"), QStringLiteral("low"),
                                            QStringLiteral("low")),
             from.addDays(2));
    // Prevention work never proposes sooner than weekly, whatever the rating.
    QCOMPARE(CaseClocks::proposeNextContact(from, QStringLiteral("prevention"), QStringLiteral("very_high"),
                                            QStringLiteral("low")),
             from.addDays(7));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
