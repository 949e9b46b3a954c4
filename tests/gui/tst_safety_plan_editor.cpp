// Drives the safety plan editor offscreen through its widgets, by object name: write and
// activate a plan, make and activate a second version, see what changed, undo and redo, keep a
// draft across a lost editor, and print both forms to PDF. With TRELLIS_SCREENSHOT_DIR set it
// also saves record-safety-plan.png and record-plan-history.png (run under xvfb-run at 1366x768).
#include "GuiTestSupport.h"
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "forms/RecordForm.h"
#include "plan/PlanHistoryView.h"
#include "plan/SafetyPlanEditor.h"
#include "plan/SectionEditor.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordRepository.h"
#include "store/SafetyPlanStore.h"

#include <QApplication>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QString kActor = QStringLiteral("demo.worker01");

template <typename T> T* child(QObject* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

ui::SectionEditor* section(ui::SafetyPlanEditor& editor, const char* name)
{
    return child<ui::SectionEditor>(&editor, QStringLiteral("section_") + QString::fromLatin1(name));
}

void click(QObject* parent, const char* name)
{
    auto* button = child<QPushButton>(parent, QString::fromLatin1(name));
    QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeHeader(ui::SafetyPlanEditor& editor, const char* field, const QString& text)
{
    QLineEdit* line = lineEditOf(editor.headerForm()->editor(QString::fromLatin1(field)));
    QVERIFY2(line, field);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Tab);
}

// Types into whatever has focus (the cell editor the section opened) and commits with Enter.
void typeInFocus(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
    QTest::keyClick(focus, Qt::Key_Return);
    QCoreApplication::processEvents(); // the item view commits a typed value on the next turn of the loop
}

void addItem(ui::SafetyPlanEditor& editor, const char* name, const QString& text)
{
    click(section(editor, name), "addButton");
    typeInFocus(text);
}

void editCell(ui::SectionEditor* sectionEditor, int row, int column, const QString& text)
{
    QTableWidget* table = sectionEditor->table();
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    typeInFocus(text);
}

// Every item model the editor shows runs under QAbstractItemModelTester for as long as it lives:
// each section's item table, the combo boxes inside it, and the version list of the history.
void watchModels(QWidget* root)
{
    QList<QAbstractItemModel*> models;
    for (auto* view : root->findChildren<QAbstractItemView*>())
        models << view->model();
    for (auto* combo : root->findChildren<QComboBox*>())
        models << combo->model();
    for (QAbstractItemModel* model : std::as_const(models)) {
        if (model && !model->findChild<QAbstractItemModelTester*>())
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }
}

QStringList texts(const ui::SectionEditor* sectionEditor)
{
    QStringList found;
    for (const Record& item : sectionEditor->items())
        found << item.text(QStringLiteral("text"));
    return found;
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

void screenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name)));
}

} // namespace

class TestSafetyPlanEditor : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writeActivateAndVersionAPlan();
    void draftSurvivesALostEditor();

private:
    std::unique_ptr<ui::SafetyPlanEditor> makeEditor();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QString m_person;
    QString m_adult;
    QString m_barred;
};

