// Switching Trellis to Welsh changes what a worker reads: the main window's menus and lock screen,
// the record editor (tab names, a field's label, a validation message) and the supervisor's
// dashboard (tab names, a column header); and English comes back with the English setting. Runs a
// real MainWindow on a real encrypted store seeded with a small fictional team (as tst_dashboard).
// The Welsh it expects is the handful of strings translations/README.md lists as checked by tests.
#include "TestStore.h"

#include "CaseloadModel.h"
#include "KpiTeamCaseloadModel.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "WorkArea.h"
#include "dashboard/DashboardTab.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoSeeder.h"
#include "record/RecordText.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "settings/Translations.h"
#include "sync/WorkerRole.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;
using settings::Language;

namespace {

const QString kPassphrase = QStringLiteral("purple-otter-lantern-42");
const QDate kToday(2026, 11, 26);

template <typename T> T* child(QObject* scope, const char* name)
{
    auto* found = scope ? scope->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

// What the window shows in each language, source and translation side by side.
struct Words {
    QString fileMenu, lockAction, unlockButton, lockedTitle;
    QString profileTab, contactsTab, dateOfBirthLabel, futureMessage;
    QString teamTab, overdueTab, leadWorkerHeader;
};

const Words kEnglish{QStringLiteral("&File"),         QStringLiteral("&Lock"),
                     QStringLiteral("&Unlock"),       QStringLiteral("Trellis is locked"),
                     QStringLiteral("&Profile"),      QStringLiteral("C&ontacts"),
                     QStringLiteral("Date of birth"), QStringLiteral("cannot be in the future"),
                     QStringLiteral("Team caseload"), QStringLiteral("Overdue work"),
                     QStringLiteral("Lead worker")};
const Words kWelsh{QStringLiteral("&Ffeil"),
                   QStringLiteral("&Cloi"),
                   QStringLiteral("&Datgloi"),
                   QStringLiteral("Mae Trellis wedi\u2019i gloi"),
                   QStringLiteral("&Proffil"),
                   QStringLiteral("Cy&sylltiadau"),
                   QStringLiteral("Dyddiad geni"),
                   QStringLiteral("ni all fod yn y dyfodol"),
                   QStringLiteral("Llwyth achosion y t\u00eem"),
                   QStringLiteral("Gwaith hwyr"),
                   QStringLiteral("Gweithiwr arweiniol")};

// The visible one: a language switch while locked leaves the old lock screen until deleteLater runs.
template <typename T> T* shown(QObject* scope, const char* name)
{
    for (T* found : scope->findChildren<T*>(QString::fromLatin1(name)))
        if (found->isVisible())
            return found;
    qWarning("no visible child named %s", name);
    return nullptr;
}

// A pseudo-translation: every text that goes through tr() comes out between ⟦ and ⟧, so a text on
// screen without them was never offered for translation.
class MarkingTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return source && *source ? QStringLiteral("\u27e6%1\u27e7").arg(QString::fromUtf8(source)) : QString();
    }
    bool isEmpty() const override { return false; }
};

bool marked(const QString& text)
{
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    return !letters.match(text).hasMatch() || text.contains(QChar(0x27e6));
}

QString pathOf(const QObject* object)
{
    QStringList names;
    for (; object; object = object->parent())
        if (!object->objectName().isEmpty())
            names.prepend(object->objectName());
    return names.join(QLatin1Char('/'));
}

// Every visible button, tab, field label, menu action and table header under `root` whose text
// was not offered for translation. Record content is not looked at: labels other than a form's
// field labels, cells and line edits hold the fictional store's data.
int checkedTexts = 0; // how many texts the pseudo-translation test looked at

