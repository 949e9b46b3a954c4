// docs/user-guide.md must be true of the program. The guide writes what a worker clicks or presses
// in fixed forms, and this test checks each against a real MainWindow, unlocked as a supervisor
// (so the Caseload menu and the dashboard exist) on a fictional demo store:
//   - every image it shows is in docs/screenshots/, and every docs/screenshots/guide-*.png is shown;
//   - bold text with " › " is a menu path (**Sync › Sync now**): it must be in the menu bar, with
//     Qt's & removed;
//   - other bold text is a button's exact text (**Save contact**), unless it ends with a full stop
//     (a lead-in such as **Offline for days.**): some button of the screens opened must say it;
//   - the "Keyboard shortcuts" table ties each action to its keys; each row is checked against the
//     action's own shortcut or by pressing the keys and seeing the effect, and every key named
//     anywhere in the guide (`Ctrl+…`, `Alt+…`, `F5`) must be a row of that table.
// aMadeUpGuideIsFlagged shows each check failing on a guide that names what does not exist.
#include "TestStore.h"

#include "CaseloadModel.h"
#include "MainWindow.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "forms/RecordForm.h"
#include "plan/SafetyPlanEditor.h"
#include "plan/SectionEditor.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "sync/ConnectionSettingsDialog.h"
#include "sync/ReallocationAction.h"
#include "sync/SyncDetailDialog.h"
#include "sync/WorkerRole.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kPassphrase = QStringLiteral("purple-otter-lantern-42");

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

QString portable(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::PortableText);
}

// What the guide says, in its fixed forms.
struct GuideText {
    QStringList images;                              // screenshots/x.png
    QStringList menuPaths;                           // "Sync › Sync now"
    QStringList buttons;                             // "Save contact"
    QStringList keys;                                // every `Ctrl+…`, `Alt+…` or `F5` anywhere
    QList<std::pair<QString, QString>> shortcutRows; // action words, keys

    static GuideText parse(const QString& markdown)
    {
        GuideText guide;
        static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
        for (const auto& m : image.globalMatch(markdown))
            guide.images << m.captured(1);
        static const QRegularExpression bold(QStringLiteral(R"(\*\*([^*\n]+)\*\*)"));
        for (const auto& m : bold.globalMatch(markdown)) {
            const QString text = m.captured(1).trimmed();
            if (text.contains(QStringLiteral(" › ")))
                guide.menuPaths << text;
            else if (!text.endsWith(QLatin1Char('.')))
                guide.buttons << text;
        }
        static const QRegularExpression code(QStringLiteral("`([^`\n]+)`"));
        static const QRegularExpression keyLike(QStringLiteral(R"(^((Ctrl|Alt|Shift|Meta)\+)+\S+$|^F\d{1,2}$)"));
        for (const auto& m : code.globalMatch(markdown)) {
            if (keyLike.match(m.captured(1)).hasMatch())
                guide.keys << m.captured(1);
        }
        const qsizetype start = markdown.indexOf(QStringLiteral("\n## Keyboard shortcuts"));
        if (start >= 0) {
            const qsizetype end = markdown.indexOf(QStringLiteral("\n## "), start + 1);
            const QString table = markdown.mid(start, end < 0 ? -1 : end - start);
            static const QRegularExpression row(QStringLiteral(R"(^\|\s*([^|]+?)\s*\|\s*`([^`]+)`\s*\|\s*$)"),
                                                QRegularExpression::MultilineOption);
            for (const auto& m : row.globalMatch(table))
                guide.shortcutRows.append({m.captured(1), m.captured(2)});
        }
        return guide;
    }
};

// How one row of the shortcut table is checked: true when `keys` do what the row says.
using KeyCheck = std::function<bool(const QKeySequence& keys)>;