void TestSafetyPlanEditor::init()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 20;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM young_person WHERE id NOT IN "
                                             "(SELECT young_person_id FROM safety_plan) ORDER BY id LIMIT 1"));
    QVERIFY(stmt.ok() && stmt.value()->next());
    m_person = stmt.value()->text(0);

    // Two fictional adults: one to trust, one the young person must be kept from.
    RecordRepository repository(*m_db);
    const auto addAdult = [&](const QString& given, const QString& family, bool barred) {
        Record adult(Entities::get(entity::TrustedAdult));
        adult.set(QStringLiteral("given_name"), given);
        adult.set(QStringLiteral("family_name"), family);
        adult.set(QStringLiteral("relationship"), barred ? QStringLiteral("Uncle") : QStringLiteral("Aunt"));
        adult.set(QStringLiteral("phone_primary"), barred ? QStringLiteral("+447700900999")
                                                          : QStringLiteral("+447700900123"));
        adult.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
        if (barred) {
            adult.set(QStringLiteral("do_not_contact"), true);
            adult.set(QStringLiteral("do_not_contact_reason"), QStringLiteral("Fictional: court order"));
        }
        adult.stampNew(kActor, m_clock->now());
        Record link(Entities::get(entity::TrustedAdultLink));
        link.set(QStringLiteral("young_person_id"), m_person);
        link.set(QStringLiteral("trusted_adult_id"), adult.id());
        link.set(QStringLiteral("role"), QStringLiteral("trusted_adult"));
        link.stampNew(kActor, m_clock->now());
        if (!repository.insert(adult).ok() || !repository.insert(link).ok())
            return QString();
        return adult.id();
    };
    m_barred = addAdult(QStringLiteral("Barnaby"), QStringLiteral("Axelrod"), true);
    m_adult = addAdult(QStringLiteral("Marigold"), QStringLiteral("Fernsby"), false);
    QVERIFY(!m_adult.isEmpty() && !m_barred.isEmpty());
}

void TestSafetyPlanEditor::cleanup()
{
    m_db.reset();
    m_store.reset();
}

std::unique_ptr<ui::SafetyPlanEditor> TestSafetyPlanEditor::makeEditor()
{
    auto editor = std::make_unique<ui::SafetyPlanEditor>(*m_db, *m_clock, kActor);
    editor->setConfirmHook([](const QString&) { return true; });
    editor->resize(1366, 768);
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qWarning("editor not exposed");
    return editor;
}

