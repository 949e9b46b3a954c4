// Focus always visible and text that grows with the system font (WCAG 2.2 2.4.7, 1.4.4), on the
// real main window over a fictional demo store:
//   - every control Tab reaches on the main screens looks different with the focus than without
//     (the style's focus frame, or the current cell of a list); a control that looked the same
//     would leave a keyboard user lost;
//   - with the application font at twice its point size, labels, table rows, buttons and the
//     record form grow, and no button's text is cut (each is at least as wide as its text needs).
#include "AccessibilityAudit.h"
#include "DemoWindow.h"

#include "WorkArea.h"
#include "record/RecordView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

QImage look(QWidget* widget)
{
    QCoreApplication::processEvents();
    return widget->grab().toImage();
}

// Walks the Tab order of `window` from its first stop; for each control, compares how it looks
// with the focus and after the focus has moved on.
void checkFocusVisible(QWidget* window, const QString& screen, int* checked)
{
    QWidget* first = nextTabStop(window);
    QVERIFY2(first, qPrintable(screen));
    first->setFocus(Qt::TabFocusReason);
    QStringList invisible;
    QList<QWidget*> seen;
    for (int step = 0; step < 200; ++step) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused, qPrintable(screen));
        QWidget* control = controlOf(focused);
        if (seen.contains(control))
            break;
        seen << control;
        const QImage withFocus = look(control);
        QTest::keyClick(focused, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (next && controlOf(next) == control)
            continue; // inside a compound control; it is checked once the focus leaves it
        const QImage without = look(control);
        ++*checked;
        if (withFocus == without) {
            invisible << describe(control);
            if (qEnvironmentVariableIsSet("TRELLIS_FOCUS_DUMP")) {
                withFocus.save(QStringLiteral("/tmp/focus-%1-with.png").arg(invisible.size()));
                without.save(QStringLiteral("/tmp/focus-%1-without.png").arg(invisible.size()));
            }
        }
    }
    QVERIFY2(
        invisible.isEmpty(),
        qPrintable(QStringLiteral("%1: no visible focus on %2").arg(screen, invisible.join(QStringLiteral("; ")))));
}

struct Sizes {
    int label = 0;
    int row = 0;
    int button = 0;
    int field = 0;
};

} // namespace

class TestFocusAndTextSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_font = QApplication::font();
        m_demo.seed();
    }
    void cleanup()
    {
        m_demo.close();
        QApplication::setFont(m_font);
    }
    void focusIsVisible();
    void textGrowsWithTheSystemFont();
    void textFollowsAFontChangeWhileRunning();

private:
    Sizes measure(QStringList* clipped);

    QFont m_font;
    DemoWindow m_demo;
};

void TestFocusAndTextSize::focusIsVisible()
{
    int checked = 0;
    m_demo.show();
    QVERIFY(QTest::qWaitForWindowActive(m_demo.window()));
    checkFocusVisible(m_demo.window(), QStringLiteral("lock screen"), &checked);
    m_demo.openRecord();
    m_demo.window()->workArea()->showCaseload();
    checkFocusVisible(m_demo.window(), QStringLiteral("caseload"), &checked);
    for (const char* page : {"profileTab", "contactsTab", "trustedAdultsTab", "episodesTab", "safetyPlanEditor"}) {
        QVERIFY2(m_demo.openTab(page), page);
        checkFocusVisible(m_demo.window(), QString::fromLatin1(page), &checked);
    }
    qInfo() << "focus checked on" << checked << "controls";
    QVERIFY(checked > 40);
}

Sizes TestFocusAndTextSize::measure(QStringList* clipped)
{
    Sizes sizes;
    m_demo.openRecord();
    if (QTest::currentTestFailed())
        return sizes;
    ui::MainWindow* window = m_demo.window();
    // The record's profile form: a field's height.
    QWidget* given = m_demo.record()->findChild<QWidget*>(QStringLiteral("given_name"));
    sizes.field = given ? given->sizeHint().height() : 0;
    auto* title = m_demo.record()->findChild<QLabel*>(QStringLiteral("headerName"));
    sizes.label = title ? title->sizeHint().height() : 0;
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        sizes.button = std::max(sizes.button, button->sizeHint().height());
        // Laid out narrower than its text needs: the text is cut.
        if (button->width() < button->minimumSizeHint().width())
            *clipped << QStringLiteral("%1 (%2 < %3)")
                            .arg(describe(button))
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width());
    }
    window->workArea()->showCaseload();
    QCoreApplication::processEvents();
    auto* table = window->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    sizes.row = table ? table->rowHeight(0) : 0;
    return sizes;
}

void TestFocusAndTextSize::textGrowsWithTheSystemFont()
{
    QStringList clipped;
    const Sizes normal = measure(&clipped);
    QVERIFY2(clipped.isEmpty(),
             qPrintable(QStringLiteral("cut at the normal size: ") + clipped.join(QStringLiteral("; "))));
    m_demo.close();

    QFont large = m_font;
    large.setPointSizeF(m_font.pointSizeF() * 2);
    QApplication::setFont(large);
    const Sizes twice = measure(&clipped);
    qInfo() << "label" << normal.label << "→" << twice.label << "row" << normal.row << "→" << twice.row << "button"
            << normal.button << "→" << twice.button << "field" << normal.field << "→" << twice.field;
    QVERIFY(normal.label > 0 && normal.row > 0 && normal.button > 0 && normal.field > 0);
    // Twice the point size: each at least half as big again (padding does not double).
    QVERIFY2(twice.label >= normal.label * 3 / 2, "the record's name did not grow");
    QVERIFY2(twice.row >= normal.row * 3 / 2, "the caseload's rows did not grow");
    QVERIFY2(twice.button >= normal.button * 3 / 2, "the buttons did not grow");
    QVERIFY2(twice.field >= normal.field * 3 / 2, "the record form's fields did not grow");
    QVERIFY2(clipped.isEmpty(),
             qPrintable(QStringLiteral("cut at twice the size: ") + clipped.join(QStringLiteral("; "))));
}

void TestFocusAndTextSize::textFollowsAFontChangeWhileRunning()
{
    // The desktop's font is made larger while Trellis runs: the caseload's rows, the contact
    // summary box and the phone number box grow at once (their sizes are set from the font).
    auto* contacts = m_demo.openTab("contactsTab");
    QVERIFY(contacts);
    auto* summary = contacts->findChild<QWidget*>(QStringLiteral("summary"));
    QVERIFY(summary);
    m_demo.window()->workArea()->showCaseload();
    auto* table = m_demo.window()->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    QVERIFY(table);
    const int row = table->verticalHeader()->defaultSectionSize();
    const int box = summary->height();
    QVERIFY(row > 0 && box > 0);

    QFont large = m_font;
    large.setPointSizeF(m_font.pointSizeF() * 2);
    QApplication::setFont(large);
    QCoreApplication::processEvents();
    qInfo() << "live: row" << row << "→" << table->verticalHeader()->defaultSectionSize() << "summary box" << box
            << "→" << summary->height();
    QVERIFY2(table->verticalHeader()->defaultSectionSize() >= row * 3 / 2, "the caseload's rows kept their height");
    QVERIFY2(summary->height() >= box * 3 / 2, "the contact summary box kept its height");
}

QTEST_MAIN(TestFocusAndTextSize)
#include "tst_focus_and_text_size.moc"