QStringList imageProblems(const GuideText& guide, const QDir& docs)
{
    QStringList problems;
    QSet<QString> shown;
    for (const QString& image : guide.images) {
        shown << QFileInfo(image).fileName();
        if (!image.startsWith(QLatin1String("screenshots/")) || !QFile::exists(docs.filePath(image)))
            problems << QStringLiteral("image %1 is not in docs/screenshots/").arg(image);
    }
    const QDir shots(docs.filePath(QStringLiteral("screenshots")));
    for (const QString& file : shots.entryList({QStringLiteral("guide-*.png")}, QDir::Files)) {
        if (!shown.contains(file))
            problems << QStringLiteral("docs/screenshots/%1 is not shown in the guide").arg(file);
    }
    return problems;
}

QStringList menuProblems(const GuideText& guide, const QStringList& menuPaths)
{
    QStringList problems;
    for (const QString& path : guide.menuPaths) {
        if (!menuPaths.contains(path))
            problems << QStringLiteral("menu path **%1** is not in the menu bar").arg(path);
    }
    return problems;
}

QStringList buttonProblems(const GuideText& guide, const QSet<QString>& buttons)
{
    QStringList problems;
    for (const QString& button : guide.buttons) {
        if (!buttons.contains(button))
            problems << QStringLiteral("no button says **%1**").arg(button);
    }
    return problems;
}

QStringList shortcutProblems(const GuideText& guide, const QMap<QString, KeyCheck>& checks)
{
    QStringList problems;
    QSet<QString> tabled;
    if (guide.shortcutRows.isEmpty())
        problems << QStringLiteral("no \"Keyboard shortcuts\" table");
    for (const auto& [action, keys] : guide.shortcutRows) {
        tabled << keys;
        const QKeySequence sequence = QKeySequence::fromString(keys, QKeySequence::PortableText);
        if (sequence.isEmpty() || portable(sequence) != keys)
            problems << QStringLiteral("\"%1\": `%2` is not a key Qt knows").arg(action, keys);
        else if (!checks.contains(action))
            problems << QStringLiteral("\"%1\": this test does not know how to check that action").arg(action);
        else if (!checks.value(action)(sequence))
            problems << QStringLiteral("\"%1\" is not `%2` in the program").arg(action, keys);
    }
    for (const QString& keys : guide.keys) {
        if (!tabled.contains(keys))
            problems << QStringLiteral("`%1` is named but not in the shortcut table").arg(keys);
    }
    return problems;
}

} // namespace

class TestUserGuide : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void imagesExistAndAreShown();
    void menuPathsAreInTheMenuBar();
    void buttonsExist();
    void shortcutsDoWhatTheGuideSays();
    void aMadeUpGuideIsFlagged();

private:
    QStringList menuBarPaths() const;
    QSet<QString> buttonTexts();
    QMap<QString, KeyCheck> keyChecks();
    void press(const QKeySequence& keys, QWidget* target);

    QDir m_docs;
    QString m_guide;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<Session> m_firstRunSession;
    std::unique_ptr<ui::MainWindow> m_firstRun;
};

