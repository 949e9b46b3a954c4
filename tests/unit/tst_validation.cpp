#include <QTest>

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
