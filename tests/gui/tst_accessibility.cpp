// Accessibility of every screen of the real main window, driven offscreen by object names with a
// fictional demo store: the first-run page, the lock screen, the caseload, and each tab of a
// record (profile, safety plan, trusted adults, contacts, episodes) with their editors and the
// plan history dialog. On each screen AccessibilityAudit.h walks every visible control and checks:
//   - it has an accessible name and a description saying what it does or expects (what QAccessible
//     reports, which includes a QLabel buddy and a tooltip), names tell the controls of one screen
//     apart, and an input has a visible label whose buddy it is or an accessible name of its own;
//   - Tab reaches every visible, enabled control that takes focus, never sticks inside one, and
//     moves in reading order: down, or right along a row, or up only into a column to the right;
//   - what is shown by colour (overdue, risk, do not contact, a validation error, unsaved) is
//     also said in words, or by an icon with words in its tooltip or accessible text.
// The sync screens and the dashboard are in tst_accessibility_sync.cpp.
#include "AccessibilityAudit.h"
#include "DemoWindow.h"
#include "GuiTestSupport.h"

#include "CaseloadModel.h"
#include "WorkArea.h"
#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"
#include "plan/SafetyPlanEditor.h"
#include "record/RecordView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        m_demo.seed();
    }
    void cleanup() { m_demo.close(); }
    void firstRunPage();
    void lockScreen();
    void caseload();
    void profile();
    void newYoungPerson();
    void safetyPlan();
    void planHistory();
    void trustedAdults();
    void contacts();
    void episodes();

private:
    DemoWindow m_demo;
};

void TestAccessibility::firstRunPage()
{
    TestStore empty;
    m_demo.show(empty.path());
    QWidget* window = m_demo.window();
    QVERIFY(find<QWidget>(window, QStringLiteral("createStorePage"))->isVisible());
    audit(window, QStringLiteral("first run"));

    // A passphrase problem is said in words.
    QTest::keyClicks(find<QLineEdit>(window, QStringLiteral("newPassphraseEdit")), QStringLiteral("short"));
    auto* problem = find<QLabel>(window, QStringLiteral("passphraseProblem"));
    QVERIFY(problem && problem->isVisible() && !problem->text().isEmpty());
    m_demo.close(); // before the empty store's folder goes
}

