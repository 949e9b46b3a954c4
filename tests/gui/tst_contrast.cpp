// Contrast and colour (WCAG 2.2 1.4.1, 1.4.3, 1.4.11): every colour Trellis chooses (ui/Colours)
// against the background it is drawn on, and the application palette's pairs in the Active and
// Inactive groups, for the platform's light palette and a dark desktop theme's; the widgets that
// draw in a custom colour really use the checked one; chart series differ by hatching and have a
// legend in words, not by colour alone. Prints the lowest ratio of each group for the report.
#include "TestStore.h"

#include "Colours.h"
#include "MainWindow.h"
#include "charts/ModelBarChart.h"
#include "domain/Entities.h"
#include "domain/Validator.h"
#include "forms/RecordForm.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "store/Database.h"
#include "sync/ConnectionSettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using trellis::ui::Colours;

namespace {

// Fails naming every pair below its minimum; returns the lowest ratio among text pairs and
// among graphical pairs, for the report.
void checkPairs(const QString& group, const QList<Colours::Pair>& pairs)
{
    QStringList failures;
    double lowestText = 21;
    double lowestGraphic = 21;
    for (const Colours::Pair& pair : pairs) {
        const double ratio = Colours::contrast(pair.foreground, pair.background);
        (pair.minimum >= 4.5 ? lowestText : lowestGraphic) =
            std::min(pair.minimum >= 4.5 ? lowestText : lowestGraphic, ratio);
        if (ratio + 1e-9 < pair.minimum)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                            .arg(pair.what, pair.foreground.name(QColor::HexArgb), pair.background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(pair.minimum);
    }
    qInfo().noquote() << group
                      << QStringLiteral("lowest text %1:1, lowest graphic %2:1")
                             .arg(lowestText, 0, 'f', 2)
                             .arg(lowestGraphic < 21 ? QString::number(lowestGraphic, 'f', 2) : QStringLiteral("-"));
    QVERIFY2(failures.isEmpty(), qPrintable(group + QStringLiteral(":\n  ") + failures.join(QStringLiteral("\n  "))));
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace

class TestContrast : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QApplication::setPalette(lightPalette()); }
    void arithmeticMatchesWcag();
    void customColours_data();
    void customColours();
    void palette_data();
    void palette();
    void windowUsesTheCheckedPalette();
    void problemTextUsesTheCheckedTone_data();
    void problemTextUsesTheCheckedTone();
    void fieldMessagesUseTheCheckedTone();
    void chartSeriesDifferByMoreThanColour();
};

void TestContrast::arithmeticMatchesWcag()
{
    // Known values: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1 (the
    // lightest grey that passes AA), and half-transparent black over white is mid grey.
    QCOMPARE(qRound(Colours::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(Colours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(qRound(Colours::contrast(Qt::white, QColor(0x76, 0x76, 0x76)) * 100), 454);
    QCOMPARE(Colours::contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    QCOMPARE(Colours::blended(QColor(0, 0, 0, 128), Qt::white).red(), 127);
}

void TestContrast::customColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << Colours::darkExample();
}

void TestContrast::customColours()
{
    QFETCH(QPalette, palette);
    checkPairs(QStringLiteral("custom colours (%1)").arg(QString::fromLatin1(QTest::currentDataTag())),
               Colours::customPairs(palette));
}

void TestContrast::palette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << Colours::darkExample();
}

void TestContrast::palette()
{
    QFETCH(QPalette, palette);
    // What the platform gives may fall short (Qt's placeholder text is Text at half opacity);
    // Trellis corrects it. Both are reported, the corrected one must pass.
    int short_ = 0;
    for (const Colours::Pair& pair : Colours::palettePairs(palette))
        if (Colours::contrast(pair.foreground, pair.background) < pair.minimum) {
            ++short_;
            qInfo().noquote() << "platform palette, corrected by Trellis:" << pair.what
                              << QString::number(Colours::contrast(pair.foreground, pair.background), 'f', 2);
        }
    qInfo() << short_ << "pair(s) of the platform palette corrected";
    const QPalette corrected = Colours::accessible(palette);
    checkPairs(QStringLiteral("palette (%1)").arg(QString::fromLatin1(QTest::currentDataTag())),
               Colours::palettePairs(corrected));
    // Only what fell short changes: the platform's look stays.
    QCOMPARE(corrected.color(QPalette::Active, QPalette::Window), palette.color(QPalette::Active, QPalette::Window));
    QCOMPARE(corrected.color(QPalette::Active, QPalette::Text), palette.color(QPalette::Active, QPalette::Text));
    QCOMPARE(corrected.color(QPalette::Active, QPalette::Base), palette.color(QPalette::Active, QPalette::Base));
    // Selected rows keep the platform's text colour; their highlight is what changes.
    QCOMPARE(corrected.color(QPalette::Active, QPalette::HighlightedText),
             palette.color(QPalette::Active, QPalette::HighlightedText));
}

void TestContrast::windowUsesTheCheckedPalette()
{
    // The main window applies the corrected palette to the application: the platform's
    // half-transparent placeholder (4:1 on white) becomes readable.
    QApplication::setPalette(lightPalette());
    QVERIFY(Colours::contrast(QApplication::palette().color(QPalette::PlaceholderText),
                              QApplication::palette().color(QPalette::Base)) < 4.5);
    TestStore store;
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    checkPairs(QStringLiteral("application palette with the window"), Colours::palettePairs(QApplication::palette()));
    QCoreApplication::processEvents();
    auto* edit = window.findChild<QLineEdit*>();
    QVERIFY(edit);
    const QColor placeholder = edit->palette().color(QPalette::PlaceholderText);
    const QColor base = edit->palette().color(QPalette::Base);
    QVERIFY2(Colours::contrast(placeholder, base) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2 in %3 (application: %4)")
                            .arg(placeholder.name(QColor::HexArgb), base.name(), edit->objectName(),
                                 QApplication::palette().color(QPalette::PlaceholderText).name(QColor::HexArgb))));
}

void TestContrast::problemTextUsesTheCheckedTone_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << Colours::darkExample();
}

void TestContrast::problemTextUsesTheCheckedTone()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    ui::ConnectionSettingsDialog dialog(*db, clock, QStringLiteral("demo.worker01"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* insecure = dialog.findChild<QCheckBox*>(QStringLiteral("insecureCheck"));
    QVERIFY(insecure);
    insecure->setChecked(true);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("insecureWarning"));
    QVERIFY(warning && warning->isVisible());
    const QColor text = warning->palette().color(QPalette::WindowText);
    const QColor background = warning->palette().color(QPalette::Window);
    const double ratio = Colours::contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(ratio)));
    QCOMPARE(text, Colours::errorText(palette));
}

