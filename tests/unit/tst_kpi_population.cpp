// The 10–17 population file: the shipped example, the administrator's file, and every kind of bad
// line named by its number, with nothing half-read.

#include "kpi/PopulationTable.h"

#include "TestStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace trellis::kpi;

namespace {

const QByteArray kGood = "# fictional figures for a test\n"
                         "ethnic_group,population_10_17\n"
                         "asian,100\n"
                         "black,200\n"
                         "\n"
                         "mixed,0\n"
                         "white,1000\r\n"
                         "other,50\n";

} // namespace

class TestKpiPopulation : public QObject {
    Q_OBJECT

private slots:
    void goodFileIsRead();
    void badFilesNameTheLine_data();
    void badFilesNameTheLine();
    void shippedExampleIsMarkedAsExample();
    void administratorFileReplacesTheExample();
    void ethnicGroups();
};

void TestKpiPopulation::goodFileIsRead()
{
    const auto parsed = PopulationTableReader::parse(kGood, QStringLiteral("/etc/xdg/trellis/population-10-17.csv"));
    QVERIFY(std::holds_alternative<PopulationTable>(parsed));
    const auto& table = std::get<PopulationTable>(parsed);
    QCOMPARE(table.byGroup.value(QStringLiteral("black")), 200);
    QCOMPARE(table.byGroup.value(QStringLiteral("mixed")), 0);
    QCOMPARE(table.byGroup.value(QStringLiteral("white")), 1000); // the \r of a Windows line end is not a digit problem
    QCOMPARE(table.total(), 1350);
    QVERIFY(!table.isExample);
}

void TestKpiPopulation::badFilesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    const QByteArray header = "ethnic_group,population_10_17\n";
    const QByteArray rest = "black,2\nmixed,3\nwhite,4\nother,5\n";
    QTest::newRow("wrong header") << QByteArray("# c\ngroup,count\nasian,1\n") << 2 << "the header must be";
    QTest::newRow("missing group") << (header + "asian,1\nblack,2\nmixed,3\nwhite,4\n") << 0
                                   << "ethnic_group \"other\" is missing";
    QTest::newRow("empty group") << (header + ",7\n" + rest) << 2 << "ethnic_group is empty";
    QTest::newRow("duplicate group") << (header + "asian,1\n" + rest + "asian,9\n") << 7
                                     << "appears again (first on line 2)";
    QTest::newRow("not a number") << (header + "asian,4x\n" + rest) << 2 << "population_10_17 \"4x\" is not a whole number";
    QTest::newRow("decimal") << (header + "asian,1.5\n" + rest) << 2 << "is not a whole number";
    QTest::newRow("negative") << (header + "asian,-3\n" + rest) << 2 << "population_10_17 -3 is negative";
    QTest::newRow("unknown group") << (header + "asian,1\n" + rest + "martian,3\n") << 7
                                   << "unknown ethnic_group \"martian\"";
    QTest::newRow("three fields") << (header + "asian,1,2\n" + rest) << 2 << "expected 2 fields";
    QTest::newRow("empty file") << QByteArray("# only a comment\n") << 0 << "no header line";
}

void TestKpiPopulation::badFilesNameTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, words);
    const auto parsed = PopulationTableReader::parse(csv, QStringLiteral("test.csv"));
    // A variant: a bad file yields an error and no table at all, never part of one.
    QVERIFY(std::holds_alternative<PopulationError>(parsed));
    const auto& error = std::get<PopulationError>(parsed);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    if (line > 0)
        QVERIFY2(error.message.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(error.message));
}

void TestKpiPopulation::shippedExampleIsMarkedAsExample()
{
    // The test has a config folder of its own with no administrator's file in it.
    const auto loaded = PopulationTableReader::loadDefault();
    QVERIFY(std::holds_alternative<PopulationTable>(loaded));
    const auto& table = std::get<PopulationTable>(loaded);
    QVERIFY(table.isExample);
    QCOMPARE(table.source, QStringLiteral(":/kpi/population-10-17.example.csv"));
    QCOMPARE(table.byGroup.size(), 5);
    QCOMPARE(table.total(), 4210 + 3980 + 2105 + 11020 + 1230);
}

void TestKpiPopulation::administratorFileReplacesTheExample()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                           + QStringLiteral("/trellis");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/population-10-17.csv");
    trellis::test::writeFile(path, kGood);
    const auto loaded = PopulationTableReader::loadDefault();
    QFile::remove(path);
    QVERIFY(std::holds_alternative<PopulationTable>(loaded));
    QVERIFY(!std::get<PopulationTable>(loaded).isExample);
    QCOMPARE(std::get<PopulationTable>(loaded).total(), 1350);
    QCOMPARE(std::get<PopulationTable>(loaded).source, path);
}

void TestKpiPopulation::ethnicGroups()
{
    QCOMPARE(EthnicGroups::keys(), (QStringList{"asian", "black", "mixed", "white", "other"}));
    QCOMPARE(EthnicGroups::groupOf(QStringLiteral("black_caribbean")), QStringLiteral("black"));
    QCOMPARE(EthnicGroups::groupOf(QStringLiteral("mixed_white_black_african")), QStringLiteral("mixed"));
    QCOMPARE(EthnicGroups::groupOf(QStringLiteral("white_gypsy_traveller")), QStringLiteral("white"));
    QCOMPARE(EthnicGroups::groupOf(QStringLiteral("other_arab")), QStringLiteral("other"));
    QCOMPARE(EthnicGroups::groupOf(QStringLiteral("not_stated")), QString());
    QCOMPARE(EthnicGroups::title(QStringLiteral("asian")), QStringLiteral("Asian or Asian British"));
}

QTEST_GUILESS_MAIN(TestKpiPopulation)
#include "tst_kpi_population.moc"