void TestUserGuide::initTestCase()
{
    m_docs = QDir(qEnvironmentVariable("TRELLIS_SOURCE_DIR") + QStringLiteral("/docs"));
    QFile file(m_docs.filePath(QStringLiteral("user-guide.md")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_guide = QString::fromUtf8(file.readAll());

    m_store = std::make_unique<TestStore>();
    {
        auto db = m_store->create();
        QVERIFY(db);
        demo::DemoSeeder::Options options;
        options.cases = 30;
        options.today = QDate(2026, 11, 26);
        QVERIFY(demo::DemoSeeder(*db, options).run().ok);
        // As the central store last said: a supervisor, who has every menu a caseworker has and more.
        QVERIFY(sync::WorkerRole(*db).save({QStringLiteral("supervisor"), QStringLiteral("Demo Team 1")}).ok());
    }
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    m_session = std::make_unique<Session>(m_store->path(), *m_clock, QStringLiteral("demo.worker01"));
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, kPassphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->workArea());
    // Nothing is typed here, but a question would stop the test: leave without asking.
    m_window->workArea()->recordView()->setLeaveAsker([] { return ui::RecordView::LeaveAnswer::Discard; });
    m_window->workArea()->setPlanLeaveAsker([] { return std::optional<bool>(false); });

    // The first-run page, for "Create my store": a window on a store that does not exist yet.
    m_firstRunSession = std::make_unique<Session>(QDir(m_store->dirPath()).filePath(QStringLiteral("none-yet.trellis")),
                                                  *m_clock, QStringLiteral("demo.worker02"));
    m_firstRun = std::make_unique<ui::MainWindow>(*m_firstRunSession);
}

void TestUserGuide::cleanupTestCase()
{
    m_firstRun.reset();
    m_firstRunSession.reset();
    m_window.reset();
    m_session.reset();
}

QStringList TestUserGuide::menuBarPaths() const
{
    QStringList paths;
    for (QAction* top : m_window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction* item : top->menu()->actions()) {
            if (!item->isSeparator())
                paths << withoutMnemonic(top->text()) + QStringLiteral(" › ") + withoutMnemonic(item->text());
        }
    }
    return paths;
}

QSet<QString> TestUserGuide::buttonTexts()
{
    // Open what the guide shows: the dashboard, Sync details (with its conflict and rejected-change
    // pages) and the connection settings; the record tabs and plan editor exist from unlock.
    m_window->dashboardAction()->trigger();
    m_window->showSyncDetails();
    m_window->showConnectionSettings();
    QSet<QString> texts;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            texts << withoutMnemonic(button->text());
    }
    if (auto* details = m_window->syncDetails())
        details->close();
    if (auto* settings = m_window->connectionSettings())
        settings->close();
    m_window->workArea()->showCaseload();
    return texts;
}

void TestUserGuide::press(const QKeySequence& keys, QWidget* target)
{
    // As a worker would: the window active, the focus where they are, then the keys.
    // (A dialog closed just before may take the activation with it on the next turn of the loop.)
    QWidget* window = m_window.get();
    const bool active = QTest::qWaitFor([window] {
        QApplication::setActiveWindow(window);
        return QApplication::activeWindow() == window;
    });
    if (!active)
        qWarning("the main window did not become active");
    target->setFocus(Qt::OtherFocusReason);
    QTest::keySequence(target, keys); // a shortcut acts at once
}

