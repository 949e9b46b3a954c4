// docs/kpi-definitions.md promises the catalogue's own words: a board member reading the document
// and a supervisor reading a tooltip must be told the same thing. This keeps the two identical.

#include "kpi/Measure.h"

#include <QFile>
#include <QTest>

using namespace trellis::kpi;

class TestKpiDocs : public QObject {
    Q_OBJECT
private slots:
    void everyMeasureIsWrittenOutInTheCataloguesWords();
};

void TestKpiDocs::everyMeasureIsWrittenOutInTheCataloguesWords()
{
    const QString source = qEnvironmentVariable("TRELLIS_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "TRELLIS_SOURCE_DIR is set by trellis_add_test");
    QFile file(source + QStringLiteral("/docs/kpi-definitions.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString doc = QString::fromUtf8(file.readAll());
    QVERIFY(MeasureCatalogue::all().size() >= 20);
    for (const MeasureDefinition& measure : MeasureCatalogue::all()) {
        const QString unit = measure.unit == MeasureUnit::Percent ? QStringLiteral("percent") : QStringLiteral("count");
        const QString line = QStringLiteral("- **%1** (`%2`, %3): %4").arg(measure.title, measure.key, unit,
                                                                          measure.definition);
        QVERIFY2(doc.contains(line), qPrintable(QStringLiteral("docs/kpi-definitions.md lacks, word for word:\n") + line));
    }
}

QTEST_GUILESS_MAIN(TestKpiDocs)
#include "tst_kpi_docs.moc"
