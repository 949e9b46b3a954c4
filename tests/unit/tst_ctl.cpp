#include <QTest>

class TestCtl : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