QMap<QString, KeyCheck> TestUserGuide::keyChecks()
{
    ui::MainWindow* window = m_window.get();
    ui::WorkArea* work = window->workArea();
    const auto actionKeys = [window](const char* name) {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        return action ? action->shortcut() : QKeySequence();
    };
    // A QShortcut in `owner` (or a widget inside it) answering to `keys`.
    const auto hasShortcut = [](QObject* owner, const QKeySequence& keys) {
        if (!owner)
            return false;
        const auto shortcuts = owner->findChildren<QShortcut*>();
        return std::ranges::any_of(shortcuts, [&keys](const QShortcut* s) { return s->key() == keys; });
    };
    const auto tab = [window](const char* name) { return window->findChild<QWidget*>(QString::fromLatin1(name)); };
    auto* plan = window->findChild<ui::SafetyPlanEditor*>(QStringLiteral("safetyPlanEditor"));
    auto* coping = plan ? plan->findChild<ui::SectionEditor*>(QStringLiteral("section_coping")) : nullptr;
    const auto sectionMove = [coping, hasShortcut](const char* button, const QKeySequence& keys) {
        // The button's tooltip tells the worker the keys; the section's list must answer to them.
        auto* moveButton = coping ? coping->findChild<QAbstractButton*>(QString::fromLatin1(button)) : nullptr;
        return moveButton && moveButton->toolTip() == portable(keys) && hasShortcut(coping->table(), keys);
    };

    QMap<QString, KeyCheck> checks;
    checks.insert(QStringLiteral("Lock Trellis"), [=](const QKeySequence& k) { return actionKeys("lockAction") == k; });
    checks.insert(QStringLiteral("Sync now"),
                  [=](const QKeySequence& k) { return window->syncNowAction()->shortcut() == k; });
    checks.insert(QStringLiteral("Search the caseload"), [=, this](const QKeySequence& k) {
        work->showCaseload();
        press(k, work->caseloadView()->table());
        return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String("searchEdit");
    });
    checks.insert(QStringLiteral("New young person"), [=, this](const QKeySequence& k) {
        work->showCaseload();
        press(k, work->caseloadView()->table());
        auto* name = work->recordView()->findChild<QLabel*>(QStringLiteral("headerName"));
        const bool started =
            work->recordView()->isVisible() && name && name->text() == QLatin1String("New young person");
        work->showCaseload();
        return started;
    });
    checks.insert(QStringLiteral("Back to the caseload"), [=](const QKeySequence& k) {
        auto* back = window->findChild<QAbstractButton*>(QStringLiteral("backToCaseloadButton"));
        return back && back->shortcut() == k;
    });
    checks.insert(QStringLiteral("Save the profile, an adult or an episode"), [=](const QKeySequence& k) {
        return hasShortcut(tab("profileTab"), k) && hasShortcut(tab("trustedAdultsTab"), k) &&
               hasShortcut(tab("episodesTab"), k);
    });
    checks.insert(QStringLiteral("Save a contact"),
                  [=](const QKeySequence& k) { return hasShortcut(tab("contactsTab"), k); });
    checks.insert(QStringLiteral("Save the safety plan"), [=](const QKeySequence& k) {
        auto* save = plan ? plan->findChild<QAction*>(QStringLiteral("saveAction")) : nullptr;
        return save && save->shortcut() == k;
    });
    // A record tab's Alt letter is the mnemonic in its title ("C&ontacts").
    const auto tabKeys = [window](const QString& title) {
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (QString(tabs->tabText(i)).remove(QLatin1Char('&')) == title)
                return QKeySequence::mnemonic(tabs->tabText(i));
        }
        return QKeySequence();
    };
    checks.insert(QStringLiteral("Go to the Contacts tab"),
                  [=](const QKeySequence& k) { return tabKeys(QStringLiteral("Contacts")) == k; });
    checks.insert(QStringLiteral("Go to the Safety plan tab"),
                  [=](const QKeySequence& k) { return tabKeys(QStringLiteral("Safety plan")) == k; });
    checks.insert(QStringLiteral("Undo"), [=](const QKeySequence& k) { return actionKeys("undoAction") == k; });
    checks.insert(QStringLiteral("Redo"), [=](const QKeySequence& k) { return actionKeys("redoAction") == k; });
    checks.insert(QStringLiteral("Move a plan item up"),
                  [=](const QKeySequence& k) { return sectionMove("upButton", k); });
    checks.insert(QStringLiteral("Move a plan item down"),
                  [=](const QKeySequence& k) { return sectionMove("downButton", k); });
    checks.insert(QStringLiteral("Edit the selected plan item"), [=](const QKeySequence& k) {
        // F2 is the platform's edit key, which an item view takes when EditKeyPressed is on: it is,
        // in a section of a plan that may be changed (a draft).
        if (!coping || k != QKeySequence(Qt::Key_F2))
            return false;
        const bool wasReadOnly = coping->table()->editTriggers() == QAbstractItemView::NoEditTriggers;
        coping->setReadOnly(false);
        const bool edits = coping->table()->editTriggers().testFlag(QAbstractItemView::EditKeyPressed);
        coping->setReadOnly(wasReadOnly);
        return edits;
    });
    checks.insert(QStringLiteral("Open a calendar in a date field"), [=, this](const QKeySequence& k) {
        // Press the keys in the contact form's "next contact due" date and see a calendar open.
        auto* contacts = tab("contactsTab");
        auto* form = contacts ? contacts->findChild<ui::RecordForm*>(QStringLiteral("contactForm")) : nullptr;
        // The form's editor for a date is the line edit the worker types in, inside the date input.
        auto* line = form ? qobject_cast<QLineEdit*>(form->editor(QStringLiteral("next_contact_due"))) : nullptr;
        QWidget* date = line ? line->parentWidget() : nullptr;
        const QAbstractItemModel* caseload = work->caseloadView()->table()->model();
        if (!line || caseload->rowCount() == 0 ||
            !work->openRecord(caseload->index(0, 0).data(CaseloadModel::IdRole).toString()))
            return false;
        window->findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentWidget(contacts);
        press(k, line);
        const auto calendars = date->findChildren<QCalendarWidget*>();
        const bool shown = std::ranges::any_of(calendars, [](const QCalendarWidget* c) { return c->isVisible(); });
        for (QCalendarWidget* calendar : calendars)
            calendar->window()->hide();
        work->showCaseload();
        return shown;
    });
    checks.insert(QStringLiteral("Open the dashboard (supervisors)"),
                  [=](const QKeySequence& k) { return window->dashboardAction()->shortcut() == k; });
    checks.insert(QStringLiteral("Move a young person to another worker (supervisors)"),
                  [=](const QKeySequence& k) { return window->reallocation()->action()->shortcut() == k; });
    return checks;
}