QStringList unmarkedTexts(QWidget* root)
{
    QStringList unmarked;
    auto check = [&unmarked](const QObject* where, const QString& what, const QString& text) {
        ++checkedTexts;
        if (!marked(text))
            unmarked << QStringLiteral("%1 %2: \"%3\"").arg(pathOf(where), what, text);
    };
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        // The language choice names the language in its own words ("English (UK)", "Cymraeg").
        if (button->isVisible() && button->objectName() != QLatin1String("languageButton"))
            check(button, QStringLiteral("button"), button->text());
    for (const QTabWidget* tabs : root->findChildren<QTabWidget*>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs, QStringLiteral("tab"), tabs->tabText(i));
    for (const QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisible() && label->buddy())
            check(label, QStringLiteral("label"), label->text());
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        const auto* table = qobject_cast<const QTableView*>(view);
        const auto* tree = qobject_cast<const QTreeView*>(view);
        const bool headerShown =
            (table && table->horizontalHeader()->isVisible()) || (tree && tree->header()->isVisible());
        if (!view->isVisible() || !headerShown || !view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            check(view, QStringLiteral("header"), view->model()->headerData(c, Qt::Horizontal).toString());
    }
    return unmarked;
}

QStringList unmarkedActions(QMenuBar* bar)
{
    QStringList unmarked;
    for (QAction* menuAction : bar->actions()) {
        if (!marked(menuAction->text()))
            unmarked << QStringLiteral("menu \"%1\"").arg(menuAction->text());
        if (!menuAction->menu())
            continue;
        for (QAction* action : menuAction->menu()->actions()) {
            const bool languageName = action->objectName() == QLatin1String("languageEnglishAction") ||
                                      action->objectName() == QLatin1String("languageWelshAction");
            if (!action->isSeparator() && !languageName && !marked(action->text()))
                unmarked << QStringLiteral("action %1: \"%2\"").arg(action->objectName(), action->text());
        }
    }
    return unmarked;
}

bool anyLabelSays(QWidget* scope, const QString& text)
{
    for (const QLabel* label : scope->findChildren<QLabel*>())
        if (label->isVisibleTo(scope) && label->text().contains(text))
            return true;
    return false;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void welshChangesTheWindowTheRecordEditorAndTheDashboard();
    void englishComesBackWithTheEnglishSetting();
    void theLockScreenSwitchesAtOnce();
    void aSwitchWhileUnlockedWaitsForTheLockAndKeepsTheEdit();
    void everyTextOnTheMainScreensIsOfferedForTranslation();

private:
    void openWindow();
    void unlock();
    void checkEverything(const Words& words);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestTranslation::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrellisTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
}

void TestTranslation::init()
{
    m_store = std::make_unique<TestStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto db = m_store->create();
    QVERIFY(db);
    demo::DemoSeeder::Options options;
    options.cases = 30;
    options.seed = 7;
    options.workers = 3;
    options.today = kToday;
    const auto report = demo::DemoSeeder(*db, options).run();
    QVERIFY2(report.ok, qPrintable(report.failure));
    QVERIFY(sync::WorkerRole(*db).save({QStringLiteral("supervisor"), QStringLiteral("Demo Team 1")}).ok());
}

void TestTranslation::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_clock.reset();
    m_store.reset();
    settings::Preferences::setLanguage(Language::EnglishUk);
    settings::Translations::install(Language::EnglishUk);
}

