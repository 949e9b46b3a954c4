// A caseworker's whole day in one test, through the real main window offscreen, by object names:
// create a store on first run; add a young person (an invalid then a valid date of birth); add a
// trusted adult (an invalid then a valid phone number); write and activate a safety plan, then a
// second version, and check both are kept; log a contact from the keyboard; print both forms of
// the plan to PDF and read them back with pdftotext; leave it idle until it locks and check that
// no widget still holds record text; unlock and come back to the same record and tab.
// Every name, number and place here is fictional.
#include "GuiTestSupport.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "forms/RecordForm.h"
#include "plan/SafetyPlanEditor.h"
#include "plan/SectionEditor.h"
#include "record/ContactListModel.h"
#include "record/ContactsTab.h"
#include "record/ProfileTab.h"
#include "record/RecordHeader.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "store/SafetyPlanStore.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <optional>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kPassphrase = QStringLiteral("four little fictional words");
const QString kActor = QStringLiteral("demo.worker01");
const QString kGiven = QStringLiteral("Peregrine");
const QString kFamily = QStringLiteral("Quillfeather");
const QString kReference = QStringLiteral("YJ-FLOW-0001");
const QString kCodeWord = QStringLiteral("pineapple");

QDateTime start()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

template <typename T> T* child(QObject* scope, const QString& name)
{
    auto* found = scope ? scope->findChild<T*>(name) : nullptr;
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

template <typename T> T* child(QObject* scope, const char* name)
{
    return child<T>(scope, QString::fromLatin1(name));
}

void click(QObject* scope, const char* name)
{
    auto* button = child<QPushButton>(scope, name);
    QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clears a line edit and types into it, ending the edit with Return as leaving the field does.
void retype(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit && edit->isVisible() && edit->isEnabled());
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void retype(QWidget* scope, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(scope, field);
    QVERIFY2(edit, field);
    retype(edit, text);
}

void choose(QWidget* scope, const char* field, const QString& value)
{
    auto* combo = child<QComboBox>(scope, field);
    QVERIFY2(combo && combo->isVisible(), field);
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, field);
    combo->setCurrentIndex(index);
}

// The message shown beside a field ("<field>Error"), or empty when none is visible.
QString messageOf(QWidget* scope, const char* field)
{
    const auto* label = scope->findChild<QLabel*>(QString::fromLatin1(field) + QStringLiteral("Error"));
    return label && label->isVisibleTo(scope) ? label->text() : QString();
}

// Clicks a record tab's title in the tab bar, as the worker would.
void clickTab(QTabWidget* tabs, const char* page)
{
    QVERIFY(tabs);
    const int index = tabs->indexOf(child<QWidget>(tabs, page));
    QVERIFY2(index >= 0 && tabs->isTabVisible(index), page);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void typeHeader(ui::SafetyPlanEditor& editor, const char* field, const QString& text)
{
    QLineEdit* line = lineEditOf(editor.headerForm()->editor(QString::fromLatin1(field)));
    QVERIFY2(line && line->isVisible(), field);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Tab);
}

// Adds an item to a plan section and types its text into the cell editor the section opens.
void addPlanItem(ui::SafetyPlanEditor& editor, const char* section, const QString& text)
{
    auto* sectionEditor = child<ui::SectionEditor>(&editor, QStringLiteral("section_") + QString::fromLatin1(section));
    QVERIFY2(sectionEditor, section);
    click(sectionEditor, "addButton");
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, section);
    QTest::keyClicks(focus, text);
    QTest::keyClick(focus, Qt::Key_Return);
    QCoreApplication::processEvents(); // the item view commits a typed value on the next turn of the loop
}

QString pdfText(const QString& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

void addModelText(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const Qt::ItemDataRole role : {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::AccessibleTextRole})
                out << index.data(role).toString();
            if (column == 0 && model->hasChildren(index))
                addModelText(model, index, out);
        }
    }
}