void TestUserGuide::imagesExistAndAreShown()
{
    const QStringList problems = imageProblems(GuideText::parse(m_guide), m_docs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(GuideText::parse(m_guide).images.size() >= 8);
}

void TestUserGuide::menuPathsAreInTheMenuBar()
{
    const GuideText guide = GuideText::parse(m_guide);
    QVERIFY(guide.menuPaths.size() >= 5);
    const QStringList problems = menuProblems(guide, menuBarPaths());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestUserGuide::buttonsExist()
{
    const GuideText guide = GuideText::parse(m_guide);
    QVERIFY(guide.buttons.size() >= 10);
    const QStringList problems = buttonProblems(guide, buttonTexts());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestUserGuide::shortcutsDoWhatTheGuideSays()
{
    const GuideText guide = GuideText::parse(m_guide);
    QVERIFY(guide.shortcutRows.size() >= 10);
    const QStringList problems = shortcutProblems(guide, keyChecks());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestUserGuide::aMadeUpGuideIsFlagged()
{
    const QString madeUp =
        QStringLiteral("Choose **File › Export everything**, then press the **Delete all** button.\n"
                       "**Sync now** is fine, **Sync › Sync now** too, and **A lead-in.** is not a button.\n"
                       "![Nowhere](screenshots/guide-made-up.png)\n"
                       "Press `Ctrl+K` to do something.\n\n"
                       "## Keyboard shortcuts\n\n"
                       "| Action | Keys |\n| --- | --- |\n"
                       "| Sync now | `F6` |\n| Lock Trellis | `Ctrl+L` |\n| Make tea | `Ctrl+T` |\n");
    const GuideText guide = GuideText::parse(madeUp);
    QCOMPARE(guide.menuPaths,
             (QStringList{QStringLiteral("File › Export everything"), QStringLiteral("Sync › Sync now")}));
    QCOMPARE(menuProblems(guide, menuBarPaths()),
             QStringList{QStringLiteral("menu path **File › Export everything** is not in the menu bar")});
    QCOMPARE(buttonProblems(guide, buttonTexts()), QStringList{QStringLiteral("no button says **Delete all**")});
    QVERIFY(imageProblems(guide, m_docs)
                .contains(QStringLiteral("image screenshots/guide-made-up.png is not in docs/screenshots/")));
    QCOMPARE(shortcutProblems(guide, keyChecks()),
             (QStringList{QStringLiteral("\"Sync now\" is not `F6` in the program"),
                          QStringLiteral("\"Make tea\": this test does not know how to check that action"),
                          QStringLiteral("`Ctrl+K` is named but not in the shortcut table")}));
}

QTEST_MAIN(TestUserGuide)
#include "tst_user_guide.moc"