void TestContrast::fieldMessagesUseTheCheckedTone()
{
    // A date of birth in the future is an error; the message beside the field is in the checked
    // error tone, readable on the window, light and dark.
    for (const QPalette& palette : {lightPalette(), Colours::darkExample()}) {
        QApplication::setPalette(palette);
        ui::RecordForm form(domain::Entities::get(domain::entity::YoungPerson), {QStringLiteral("date_of_birth")},
                            domain::Validator(QDate(2026, 11, 26)));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* date = form.findChild<QWidget*>(QStringLiteral("date_of_birth"));
        QVERIFY(date);
        auto* line = qobject_cast<QLineEdit*>(date) ? qobject_cast<QLineEdit*>(date) : date->findChild<QLineEdit*>();
        QVERIFY(line);
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("31/02/2011"));
        QTest::keyClick(line, Qt::Key_Return);
        auto* message = form.findChild<QLabel*>(QStringLiteral("date_of_birthError"));
        QVERIFY(message && message->isVisible());
        const QColor text = message->palette().color(QPalette::WindowText);
        QCOMPARE(text, Colours::errorText(palette));
        QVERIFY(Colours::contrast(text, message->palette().color(QPalette::Window)) >= 4.5);
    }
}

void TestContrast::chartSeriesDifferByMoreThanColour()
{
    // Four series, stacked as the team caseload draws risk levels and grouped as the measures
    // draw years: each has a hatching of its own, and a legend names each in words. (Their
    // colours against the chart and their labels are in customColours.)
    QStandardItemModel model(2, 5);
    const QStringList headers{QStringLiteral("Worker"), QStringLiteral("Low"), QStringLiteral("Medium"),
                              QStringLiteral("High"), QStringLiteral("Very high")};
    model.setHorizontalHeaderLabels(headers);
    for (int row = 0; row < 2; ++row) {
        model.setData(model.index(row, 0), QStringLiteral("demo.worker0%1").arg(row + 1));
        for (int column = 1; column < 5; ++column)
            model.setData(model.index(row, column), row + column);
    }
    for (const auto stacking : {ui::ModelBarChart::Stacking::Stacked, ui::ModelBarChart::Stacking::Grouped}) {
        ui::ModelBarChart chart;
        chart.setStacking(stacking);
        chart.setSeriesColumns({1, 2, 3, 4});
        chart.setModel(&model);
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<QImage> patterns;
        for (int s = 0; s < 4; ++s) {
            const QBrush brush = chart.drawnBrush(s);
            QVERIFY(brush.style() != Qt::NoBrush);
            // What a bar looks like without its colour: which pixels of its tile are not the fill
            // (the tile's most common colour). A plain fill has none.
            QImage tile(12, 12, QImage::Format_ARGB32);
            if (brush.style() == Qt::TexturePattern)
                tile = brush.textureImage().convertToFormat(QImage::Format_ARGB32);
            else
                tile.fill(brush.color());
            QHash<QRgb, int> counts;
            for (int y = 0; y < tile.height(); ++y)
                for (int x = 0; x < tile.width(); ++x)
                    ++counts[tile.pixel(x, y)];
            QRgb fill = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > counts.value(fill))
                    fill = it.key();
            QImage shape(tile.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < tile.height(); ++y)
                for (int x = 0; x < tile.width(); ++x)
                    shape.setPixel(x, y, tile.pixel(x, y) == fill ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
            for (int other = 0; other < patterns.size(); ++other)
                QVERIFY2(patterns.at(other) != shape,
                         qPrintable(QStringLiteral("series %1 and %2 differ only by colour").arg(other).arg(s)));
            patterns << shape;
        }
        QCOMPARE(chart.legendLabels(), headers.mid(1));
    }
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