void TestTranslation::openWindow()
{
    m_session = std::make_unique<Session>(m_store->path(), *m_clock, QStringLiteral("demo.worker01"));
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTranslation::unlock()
{
    auto* edit = shown<QLineEdit>(m_window.get(), "passphraseEdit");
    QVERIFY(edit);
    QTest::keyClicks(edit, kPassphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->workArea());
}

void TestTranslation::checkEverything(const Words& words)
{
    // Locked: the lock screen and the menus.
    auto* fileMenu = child<QMenu>(m_window.get(), "fileMenu");
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), words.fileMenu);
    QCOMPARE(child<QAction>(m_window.get(), "lockAction")->text(), words.lockAction);
    QCOMPARE(shown<QPushButton>(m_window.get(), "unlockButton")->text(), words.unlockButton);
    QVERIFY2(anyLabelSays(shown<QWidget>(m_window.get(), "lockScreen"), words.lockedTitle),
             qPrintable(words.lockedTitle));

    unlock();
    if (QTest::currentTestFailed())
        return;

    // The dashboard (a supervisor's): tab names and the team caseload's first column header.
    auto* action = m_window->dashboardAction();
    QVERIFY(action && action->isVisible() && action->isEnabled());
    action->trigger();
    auto* dashboard = m_window->workArea()->dashboardView();
    QVERIFY(dashboard && m_window->workArea()->isShowingDashboard());
    QCOMPARE(dashboard->tabs()->tabText(0), words.teamTab);
    QCOMPARE(dashboard->tabs()->tabText(1), words.overdueTab);
    auto* team = dashboard->tab(ui::DashboardCharts::TeamCaseload)->model();
    QCOMPARE(team->headerData(KpiTeamCaseloadModel::WorkerColumn, Qt::Horizontal).toString(), words.leadWorkerHeader);

    // The record editor: its tabs, a field's label and a validation message as the worker types.
    auto* db = m_session->database();
    const QString id =
        scalar(*db, QStringLiteral("SELECT id FROM young_person WHERE status = 'open' ORDER BY reference LIMIT 1"))
            .toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_window->workArea()->openRecord(id));
    auto* tabs = child<QTabWidget>(m_window.get(), "recordTabs");
    QVERIFY(tabs);
    QStringList tabNames;
    for (int i = 0; i < tabs->count(); ++i)
        tabNames << tabs->tabText(i);
    QCOMPARE(tabNames.first(), words.profileTab);
    QVERIFY2(tabNames.contains(words.contactsTab), qPrintable(tabNames.join(QLatin1String(", "))));
    auto* profile = child<QWidget>(m_window.get(), "profileTab");
    // The form gives each label a mnemonic and a colon: "Date &of birth:".
    const QString label = child<QLabel>(profile, "date_of_birthLabel")->text().remove(QLatin1Char('&'));
    QVERIFY2(label.startsWith(words.dateOfBirthLabel), qPrintable(label));
    // Alt+letter on a field label must not be a letter the menus or the record's tabs take in this
    // language (Welsh "&Cysoni" takes C, English "&Sync" S): the menu or tab would win.
    const auto altLetter = [](const QString& text) {
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        return at < 0 ? QChar() : text.at(at + 1).toLower();
    };
    QSet<QChar> taken;
    for (const QAction* menu : m_window->menuBar()->actions())
        taken.insert(altLetter(menu->text()));
    for (const QString& name : std::as_const(tabNames))
        taken.insert(altLetter(name));
    taken.remove(QChar());
    QVERIFY(taken.size() >= 6);
    int labelsChecked = 0;
    for (const QLabel* fieldLabel : profile->findChildren<QLabel*>()) {
        if (!fieldLabel->buddy() || !fieldLabel->isVisibleTo(profile))
            continue;
        ++labelsChecked;
        const QChar letter = altLetter(fieldLabel->text());
        QVERIFY2(letter.isNull() || !taken.contains(letter),
                 qPrintable(QStringLiteral("%1 takes Alt+%2 from a menu or tab").arg(fieldLabel->text(), letter)));
    }
    QVERIFY(labelsChecked > 10);
    auto* dob = child<QLineEdit>(profile, "date_of_birth");
    QVERIFY(dob);
    dob->setFocus(Qt::OtherFocusReason);
    dob->selectAll();
    QTest::keyClicks(dob, QStringLiteral("01/01/2030"));
    QTest::keyClick(dob, Qt::Key_Return);
    auto* message = child<QLabel>(profile, "date_of_birthError");
    QVERIFY(message);
    QTRY_VERIFY2(message->text().contains(words.futureMessage), qPrintable(message->text()));
    QVERIFY2(message->text().contains(words.dateOfBirthLabel), qPrintable(message->text()));
}

void TestTranslation::welshChangesTheWindowTheRecordEditorAndTheDashboard()
{
    settings::Preferences::setLanguage(Language::Welsh);
    QCOMPARE(settings::Translations::installFromPreferences(), QStringLiteral("cy"));
    openWindow();
    checkEverything(kWelsh);
    // Dates in words follow the language too (QLocale's default).
    QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QStringLiteral("MMMM")), QStringLiteral("Tachwedd"));
    // ...including the record's dates ("Next contact due 28 Tach 2026"), which are otherwise UK English.
    QVERIFY2(ui::RecordText::date(QDate(2026, 11, 28)).contains(QStringLiteral("Tach")),
             qPrintable(ui::RecordText::date(QDate(2026, 11, 28))));
    QVERIFY2(CaseloadModel::dateInWords(QDate(2026, 11, 28)).contains(QStringLiteral("Tach")),
             qPrintable(CaseloadModel::dateInWords(QDate(2026, 11, 28))));
}

