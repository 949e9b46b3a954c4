#include "domain/TimeOrderedId.h"

#include <QSet>
#include <QTest>
#include <QThread>
#include <QUuid>

using trellis::domain::createTimeOrderedId;

class TestTimeOrderedId : public QObject {
    Q_OBJECT
private slots:
    void isAVersion7Uuid();
    void laterIdsSortAfterEarlierOnes();
    void idsDoNotRepeat();
};

void TestTimeOrderedId::isAVersion7Uuid()
{
    const QString id = createTimeOrderedId();
    QCOMPARE(id.size(), 36);
    const QUuid uuid = QUuid::fromString(id);
    QVERIFY(!uuid.isNull());
    QCOMPARE(id.at(14), QLatin1Char('7'));                        // version
    QVERIFY(QStringLiteral("89ab").contains(id.at(19)));           // RFC 9562 variant
    QCOMPARE(id, id.toLower());                                    // stored ids are lower case
    // The first 48 bits are the time in milliseconds.
    const qint64 millis = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
    QVERIFY(qAbs(millis - QDateTime::currentMSecsSinceEpoch()) < 5000);
}

void TestTimeOrderedId::laterIdsSortAfterEarlierOnes()
{
    const QString first = createTimeOrderedId();
    QThread::msleep(3);
    const QString second = createTimeOrderedId();
    QVERIFY2(first < second, qPrintable(first + QLatin1Char(' ') + second));
}

void TestTimeOrderedId::idsDoNotRepeat()
{
    QSet<QString> seen;
    for (int i = 0; i < 100000; ++i)
        seen.insert(createTimeOrderedId());
    QCOMPARE(seen.size(), 100000);
}

QTEST_GUILESS_MAIN(TestTimeOrderedId)
#include "tst_time_ordered_id.moc"