// Every piece of text any widget of the application holds (not only what is visible), and every
// item model's contents, so a hidden page or a leftover model cannot keep a record on screen.
QString allWidgetText(QWidget& window)
{
    QStringList out;
    for (QWidget* widget : QApplication::allWidgets()) {
        out << widget->windowTitle() << widget->toolTip() << widget->accessibleName()
            << widget->accessibleDescription();
        if (auto* label = qobject_cast<QLabel*>(widget))
            out << label->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            out << edit->text() << edit->placeholderText();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            out << plain->toPlainText();
        else if (auto* rich = qobject_cast<QTextEdit*>(widget))
            out << rich->toPlainText();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            out << button->text();
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            addModelText(combo->model(), {}, out);
        else if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            addModelText(view->model(), {}, out);
    }
    for (const QAbstractItemModel* model : window.findChildren<QAbstractItemModel*>())
        addModelText(model, {}, out);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestCaseworkerFlow : public QObject {
    Q_OBJECT
private slots:
    void wholeDayFromFirstRunToUnlock();
};

void TestCaseworkerFlow::wholeDayFromFirstRunToUnlock()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the printed plan back");

    TestStore store;
    ManualClock clock(start());
    Session session(store.path(), clock, kActor);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // First run: a store is created with the passphrase typed twice.
    QVERIFY(!session.storeExists());
    auto* newPassphrase = child<QLineEdit>(&window, "newPassphraseEdit");
    auto* confirmPassphrase = child<QLineEdit>(&window, "confirmPassphraseEdit");
    auto* create = child<QPushButton>(&window, "createStoreButton");
    QVERIFY(newPassphrase && confirmPassphrase && create && create->isVisible());
    newPassphrase->setFocus();
    QTest::keyClicks(newPassphrase, kPassphrase);
    confirmPassphrase->setFocus();
    QTest::keyClicks(confirmPassphrase, kPassphrase);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(session.isUnlocked());
    QVERIFY(window.workArea());
    Database& db = *session.database();

    ui::WorkArea* work = window.workArea();
    ui::RecordView* record = work->recordView();
    ui::SafetyPlanEditor* plan = work->safetyPlanEditor();
    // Nothing in this flow leaves a record with unsaved work: a question here is a failure, not a dialog.
    int leaveQuestions = 0;
    record->setLeaveAsker([&] {
        ++leaveQuestions;
        return ui::RecordView::LeaveAnswer::Cancel;
    });
    work->setPlanLeaveAsker([&]() -> std::optional<bool> {
        ++leaveQuestions;
        return std::nullopt;
    });
    plan->setConfirmHook([](const QString&) { return true; }); // activation and the unencrypted-PDF warning

    // Ctrl+N from the caseload starts a new young person: only the profile until it is saved.
    auto* search = child<QLineEdit>(work->caseloadView(), "searchEdit");
    QVERIFY(search && search->isVisible());
    search->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(record->isVisible());
    QVERIFY(record->profileTab()->isNew());
    auto* tabs = child<QTabWidget>(record, "recordTabs");
    QVERIFY(tabs);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(record, "contactsTab"))));

    auto* profile = child<QWidget>(record, "profileTab");
    QVERIFY(profile && profile->isVisible());
    retype(profile, "reference", kReference);
    retype(profile, "given_name", kGiven);
    retype(profile, "family_name", kFamily);
    for (const auto& [field, value] :
         std::initializer_list<std::pair<const char*, const char*>>{{"gender", "not_stated"},
                                                                    {"ethnicity", "not_stated"},
                                                                    {"status", "open"},
                                                                    {"ete_status", "school"},
                                                                    {"send_status", "none"},
                                                                    {"care_status", "none"},
                                                                    {"suitable_accommodation", "yes"},
                                                                    {"safety_wellbeing", "medium"},
                                                                    {"risk_serious_harm", "low"},
                                                                    {"reoffending_likelihood", "low"}})
        choose(profile, field, QString::fromLatin1(value));

    // 31 February: the message shows beside the field as it is typed, and nothing is saved.
    retype(profile, "date_of_birth", QStringLiteral("31/02/2011"));
    QVERIFY2(messageOf(profile, "date_of_birth").startsWith(QStringLiteral("Error:")),
             qPrintable(messageOf(profile, "date_of_birth")));
    click(profile, "saveProfileButton");
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM young_person WHERE reference = ?1"), {kReference}), 0);
    QVERIFY(record->hasUnsavedChanges());

    retype(profile, "date_of_birth", QStringLiteral("14/03/2011"));
    QCOMPARE(messageOf(profile, "date_of_birth"), QString());
    // Saved from the keyboard.
    auto* dateOfBirth = child<QLineEdit>(profile, "date_of_birth");
    QTest::keyClick(dateOfBirth, Qt::Key_S, Qt::ControlModifier);
    const QString id = record->youngPersonId();
    QVERIFY2(!id.isEmpty() && !record->hasUnsavedChanges(),
             qPrintable(child<QLabel>(profile, "profileMessageLabel")->text()));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT given_name || ' ' || family_name || ' ' || date_of_birth FROM "
                                   "young_person WHERE id = ?1"),
                    {id})
                 .toString(),
             kGiven + QLatin1Char(' ') + kFamily + QStringLiteral(" 2011-03-14"));
    QVERIFY(record->header()->text().contains(kGiven + QLatin1Char(' ') + kFamily));

    // A trusted adult: "12ab" is refused beside the field, a UK number is stored in E.164.
    clickTab(tabs, "trustedAdultsTab");
    auto* adults = child<QWidget>(record, "trustedAdultsTab");
    click(adults, "addAdultButton");
    auto* adultForm = child<QWidget>(adults, "adultForm");
    QVERIFY(adultForm && adultForm->isVisible());
    retype(adultForm, "given_name", QStringLiteral("Marigold"));
    retype(adultForm, "family_name", QStringLiteral("Examplewood"));
    retype(adultForm, "relationship", QStringLiteral("Youth club mentor"));
    choose(adults, "adultRoleCombo", QStringLiteral("trusted_adult"));
    retype(adultForm, "phone_primary", QStringLiteral("12ab"));
    QVERIFY2(messageOf(adultForm, "phone_primary").startsWith(QStringLiteral("Error:")),
             qPrintable(messageOf(adultForm, "phone_primary")));
    click(adults, "saveAdultButton");
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM trusted_adult WHERE family_name = 'Examplewood'")), 0);
    retype(adultForm, "phone_primary", QStringLiteral("020 7946 0123"));
    QCOMPARE(messageOf(adultForm, "phone_primary"), QString());
    click(adults, "saveAdultButton");
    QVERIFY2(!record->hasUnsavedChanges(), qPrintable(child<QLabel>(adults, "adultMessageLabel")->text()));
    const QString adultId =
        scalar(db, QStringLiteral("SELECT id FROM trusted_adult WHERE family_name = 'Examplewood'")).toString();
    QVERIFY(!adultId.isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT phone_primary FROM trusted_adult WHERE id = ?1"), {adultId}).toString(),
             QStringLiteral("+442079460123"));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM trusted_adult_link WHERE trusted_adult_id = ?1 AND "
                                  "young_person_id = ?2 AND deleted = 0"),
                   {adultId, id}),
             1);

    // A safety plan: written, given a review date, activated.
    clickTab(tabs, "safetyPlanEditor");
    QVERIFY(plan->isVisible());
    auto* versionLabel = child<QLabel>(plan, "versionLabel");
    QVERIFY(versionLabel->text().contains(QStringLiteral("Version 1")));
    typeHeader(*plan, "code_word", kCodeWord);
    addPlanItem(*plan, "warning_sign", QStringLiteral("Staying out past ten"));
    addPlanItem(*plan, "safe_place", QStringLiteral("Library on the fictional high street"));
    auto* adultSection = child<ui::SectionEditor>(plan, "section_trusted_adult");
    click(adultSection, "addButton");
    auto* adultCombo = child<QComboBox>(adultSection, "adultCombo_0");
    QVERIFY(adultCombo && adultCombo->findData(adultId) >= 0);
    adultCombo->setFocus();
    for (int i = 0; i < adultCombo->count() && adultCombo->currentData().toString() != adultId; ++i)
        QTest::keyClick(adultCombo, Qt::Key_Down);
    QCOMPARE(adultSection->items().size(), 1);
    QCOMPARE(adultSection->items().first().text(QStringLiteral("trusted_adult_id")), adultId);
    typeHeader(*plan, "review_date", QStringLiteral("15/01/2027"));
    click(plan, "activateButton"); // saves first, then activates
    QVERIFY2(versionLabel->text().contains(QStringLiteral("Active")),
             qPrintable(child<QLabel>(plan, "messageLabel")->text()));
    QVERIFY(plan->isReadOnly());

    // A second version, with one more way of coping, activated in its turn.
    click(plan, "newVersionButton");
    QVERIFY(versionLabel->text().contains(QStringLiteral("Version 2")));
    QVERIFY(!plan->isReadOnly());
    addPlanItem(*plan, "coping", QStringLiteral("Music with headphones"));
    click(plan, "activateButton");
    QVERIFY2(versionLabel->text().contains(QStringLiteral("Version 2")) &&
                 versionLabel->text().contains(QStringLiteral("Active")),
             qPrintable(child<QLabel>(plan, "messageLabel")->text()));
    {
        const auto versions = SafetyPlanStore(db, clock, kActor).versions(id);
        QVERIFY(versions.ok());
        QCOMPARE(versions.value().size(), 2);
        QCOMPARE(versions.value()[0].status(), QStringLiteral("active"));
        QCOMPARE(versions.value()[1].status(), QStringLiteral("superseded"));
        QCOMPARE(versions.value()[0].section(QStringLiteral("coping")).size(), 1);
        QCOMPARE(versions.value()[1].section(QStringLiteral("coping")).size(), 0);
        QCOMPARE(versions.value()[1].plan.text(QStringLiteral("code_word")), kCodeWord);
        QCOMPARE(versions.value()[1].section(QStringLiteral("warning_sign")).size(), 1);
        QCOMPARE(versions.value()[1].section(QStringLiteral("warning_sign")).first().text(QStringLiteral("text")),
                 QStringLiteral("Staying out past ten"));
    }

    // A contact logged with the keyboard alone: Tab from field to field, Ctrl+Enter to save.
    clickTab(tabs, "contactsTab");
    auto* contacts = record->contactsTab();
    const int contactsBefore = contacts->model()->rowCount();
    auto* occurredAt = child<QWidget>(contacts, "occurred_at");
    QVERIFY(occurredAt && occurredAt->isVisible());
    occurredAt->setFocus(Qt::TabFocusReason); // as Tab from the tab bar reaches the first field
    typeContactByKeyboard(QStringLiteral("Young person and mentor"),
                          QStringLiteral("Planned a visit to the fictional college."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(contacts->model()->rowCount() == contactsBefore + 1,
             qPrintable(child<QLabel>(contacts, "contactMessageLabel")->text()));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM contact WHERE young_person_id = ?1 AND kind = 'office' AND "
                                  "summary = 'Planned a visit to the fictional college.'"),
                   {id}),
             1);
    QVERIFY(!record->hasUnsavedChanges());

    // Both printed forms, to PDF through the editor's file-name hook; the card says only what it must.
    clickTab(tabs, "safetyPlanEditor");
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString next;
    plan->setFileNameHook([&](const QString&, const QString&) { return next; });
    next = out.filePath(QStringLiteral("plan.pdf"));
    click(plan, "savePlanPdfButton");
    next = out.filePath(QStringLiteral("card.pdf"));
    click(plan, "saveCardPdfButton");
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("plan.pdf"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("card.pdf"))));
    const QString planText = pdfText(out.filePath(QStringLiteral("plan.pdf")));
    QVERIFY2(planText.contains(QStringLiteral("Staying out past ten")), qPrintable(planText));
    QVERIFY2(planText.contains(QStringLiteral("Music with headphones")), qPrintable(planText)); // the active version
    QVERIFY2(planText.contains(QStringLiteral("Library on the fictional high street")), qPrintable(planText));
    const QString card = pdfText(out.filePath(QStringLiteral("card.pdf")));
    QVERIFY2(card.contains(kCodeWord), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Childline 0800 1111")), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Marigold")) && card.contains(QStringLiteral("020 7946 0123")),
             qPrintable(card));
    QVERIFY2(!card.contains(kGiven) && !card.contains(kFamily) && !card.contains(kReference), qPrintable(card));
    QVERIFY2(!card.contains(QStringLiteral("Examplewood")), qPrintable(card)); // a first name only
    QVERIFY2(!card.contains(QStringLiteral("Staying out past ten")), qPrintable(card));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'print'")), 2);

    // Left alone: after the idle minutes the window locks and nothing from the record is left anywhere.
    const int tabBeforeLock = record->currentTab();
    QCOMPARE(tabBeforeLock, tabs->indexOf(plan));
    QVERIFY(allWidgetText(window).contains(kFamily)); // the scan does see the record while it is open
    clock.advance(qint64(session.idleMonitor().minutes()) * 60 - 1);
    session.idleMonitor().check();
    QVERIFY(session.isUnlocked());
    clock.advance(1);
    session.idleMonitor().check();
    QVERIFY(!session.isUnlocked());
    QVERIFY(!window.workArea());
    QVERIFY(!window.findChild<ui::WorkArea*>());
    QVERIFY(!window.findChild<ui::RecordView*>());
    QVERIFY(!window.findChild<ui::SafetyPlanEditor*>());
    QVERIFY(window.findChildren<QTableView*>().isEmpty());
    QVERIFY(window.findChildren<QAbstractItemModel*>().isEmpty());
    QVERIFY(child<QLineEdit>(&window, "passphraseEdit")->isVisible());
    const QString left = allWidgetText(window);
    for (const QString& text :
         {kGiven, kFamily, kReference, kCodeWord, QStringLiteral("Examplewood"), QStringLiteral("Staying out past ten"),
          QStringLiteral("fictional college"), QStringLiteral("7946")})
        QVERIFY2(!left.contains(text), qPrintable(QStringLiteral("still held after locking: ") + text));
    QCOMPARE(leaveQuestions, 0);

    // Unlocking brings the worker back to the same record, on the same tab.
    auto* passphrase = child<QLineEdit>(&window, "passphraseEdit");
    passphrase->setFocus();
    QTest::keyClicks(passphrase, kPassphrase);
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(session.isUnlocked());
    QVERIFY(window.workArea());
    QCOMPARE(window.workArea()->place().youngPersonId, id);
    QCOMPARE(window.workArea()->place().tab, tabBeforeLock);
    ui::RecordView* reopened = window.workArea()->recordView();
    QVERIFY(reopened->isVisible());
    QCOMPARE(child<QTabWidget>(reopened, "recordTabs")->currentIndex(), tabBeforeLock);
    QVERIFY(reopened->header()->text().contains(kGiven + QLatin1Char(' ') + kFamily));
    QVERIFY(window.workArea()->safetyPlanEditor()->isVisible());
    const QString version = child<QLabel>(window.workArea()->safetyPlanEditor(), "versionLabel")->text();
    QVERIFY2(version.contains(QStringLiteral("Version 2")) && version.contains(QStringLiteral("Active")),
             qPrintable(version));
    QVERIFY(!reopened->hasUnsavedChanges());
}

QTEST_MAIN(TestCaseworkerFlow)
#include "tst_caseworker_flow.moc"