void TestSafetyPlanEditor::writeActivateAndVersionAPlan()
{
    auto editorOwner = makeEditor();
    ui::SafetyPlanEditor& editor = *editorOwner;
    // The testers go before the editor: Qt's list and table models announce a reset while they
    // are being destroyed, which a tester still watching would read half torn down.
    const auto dropTesters = qScopeGuard([&] { qDeleteAll(editor.findChildren<QAbstractItemModelTester*>()); });
    QVERIFY(editor.load(m_person));
    watchModels(&editor);
    auto* versionLabel = child<QLabel>(&editor, QStringLiteral("versionLabel"));
    auto* stateLabel = child<QLabel>(&editor, QStringLiteral("stateLabel"));
    QVERIFY(versionLabel->text().contains(QStringLiteral("Version 1")));
    QVERIFY(!editor.hasUnsavedChanges());

    typeHeader(editor, "code_word", QStringLiteral("pineapple"));
    QVERIFY(editor.hasUnsavedChanges());
    QVERIFY(stateLabel->text().contains(QStringLiteral("Unsaved")));
    addItem(editor, "warning_sign", QStringLiteral("Staying out past ten"));
    addItem(editor, "warning_sign", QStringLiteral("Phone going all night"));
    QCOMPARE(texts(section(editor, "warning_sign")),
             (QStringList{QStringLiteral("Staying out past ten"), QStringLiteral("Phone going all night")}));
    addItem(editor, "unsafe", QStringLiteral("Underpass by the fictional retail park"));
    auto* rating = child<QComboBox>(section(editor, "unsafe"), QStringLiteral("ratingCombo_0"));
    QVERIFY(rating);
    rating->setFocus();
    QTest::keyClick(rating, Qt::Key_Down);
    QCOMPARE(rating->currentText(), QStringLiteral("✖ Red")); // symbol and word, never colour alone
    QCOMPARE(section(editor, "unsafe")->items()[0].text(QStringLiteral("rating")), QStringLiteral("red"));
    addItem(editor, "safe_place", QStringLiteral("Library on the high street"));
    addItem(editor, "coping", QStringLiteral("Music with headphones"));

    click(section(editor, "trusted_adult"), "addButton");
    watchModels(&editor);
    auto* adultCombo = child<QComboBox>(section(editor, "trusted_adult"), QStringLiteral("adultCombo_0"));
    QVERIFY(adultCombo);
    const int barredIndex = adultCombo->findData(m_barred);
    QVERIFY(adultCombo->itemText(barredIndex).contains(QStringLiteral("DO NOT CONTACT")));
    QVERIFY(!qobject_cast<QStandardItemModel*>(adultCombo->model())->item(barredIndex)->isEnabled());
    adultCombo->setFocus();
    // Down walks the list and skips the adult who cannot be picked.
    for (int i = 0; i < adultCombo->count() && adultCombo->currentData().toString() != m_adult; ++i) {
        QTest::keyClick(adultCombo, Qt::Key_Down);
        QVERIFY(adultCombo->currentData().toString() != m_barred);
    }
    QCOMPARE(section(editor, "trusted_adult")->items()[0].text(QStringLiteral("trusted_adult_id")), m_adult);

    addItem(editor, "action", QStringLiteral("Ask school about a later bus pass"));
    editCell(section(editor, "action"), 0, 1, QStringLiteral("Case manager"));
    editCell(section(editor, "action"), 0, 2, QStringLiteral("10/12/2026"));
    QCOMPARE(section(editor, "action")->items()[0].date(QStringLiteral("due_date")), QDate(2026, 12, 10));

    // Activation needs a review date: without one it says so and nothing is stored as active.
    click(&editor, "activateButton");
    QVERIFY(child<QLabel>(&editor, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("review date")));
    typeHeader(editor, "review_date", QStringLiteral("15/01/2027"));
    click(&editor, "saveButton");
    QVERIFY2(!editor.hasUnsavedChanges(), qPrintable(child<QLabel>(&editor, QStringLiteral("messageLabel"))->text()));
    QVERIFY(stateLabel->text().contains(QStringLiteral("saved")));
    click(&editor, "activateButton");
    QVERIFY(versionLabel->text().contains(QStringLiteral("Active")));
    QVERIFY(editor.isReadOnly());
    QVERIFY(!section(editor, "warning_sign")->findChild<QPushButton*>(QStringLiteral("addButton"))->isVisible());

    // A second version: a draft copy, reordered by keyboard, re-rated, one item removed.
    click(&editor, "newVersionButton");
    watchModels(&editor);
    QVERIFY(versionLabel->text().contains(QStringLiteral("Version 2")));
    QVERIFY(!editor.isReadOnly());
    ui::SectionEditor* signs = section(editor, "warning_sign");
    QCOMPARE(signs->items().size(), 2);
    signs->setCurrentRow(1);
    signs->table()->setFocus();
    QTest::keyClick(signs->table(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(texts(signs), (QStringList{QStringLiteral("Phone going all night"), QStringLiteral("Staying out past ten")}));
    QTest::keyClick(signs->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(texts(signs), (QStringList{QStringLiteral("Staying out past ten"), QStringLiteral("Phone going all night")}));
    QVERIFY(!editor.hasUnsavedChanges());
    QTest::keyClick(signs->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(texts(signs), (QStringList{QStringLiteral("Phone going all night"), QStringLiteral("Staying out past ten")}));
    QVERIFY(editor.hasUnsavedChanges());

    auto* rating2 = child<QComboBox>(section(editor, "unsafe"), QStringLiteral("ratingCombo_0"));
    rating2->setFocus();
    QTest::keyClick(rating2, Qt::Key_Down);
    QCOMPARE(rating2->currentText(), QStringLiteral("▲ Amber"));
    ui::SectionEditor* coping = section(editor, "coping");
    coping->setCurrentRow(0);
    click(coping, "removeButton");
    QVERIFY(coping->items().isEmpty());
    screenshot(&editor, "record-safety-plan.png");

    click(&editor, "activateButton"); // saves first, then activates
    QVERIFY(versionLabel->text().contains(QStringLiteral("Version 2")));
    QVERIFY(versionLabel->text().contains(QStringLiteral("Active")));

    // Both versions are kept, version 1 with its items as they were.
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    const auto versions = plans.versions(m_person).value();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].status(), QStringLiteral("active"));
    QCOMPARE(versions[1].status(), QStringLiteral("superseded"));
    QCOMPARE(versions[1].section(QStringLiteral("coping")).size(), 1);
    QCOMPARE(versions[1].section(QStringLiteral("unsafe"))[0].text(QStringLiteral("rating")), QStringLiteral("red"));
    QCOMPARE(versions[0].section(QStringLiteral("unsafe"))[0].text(QStringLiteral("rating")), QStringLiteral("amber"));

    click(&editor, "historyButton");
    ui::PlanHistoryView* history = editor.historyView();
    QVERIFY(history && history->isVisible());
    watchModels(history);
    history->selectRows({0, 1});
    const QString diff = history->diffText();
    QVERIFY2(diff.contains(QStringLiteral("What changed from version 1 to version 2")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("moved “Phone going all night” from place 2 to place 1")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("rating changed from ✖ Red to ▲ Amber")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("removed “Music with headphones”")), qPrintable(diff));
    auto* dialog = qobject_cast<QDialog*>(history->parentWidget());
    dialog->resize(1366, 768);
    screenshot(dialog, "record-plan-history.png");
    dialog->close();

    // Print both forms to PDF through the file-name hook; the card says only what it must.
    QTemporaryDir out;
    QString next;
    editor.setFileNameHook([&](const QString&, const QString&) { return next; });
    const qint64 printsBefore = [&] {
        auto count = m_db->scalar("SELECT count(*) FROM audit_event WHERE action = 'print'");
        return count.ok() ? count.value().toLongLong() : -1;
    }();
    next = out.filePath(QStringLiteral("plan.pdf"));
    click(&editor, "savePlanPdfButton");
    next = out.filePath(QStringLiteral("card.pdf"));
    click(&editor, "saveCardPdfButton");
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("plan.pdf"))));
    const QString card = pdfText(out.filePath(QStringLiteral("card.pdf")));
    QVERIFY2(card.contains(QStringLiteral("pineapple")), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Childline 0800 1111")), qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("Marigold")), qPrintable(card));
    QVERIFY(!card.contains(QStringLiteral("Barnaby")));
    const QString plan = pdfText(out.filePath(QStringLiteral("plan.pdf")));
    QVERIFY2(plan.contains(QStringLiteral("Underpass by the fictional retail park")), qPrintable(plan));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_event WHERE action = 'print'").value().toLongLong(),
             printsBefore + 2);
}