void TestTranslation::englishComesBackWithTheEnglishSetting()
{
    settings::Preferences::setLanguage(Language::Welsh);
    settings::Translations::installFromPreferences();
    settings::Preferences::setLanguage(Language::EnglishUk);
    QCOMPARE(settings::Translations::installFromPreferences(), QStringLiteral("en_GB"));
    openWindow();
    checkEverything(kEnglish);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QStringLiteral("MMMM")), QStringLiteral("November"));
    QCOMPARE(ui::RecordText::date(QDate(2026, 11, 28)), QStringLiteral("28 Nov 2026"));
}

void TestTranslation::theLockScreenSwitchesAtOnce()
{
    settings::Preferences::setLanguage(Language::EnglishUk);
    settings::Translations::installFromPreferences();
    openWindow();
    QCOMPARE(shown<QPushButton>(m_window.get(), "unlockButton")->text(), kEnglish.unlockButton);
    // A worker who reads only Welsh chooses "Cymraeg" on the lock screen, by keyboard: the button's
    // menu opens with Space, Down moves to the choice, Return takes it.
    auto* button = child<QPushButton>(shown<QWidget>(m_window.get(), "lockScreen"), "languageButton");
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("English (UK)"));
    auto* welsh = child<QAction>(button, "languageWelshChoice");
    QVERIFY(welsh);
    QCOMPARE(welsh->text(), QStringLiteral("Cymraeg"));
    button->setFocus(Qt::OtherFocusReason);
    QTimer::singleShot(0, button, [button] {
        QMenu* menu = button->menu();
        QTRY_VERIFY(menu->isVisible());
        menu->setActiveAction(menu->actions().at(1)); // English (UK), the language in use
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(settings::Preferences::language(), Language::Welsh);
    // The lock screen is made again in Welsh at once, and so are the menus.
    QTRY_COMPARE(shown<QPushButton>(m_window.get(), "unlockButton")->text(), kWelsh.unlockButton);
    QCOMPARE(child<QMenu>(m_window.get(), "fileMenu")->title(), kWelsh.fileMenu);
    QCOMPARE(child<QAction>(m_window.get(), "lockAction")->text(), kWelsh.lockAction);
    // The keyboard stays on the choice, on the new screen.
    // (The window's own focus child: offscreen, the closed menu leaves no window active.)
    QTRY_COMPARE(m_window->focusWidget() ? m_window->focusWidget()->objectName() : QString(),
                 QStringLiteral("languageButton"));
    QVERIFY(m_window->focusWidget()->isVisible());
    QCOMPARE(shown<QPushButton>(m_window.get(), "languageButton")->text(), QStringLiteral("Cymraeg"));
    unlock();
    QVERIFY(m_window->workArea());
}

void TestTranslation::aSwitchWhileUnlockedWaitsForTheLockAndKeepsTheEdit()
{
    settings::Preferences::setLanguage(Language::EnglishUk);
    settings::Translations::installFromPreferences();
    openWindow();
    unlock();
    auto* db = m_session->database();
    const QString id =
        scalar(*db, QStringLiteral("SELECT id FROM young_person WHERE status = 'open' ORDER BY reference LIMIT 1"))
            .toString();
    QVERIFY(m_window->workArea()->openRecord(id));
    auto* profile = child<QWidget>(m_window.get(), "profileTab");
    auto* preferred = child<QLineEdit>(profile, "preferred_name");
    QVERIFY(preferred);
    preferred->setFocus(Qt::OtherFocusReason);
    preferred->selectAll();
    QTest::keyClicks(preferred, QStringLiteral("Pip"));
    QTest::keyClick(preferred, Qt::Key_Return);
    QVERIFY(m_window->workArea()->recordView()->hasUnsavedChanges());

    // Choosing Cymraeg from the menu changes nothing on screen yet, and says when it will.
    child<QAction>(m_window.get(), "languageWelshAction")->trigger();
    QCOMPARE(settings::Preferences::language(), Language::Welsh);
    QCOMPARE(child<QTabWidget>(m_window.get(), "recordTabs")->tabText(0).remove(QLatin1Char('*')).trimmed(),
             kEnglish.profileTab);
    QCOMPARE(child<QMenu>(m_window.get(), "fileMenu")->title(), kEnglish.fileMenu);
    QVERIFY(child<QLabel>(m_window.get(), "windowStatusLabel")->text().contains(QLatin1String("datgloi")));
    QCOMPARE(preferred->text(), QStringLiteral("Pip"));

    // Locking applies it: the lock screen is Welsh; unlocking brings the edit back, in Welsh.
    m_session->lock();
    QVERIFY(!m_session->isUnlocked());
    QCOMPARE(shown<QPushButton>(m_window.get(), "unlockButton")->text(), kWelsh.unlockButton);
    QCOMPARE(child<QMenu>(m_window.get(), "fileMenu")->title(), kWelsh.fileMenu);
    unlock();
    auto* tabs = child<QTabWidget>(m_window.get(), "recordTabs");
    QVERIFY(tabs);
    QVERIFY2(tabs->tabText(0).contains(kWelsh.profileTab), qPrintable(tabs->tabText(0)));
    QTRY_COMPARE(child<QLineEdit>(child<QWidget>(m_window.get(), "profileTab"), "preferred_name")->text(),
                 QStringLiteral("Pip"));
}

void TestTranslation::everyTextOnTheMainScreensIsOfferedForTranslation()
{
    // The check itself: a button made without tr() is caught, one made with it is not.
    {
        QWidget scratch;
        auto* plain = new QPushButton(QStringLiteral("Plain English"), &scratch); // notr: the test's bad example
        scratch.show();
        QCOMPARE(unmarkedTexts(&scratch).size(), 1);
        MarkingTranslator probe;
        QCoreApplication::installTranslator(&probe);
        plain->setText(QCoreApplication::translate("Probe", "Plain English"));
        QCOMPARE(unmarkedTexts(&scratch).size(), 0);
        QCoreApplication::removeTranslator(&probe);
    }
    checkedTexts = 0;
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking); // asked before Trellis's own: the last installed wins
    openWindow();
    QStringList unmarked = unmarkedActions(m_window->menuBar());
    unmarked += unmarkedTexts(shown<QWidget>(m_window.get(), "lockScreen"));
    unlock();
    unmarked += unmarkedTexts(m_window->workArea()); // the caseload
    auto* action = m_window->dashboardAction();
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dashboard = m_window->workArea()->dashboardView();
    QVERIFY(dashboard);
    QVERIFY(QTest::qWaitFor([dashboard] { return !dashboard->isLoading(); }, 20000));
    for (int i = 0; i < dashboard->tabs()->count(); ++i) {
        dashboard->tabs()->setCurrentIndex(i);
        unmarked += unmarkedTexts(dashboard);
    }
    const QString id =
        scalar(*m_session->database(),
               QStringLiteral("SELECT id FROM young_person WHERE status = 'open' ORDER BY reference LIMIT 1"))
            .toString();
    QVERIFY(m_window->workArea()->openRecord(id));
    auto* tabs = child<QTabWidget>(m_window.get(), "recordTabs");
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        unmarked += unmarkedTexts(m_window->workArea()->recordView());
    }
    unmarked += unmarkedActions(m_window->menuBar());
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(checkedTexts > 60, qPrintable(QString::number(checkedTexts))); // it looked at the screens
    unmarked.removeDuplicates();
    for (const QString& line : std::as_const(unmarked))
        qWarning("%s", qPrintable(line));
    QVERIFY2(unmarked.isEmpty(), qPrintable(QStringLiteral("%1 texts on screen were never offered for translation "
                                                           "(listed above)")
                                                .arg(unmarked.size())));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
