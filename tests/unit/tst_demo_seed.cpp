#include <QTest>

class TestDemoSeed : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demo_seed.moc"
