#include <QTest>

class TestCanary : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