void TestSafetyPlanEditor::draftSurvivesALostEditor()
{
    QString key;
    {
        auto editor = makeEditor();
        QVERIFY(editor->load(m_person));
        key = editor->draftKey();
        typeHeader(*editor, "code_word", QStringLiteral("lighthouse"));
        addItem(*editor, "safe_place", QStringLiteral("Youth club on Friday"));
        QTRY_VERIFY(DraftStore(*m_db).load(key).value().has_value());
        QTRY_VERIFY(DraftStore(*m_db).load(key).value()->value(QStringLiteral("items")).toArray().size() == 1);
    } // destroyed without saving, as a crash or a kill would leave it

    auto editor = makeEditor();
    QVERIFY(editor->load(m_person));
    auto* message = child<QLabel>(editor.get(), QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("restored")));
    QVERIFY(editor->hasUnsavedChanges());
    QCOMPARE(lineEditOf(editor->headerForm()->editor(QStringLiteral("code_word")))->text(), QStringLiteral("lighthouse"));
    QCOMPARE(texts(section(*editor, "safe_place")), QStringList{QStringLiteral("Youth club on Friday")});

    // Restored changes are ordinary edits: undo takes them back one at a time, redo puts them back.
    editor->undoStack()->undo();
    QVERIFY(texts(section(*editor, "safe_place")).isEmpty());
    editor->undoStack()->redo();
    QCOMPARE(texts(section(*editor, "safe_place")), QStringList{QStringLiteral("Youth club on Friday")});

    click(editor.get(), "saveButton");
    QVERIFY(!editor->hasUnsavedChanges());
    QVERIFY(!DraftStore(*m_db).load(key).value().has_value());
    const auto versions = SafetyPlanStore(*m_db, *m_clock, kActor).versions(m_person).value();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0].plan.text(QStringLiteral("code_word")), QStringLiteral("lighthouse"));
}

QTEST_MAIN(TestSafetyPlanEditor)
#include "tst_safety_plan_editor.moc"
