#include <QTest>

class TestImportCrash : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_import_crash.moc"