void TestAccessibility::lockScreen()
{
    m_demo.show();
    QWidget* window = m_demo.window();
    audit(window, QStringLiteral("lock screen"));

    auto* passphrase = find<QLineEdit>(window, QStringLiteral("passphraseEdit"));
    QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    auto* error = find<QLabel>(window, QStringLiteral("unlockError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("not correct")), qPrintable(error->text()));
    audit(window, QStringLiteral("lock screen after a wrong passphrase"));
}

void TestAccessibility::caseload()
{
    m_demo.openRecord();
    m_demo.window()->workArea()->showCaseload();
    auto* table = find<QTableView>(m_demo.window(), QStringLiteral("caseloadTable"));
    QVERIFY(table && table->isVisible() && table->model()->rowCount() > 0);
    audit(m_demo.window(), QStringLiteral("caseload"));

    // Overdue and risk: the filter for overdue items is a labelled tick, and risk is in words.
    QStringList riskWords;
    const domain::FieldDef* riskField =
        domain::Entities::get(domain::entity::YoungPerson).field(QStringLiteral("risk_serious_harm"));
    QVERIFY(riskField);
    for (const QString& level : riskField->choices)
        riskWords << domain::ChoiceLabels::labelOrValue(domain::entity::YoungPerson, riskField->name, level);
    bool sawOverdue = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (const int column :
             {CaseloadModel::NextContactColumn, CaseloadModel::PlanReviewColumn, CaseloadModel::ClocksColumn}) {
            const QModelIndex due = table->model()->index(row, column);
            if (due.data(CaseloadModel::OverdueRole).toBool()) {
                sawOverdue = true;
                QVERIFY2(due.data().toString().contains(QLatin1String("overdue")), qPrintable(due.data().toString()));
                QVERIFY(!due.data(Qt::DecorationRole).isNull());
            }
        }
        // The risk column names the level in words (the label a worker reads), not only a colour.
        const QString risk = table->model()->index(row, CaseloadModel::RiskSeriousHarmColumn).data().toString();
        QVERIFY2(riskWords.contains(risk), qPrintable(QStringLiteral("risk shown as \"%1\"").arg(risk)));
    }
    QVERIFY2(sawOverdue, "the demo caseload has nothing overdue to look at");
}

void TestAccessibility::profile()
{
    auto* profile = m_demo.openTab("profileTab");
    QVERIFY(profile);
    audit(m_demo.window(), QStringLiteral("record: profile"));

    // The ratings in the header are words; flags and run-out clocks are icons with words.
    const QString ratings = find<QLabel>(m_demo.record(), QStringLiteral("headerRatings"))->text();
    QVERIFY2(ratings.contains(QLatin1String("Risk of serious harm:")), qPrintable(ratings));

    // A validation error: a word and an icon beside the field, and the message read out with it.
    auto* dateOfBirth = lineEditOf(find<QWidget>(profile, QStringLiteral("date_of_birth")));
    QVERIFY(dateOfBirth);
    dateOfBirth->setFocus(Qt::OtherFocusReason);
    dateOfBirth->selectAll();
    QTest::keyClicks(dateOfBirth, QStringLiteral("31/02/2011"));
    QTest::keyClick(dateOfBirth, Qt::Key_Return);
    auto* message = find<QLabel>(profile, QStringLiteral("date_of_birthError"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().startsWith(QLatin1String("Error:")), qPrintable(message->text()));
    auto* icon = find<QLabel>(profile, QStringLiteral("date_of_birthErrorIcon"));
    QVERIFY(icon && icon->isVisible() && !icon->pixmap().isNull());
    QCOMPARE(icon->accessibleName(), QStringLiteral("Error"));
    QCOMPARE(accessibleText(dateOfBirth, QAccessible::Description), message->text());

    // Unsaved: in words beside the buttons and as a mark with a tooltip on the tab.
    QCOMPARE(find<QLabel>(profile, QStringLiteral("profileStateLabel"))->text(), QStringLiteral("Unsaved changes"));
    const int index = m_demo.tabs()->indexOf(profile);
    QVERIFY2(m_demo.tabs()->tabText(index).endsWith(QLatin1Char('*')), qPrintable(m_demo.tabs()->tabText(index)));
    QCOMPARE(m_demo.tabs()->tabToolTip(index), QStringLiteral("Unsaved changes"));
    audit(m_demo.window(), QStringLiteral("record: profile with an error"));
}

void TestAccessibility::newYoungPerson()
{
    m_demo.openRecord();
    m_demo.window()->workArea()->newYoungPerson();
    QVERIFY(find<QWidget>(m_demo.record(), QStringLiteral("profileTab"))->isVisible());
    audit(m_demo.window(), QStringLiteral("new young person"));
}

void TestAccessibility::safetyPlan()
{
    auto* plan = qobject_cast<ui::SafetyPlanEditor*>(m_demo.openTab("safetyPlanEditor"));
    QVERIFY(plan);
    plan->setConfirmHook([](const QString&) { return true; });
    audit(m_demo.window(), QStringLiteral("record: safety plan (active, read only)"));

    click(plan, QStringLiteral("newVersionButton"));
    QVERIFY(find<QAbstractButton>(plan, QStringLiteral("saveButton"))->isVisible());
    audit(m_demo.window(), QStringLiteral("record: safety plan (a new draft version)"));

    // A red/amber/green rating is a word in the list, never a colour alone.
    bool sawRating = false;
    for (QComboBox* combo : plan->findChildren<QComboBox*>()) {
        if (!combo->objectName().startsWith(QLatin1String("ratingCombo_")) || combo->currentIndex() <= 0)
            continue;
        sawRating = true;
        QVERIFY2(!combo->currentText().trimmed().isEmpty(), qPrintable(describe(combo)));
    }
    QVERIFY2(sawRating, "the demo plan has no rated places to look at");

    // An adult not to be contacted is marked in words wherever a plan offers them.
    bool sawDoNotContact = false;
    for (QComboBox* combo : plan->findChildren<QComboBox*>()) {
        if (!combo->objectName().startsWith(QLatin1String("adultCombo_")))
            continue;
        for (int i = 0; i < combo->count(); ++i)
            sawDoNotContact = sawDoNotContact || combo->itemText(i).contains(QLatin1String("DO NOT CONTACT"));
    }
    QVERIFY2(sawDoNotContact, "no adult in the plan's list is marked DO NOT CONTACT");

    // Unsaved in words.
    auto* section = find<QWidget>(plan, QStringLiteral("section_warning_sign"));
    click(section, QStringLiteral("addButton"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Fictional sign"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY2(find<QLabel>(plan, QStringLiteral("stateLabel"))->text().contains(QLatin1String("Unsaved")),
             qPrintable(find<QLabel>(plan, QStringLiteral("stateLabel"))->text()));
}

void TestAccessibility::planHistory()
{
    auto* plan = m_demo.openTab("safetyPlanEditor");
    QVERIFY(plan);
    click(plan, QStringLiteral("historyButton"));
    auto* dialog = find<QDialog>(plan, QStringLiteral("planHistoryDialog"));
    QVERIFY(dialog && dialog->isVisible());
    audit(dialog, QStringLiteral("safety plan history"));
    dialog->close();
}

void TestAccessibility::trustedAdults()
{
    auto* adults = m_demo.openTab("trustedAdultsTab");
    QVERIFY(adults);
    audit(m_demo.window(), QStringLiteral("record: trusted adults"));

    // The adult not to be contacted: words in the list, and a banner in words in the editor.
    auto* list = find<QTableView>(adults, QStringLiteral("trustedAdultsList"));
    int doNotContactRow = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        for (int column = 0; column < list->model()->columnCount(); ++column) {
            if (list->model()->index(row, column).data().toString().contains(QLatin1String("DO NOT CONTACT"),
                                                                             Qt::CaseInsensitive))
                doNotContactRow = row;
        }
    }
    QVERIFY2(doNotContactRow >= 0, "no adult in the list says DO NOT CONTACT in words");
    QVERIFY(!list->model()->index(doNotContactRow, 0).data(Qt::ToolTipRole).toString().isEmpty());
    list->setCurrentIndex(list->model()->index(doNotContactRow, 0));
    click(adults, QStringLiteral("editAdultButton"));
    auto* banner = find<QLabel>(adults, QStringLiteral("adultDoNotContactBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("DO NOT CONTACT"), Qt::CaseInsensitive), qPrintable(banner->text()));
    audit(m_demo.window(), QStringLiteral("record: editing a trusted adult"));
    click(adults, QStringLiteral("cancelAdultButton"));

    click(adults, QStringLiteral("addAdultButton"));
    audit(m_demo.window(), QStringLiteral("record: a new trusted adult"));
    click(adults, QStringLiteral("cancelAdultButton"));

    click(adults, QStringLiteral("linkAdultButton"));
    QTest::keyClicks(find<QLineEdit>(adults, QStringLiteral("adultSearchEdit")), QStringLiteral("a"));
    audit(m_demo.window(), QStringLiteral("record: linking an existing adult"));
}

void TestAccessibility::contacts()
{
    QVERIFY(m_demo.openTab("contactsTab"));
    audit(m_demo.window(), QStringLiteral("record: contacts"));
    // Whether the next contact is overdue is said in words.
    const QString due = find<QLabel>(m_demo.record(), QStringLiteral("nextContactDueLabel"))->text();
    QVERIFY2(due.startsWith(QLatin1String("Next contact")) || due.startsWith(QLatin1String("No next")), qPrintable(due));
}

void TestAccessibility::episodes()
{
    auto* episodes = m_demo.openTab("episodesTab");
    QVERIFY(episodes);
    audit(m_demo.window(), QStringLiteral("record: episodes"));

    auto* kind = find<QComboBox>(episodes, QStringLiteral("episodeKindCombo"));
    QVERIFY(kind);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        click(episodes, QStringLiteral("addEpisodeButton"));
        audit(m_demo.window(), QStringLiteral("record: a new episode: %1").arg(kind->itemText(i)));
        click(episodes, QStringLiteral("cancelEpisodeButton"));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
