#include "GuiTestSupport.h"
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/CaseClocks.h"
#include "domain/Entities.h"
#include "forms/RecordForm.h"
#include "record/ContactListModel.h"
#include "record/ContactsTab.h"
#include "record/EpisodeListModel.h"
#include "record/EpisodesTab.h"
#include "record/ProfileTab.h"
#include "record/RecordHeader.h"
#include "record/RecordText.h"
#include "record/RecordView.h"
#include "record/TrustedAdultModel.h"
#include "record/TrustedAdultsTab.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordWriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using trellis::ui::RecordView;

namespace {

const QString kActor = QStringLiteral("demo.worker01");
const QDate kToday(2026, 11, 26);

QDateTime start() { return QDateTime(kToday, QTime(9, 30), Qt::UTC); }

template <typename T> T* child(QWidget* scope, const char* name)
{
    auto* found = scope->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

void retype(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // ends the edit, as leaving the field does
}

void choose(QWidget* scope, const char* field, const QString& value)
{
    auto* combo = child<QComboBox>(scope, field);
    QVERIFY2(combo, field);
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, field);
    combo->setCurrentIndex(index);
}

QString messageOf(QWidget* scope, const char* field)
{
    const auto* label = scope->findChild<QLabel*>(QString::fromLatin1(field) + QStringLiteral("Error"));
    return label && label->isVisibleTo(scope) ? label->text() : QString();
}

// What the view says is wrong, for a failing test's message.
QString problemsShown(QWidget* scope)
{
    QStringList lines;
    for (const QLabel* label : scope->findChildren<QLabel*>()) {
        const QString text = label->text();
        if (label->isVisibleTo(scope) &&
            (text.startsWith(QLatin1String("Error")) || text.contains(QLatin1String("not saved")) ||
             text.contains(QLatin1String("Could not"))))
            lines << label->objectName() + QStringLiteral(": ") + text;
    }
    return lines.join(QLatin1Char('\n'));
}

int indexOfTab(RecordView& view, const char* name)
{
    auto* tabs = child<QTabWidget>(&view, "recordTabs");
    return tabs ? tabs->indexOf(child<QWidget>(&view, name)) : -1;
}

} // namespace

class TestRecordView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addYoungPersonWithInvalidThenValidDateOfBirth();
    void editUndoRedoSaveProfile();
    void addTrustedAdultChecksPhoneNumber();
    void linkExistingAdultToSibling();
    void doNotContactAdultIsFlagged();
    void logContactWithKeyboardOnly();
    void overdueReturnInterviewShowsInHeader();
    void addEpisodeShowsOnlyItsFields();
    void draftsSurviveADestroyedView();
    void confirmLeaveAsksAndHonoursAnswer();
    void screenshots();

private:
    std::unique_ptr<RecordView> makeView();
    QString personWithAdults(int minimum = 1);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

void TestRecordView::init()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 24;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_clock = std::make_unique<ManualClock>(start());
}

void TestRecordView::cleanup()
{
    m_db.reset();
    m_store.reset();
}

std::unique_ptr<RecordView> TestRecordView::makeView()
{
    auto view = std::make_unique<RecordView>(*m_db, *m_clock, kActor);
    view->resize(1366, 768);
    view->show();
    QApplication::setActiveWindow(view.get());
    if (!QTest::qWaitForWindowActive(view.get()))
        qWarning("record view did not become active");
    return view;
}

QString TestRecordView::personWithAdults(int minimum)
{
    return scalar(*m_db,
                  QStringLiteral("SELECT young_person_id FROM trusted_adult_link WHERE deleted = 0 "
                                 "GROUP BY young_person_id HAVING count(*) >= %1 ORDER BY young_person_id LIMIT 1")
                      .arg(minimum))
        .toString();
}

void TestRecordView::addYoungPersonWithInvalidThenValidDateOfBirth()
{
    auto view = makeView();
    view->startNew();
    auto* tabs = child<QTabWidget>(view.get(), "recordTabs");
    QVERIFY(tabs);
    QVERIFY(!tabs->isTabVisible(indexOfTab(*view, "contactsTab"))); // only the profile until saved
    auto* profile = child<QWidget>(view.get(), "profileTab");

    retype(child<QLineEdit>(profile, "reference"), QStringLiteral("YJ-T-0001"));
    retype(child<QLineEdit>(profile, "given_name"), QStringLiteral("Ashby"));
    retype(child<QLineEdit>(profile, "family_name"), QStringLiteral("Testperson"));
    for (const auto& [field, value] : std::initializer_list<std::pair<const char*, const char*>>{
             {"gender", "not_stated"},
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

    retype(child<QLineEdit>(profile, "date_of_birth"), QStringLiteral("31/02/2011"));
    QVERIFY2(messageOf(profile, "date_of_birth").startsWith(QStringLiteral("Error:")),
             qPrintable(messageOf(profile, "date_of_birth")));
    auto* save = child<QPushButton>(profile, "saveProfileButton");
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM young_person WHERE reference = 'YJ-T-0001'")), 0);
    QVERIFY(view->hasUnsavedChanges());

    retype(child<QLineEdit>(profile, "date_of_birth"), QStringLiteral("14/03/2011"));
    QCOMPARE(messageOf(profile, "date_of_birth"), QString());
    QSignalSpy saved(view.get(), &RecordView::recordSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(saved.count() == 1, qPrintable(problemsShown(view.get())));
    const QString id = view->youngPersonId();
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT date_of_birth FROM young_person WHERE id = ?1"), {id}).toString(),
             QStringLiteral("2011-03-14"));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {id}), 1);
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND "
                                  "entity = 'young_person' AND entity_id = ?1 AND actor = ?2"),
                   {id, kActor}),
             1);
    QVERIFY(!view->hasUnsavedChanges());
    QVERIFY(tabs->isTabVisible(indexOfTab(*view, "contactsTab")));
    QVERIFY(view->header()->text().contains(QStringLiteral("Ashby Testperson")));
    QVERIFY2(view->header()->text().contains(QStringLiteral("Age 15")), qPrintable(view->header()->text()));
}

void TestRecordView::editUndoRedoSaveProfile()
{
    const QString id = personWithAdults();
    auto view = makeView();
    QVERIFY(view->open(id));
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND entity_id = ?1"), {id}),
             1);
    auto* profile = child<QWidget>(view.get(), "profileTab");
    auto* tabs = child<QTabWidget>(view.get(), "recordTabs");
    auto* preferred = child<QLineEdit>(profile, "preferred_name");
    auto* state = child<QLabel>(profile, "profileStateLabel");
    QCOMPARE(state->text(), QStringLiteral("All changes saved"));

    retype(preferred, QStringLiteral("Jaybird"));
    QCOMPARE(state->text(), QStringLiteral("Unsaved changes"));
    QVERIFY(tabs->tabText(0).endsWith(QLatin1Char('*')));
    QTest::keyClick(preferred, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(preferred->text(), scalar(*m_db, QStringLiteral("SELECT coalesce(preferred_name, '') FROM young_person "
                                                             "WHERE id = ?1"),
                                       {id})
                                    .toString());
    QCOMPARE(state->text(), QStringLiteral("All changes saved"));
    QTest::keyClick(preferred, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(preferred->text(), QStringLiteral("Jaybird"));
    QCOMPARE(state->text(), QStringLiteral("Unsaved changes"));

    QTest::keyClick(preferred, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT preferred_name FROM young_person WHERE id = ?1"), {id}).toString(),
             QStringLiteral("Jaybird"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT updated_by FROM young_person WHERE id = ?1"), {id}).toString(),
             kActor);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {id}), 1);
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'update' AND entity_id = ?1"), {id}),
             1);
    QCOMPARE(state->text(), QStringLiteral("All changes saved"));
    QVERIFY(!tabs->tabText(0).contains(QLatin1Char('*')));
    QVERIFY(view->header()->text().contains(QStringLiteral("known as Jaybird")));
}

void TestRecordView::addTrustedAdultChecksPhoneNumber()
{
    const QString id = personWithAdults();
    auto view = makeView();
    auto* tab = view->trustedAdultsTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->open(id));
    const int before = tab->model()->rowCount();
    view->setCurrentTab(indexOfTab(*view, "trustedAdultsTab"));
    QTest::mouseClick(child<QPushButton>(tab, "addAdultButton"), Qt::LeftButton);
    auto* form = child<QWidget>(tab, "adultForm");
    QVERIFY(form && form->isVisible());
    retype(child<QLineEdit>(form, "given_name"), QStringLiteral("Marigold"));
    retype(child<QLineEdit>(form, "family_name"), QStringLiteral("Examplewood"));
    retype(child<QLineEdit>(form, "relationship"), QStringLiteral("Youth club mentor"));
    choose(tab, "adultRoleCombo", QStringLiteral("trusted_adult"));
    retype(child<QLineEdit>(form, "phone_primary"), QStringLiteral("12ab"));
    QVERIFY2(messageOf(form, "phone_primary").startsWith(QStringLiteral("Error:")),
             qPrintable(messageOf(form, "phone_primary")));
    QTest::mouseClick(child<QPushButton>(tab, "saveAdultButton"), Qt::LeftButton);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult WHERE given_name = 'Marigold'")), 0);

    retype(child<QLineEdit>(form, "phone_primary"), QStringLiteral("020 7946 0123"));
    QCOMPARE(messageOf(form, "phone_primary"), QString());
    QTest::mouseClick(child<QPushButton>(tab, "saveAdultButton"), Qt::LeftButton);
    QVERIFY2(!view->hasUnsavedChanges(), qPrintable(problemsShown(view.get())));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT phone_primary FROM trusted_adult WHERE given_name = 'Marigold'"))
                 .toString(),
             QStringLiteral("+442079460123"));
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM trusted_adult_link l JOIN trusted_adult a ON a.id = "
                                  "l.trusted_adult_id WHERE a.given_name = 'Marigold' AND l.young_person_id = ?1"),
                   {id}),
             1);
    QCOMPARE(tab->model()->rowCount(), before + 1);
    bool shown = false;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->index(row, ui::TrustedAdultModel::Name).data().toString() ==
            QLatin1String("Marigold Examplewood")) {
            QCOMPARE(tab->model()->index(row, ui::TrustedAdultModel::Phone).data().toString(),
                     QStringLiteral("020 7946 0123"));
            shown = true;
        }
    }
    QVERIFY(shown);
    QVERIFY(!view->hasUnsavedChanges());
}

void TestRecordView::linkExistingAdultToSibling()
{
    const QString first = personWithAdults();
    const QString adultId = scalar(*m_db, QStringLiteral("SELECT trusted_adult_id FROM trusted_adult_link WHERE "
                                                         "young_person_id = ?1 ORDER BY trusted_adult_id LIMIT 1"),
                                   {first})
                                .toString();
    const QString givenName =
        scalar(*m_db, QStringLiteral("SELECT given_name FROM trusted_adult WHERE id = ?1"), {adultId}).toString();
    const QString second = scalar(*m_db,
                                  QStringLiteral("SELECT id FROM young_person WHERE id NOT IN (SELECT young_person_id "
                                                 "FROM trusted_adult_link WHERE trusted_adult_id = ?1) LIMIT 1"),
                                  {adultId})
                               .toString();
    QVERIFY(!second.isEmpty());
    const qint64 adultsBefore = count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult"));
    const qint64 linksBefore =
        count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult_link WHERE trusted_adult_id = ?1"), {adultId});

    auto view = makeView();
    QVERIFY(view->open(second));
    auto* tab = view->trustedAdultsTab();
    view->setCurrentTab(indexOfTab(*view, "trustedAdultsTab"));
    QTest::mouseClick(child<QPushButton>(tab, "linkAdultButton"), Qt::LeftButton);
    auto* search = child<QLineEdit>(tab, "adultSearchEdit");
    QVERIFY(search && search->isVisible());
    QTest::keyClicks(search, givenName.left(3).toLower()); // a prefix, in the wrong case
    auto* results = child<QListWidget>(tab, "adultSearchResults");
    QVERIFY(results->count() > 0);
    int row = -1;
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->text().contains(givenName))
            row = i;
    }
    QVERIFY(row >= 0);
    // Several adults can share a prefix: choose the one that is the sibling's.
    const QString familyName =
        scalar(*m_db, QStringLiteral("SELECT coalesce(family_name, '') FROM trusted_adult WHERE id = ?1"), {adultId})
            .toString();
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->text().contains((givenName + QLatin1Char(' ') + familyName).trimmed()))
            row = i;
    }
    results->setCurrentRow(row);
    choose(tab, "linkRoleCombo", QStringLiteral("emergency_contact"));
    QTest::mouseClick(child<QPushButton>(tab, "confirmLinkButton"), Qt::LeftButton);

    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult")), adultsBefore);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult_link WHERE trusted_adult_id = ?1"),
                   {adultId}),
             linksBefore + 1);
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT role FROM trusted_adult_link WHERE trusted_adult_id = ?1 AND "
                                   "young_person_id = ?2"),
                    {adultId, second})
                 .toString(),
             QStringLiteral("emergency_contact"));
    QVERIFY(count(*m_db,
                  QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND "
                                 "entity = 'trusted_adult_link'")) >= 1);
    // Searching again leaves out an adult already linked.
    QTest::mouseClick(child<QPushButton>(tab, "linkAdultButton"), Qt::LeftButton);
    QTest::keyClicks(search, (givenName + QLatin1Char(' ') + familyName).trimmed());
    for (int i = 0; i < results->count(); ++i)
        QVERIFY(!results->item(i)->text().contains((givenName + QLatin1Char(' ') + familyName).trimmed()));
}

void TestRecordView::doNotContactAdultIsFlagged()
{
    const QString id = personWithAdults();
    domain::Record adult(domain::Entities::get(domain::entity::TrustedAdult));
    adult.set(QStringLiteral("given_name"), QStringLiteral("Rook"));
    adult.set(QStringLiteral("family_name"), QStringLiteral("Fictionalson"));
    adult.set(QStringLiteral("relationship"), QStringLiteral("Uncle"));
    adult.set(QStringLiteral("consent"), QStringLiteral("refused"));
    adult.set(QStringLiteral("consent_checked_on"), QDate(2026, 10, 2));
    adult.set(QStringLiteral("do_not_contact"), true);
    adult.set(QStringLiteral("do_not_contact_reason"), QStringLiteral("Court order (fictional)"));
    adult.stampNew(kActor, start());
    domain::Record link(domain::Entities::get(domain::entity::TrustedAdultLink));
    link.set(QStringLiteral("young_person_id"), id);
    link.set(QStringLiteral("trusted_adult_id"), adult.id());
    link.set(QStringLiteral("role"), QStringLiteral("parent_carer"));
    auto saved = RecordWriter(*m_db, kActor).save({{adult, true}, {link, true}}, start());
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    for (const auto& issue : saved->issues)
        qWarning("%s: %s", qPrintable(issue.field), qPrintable(issue.message));
    QVERIFY(saved->saved);

    auto view = makeView();
    auto* model = view->trustedAdultsTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->open(id));
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, ui::TrustedAdultModel::Name).data().toString() == QLatin1String("Rook Fictionalson"))
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ui::TrustedAdultModel::Warning).data().toString(), QStringLiteral("DO NOT CONTACT"));
    QVERIFY(!model->index(row, ui::TrustedAdultModel::Warning).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(row, ui::TrustedAdultModel::Phone)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Court order (fictional)")));
    // And in the editor, in words.
    view->trustedAdultsTab()->editAdult(row);
    auto* banner = child<QLabel>(view->trustedAdultsTab(), "adultDoNotContactBanner");
    QVERIFY(banner && banner->isVisibleTo(view->trustedAdultsTab()));
    QVERIFY(banner->text().contains(QStringLiteral("DO NOT CONTACT")));
    QVERIFY(!view->hasUnsavedChanges()); // opening an adult to read is not an edit
}

void TestRecordView::logContactWithKeyboardOnly()
{
    const QString id = personWithAdults();
    auto view = makeView();
    auto* tab = view->contactsTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->open(id));
    const int before = tab->model()->rowCount();
    view->setCurrentTab(indexOfTab(*view, "contactsTab"));
    auto* form = child<ui::RecordForm>(tab, "contactForm");
    const QDate proposed = form->record().date(QStringLiteral("next_contact_due"));
    QVERIFY(proposed.isValid() && proposed > kToday);

    form->editor(QStringLiteral("occurred_at"))->setFocus(Qt::TabFocusReason);
    typeContactByKeyboard(QStringLiteral("Young person and mum"), QStringLiteral("Talked about college applications."));
    QVERIFY(view->hasUnsavedChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    QVERIFY2(tab->model()->rowCount() == before + 1, qPrintable(problemsShown(view.get())));
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM contact WHERE young_person_id = ?1 AND kind = 'office' AND "
                                  "summary = 'Talked about college applications.'"),
                   {id}),
             1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT next_contact_due FROM young_person WHERE id = ?1"), {id}).toString(),
             proposed.toString(Qt::ISODate));
    QCOMPARE(tab->model()->index(0, ui::ContactListModel::Summary).data().toString(),
             QStringLiteral("Talked about college applications."));
    QVERIFY(child<QLabel>(tab, "nextContactDueLabel")->text().contains(ui::RecordText::date(proposed)));
    QVERIFY(!view->hasUnsavedChanges());
    // The profile follows: saving it now must not put the old next contact back.
    QCOMPARE(view->profileTab()->form()->record().date(QStringLiteral("next_contact_due")), proposed);
}

void TestRecordView::overdueReturnInterviewShowsInHeader()
{
    const QString id = personWithAdults();
    domain::Record episode(domain::Entities::get(domain::entity::Episode));
    episode.set(QStringLiteral("young_person_id"), id);
    episode.set(QStringLiteral("kind"), QStringLiteral("missing"));
    episode.set(QStringLiteral("start_date"), QDate(2026, 11, 18));
    episode.set(QStringLiteral("end_date"), QDate(2026, 11, 20));
    auto saved = RecordWriter(*m_db, kActor).save(episode, true, start());
    QVERIFY(saved.ok() && saved->saved);

    auto view = makeView();
    auto* model = view->episodesTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->open(id));
    const QString header = view->header()->text();
    QVERIFY2(header.contains(QStringLiteral("Return home interview overdue (due 23 Nov 2026)")), qPrintable(header));
    bool listed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex clock = model->index(row, ui::EpisodeListModel::Clock);
        if (clock.data().toString() == QLatin1String("Return home interview overdue (due 23 Nov 2026)")) {
            QVERIFY(!clock.data(Qt::DecorationRole).value<QIcon>().isNull());
            listed = true;
        }
    }
    QVERIFY(listed);
}

void TestRecordView::addEpisodeShowsOnlyItsFields()
{
    const QString id = personWithAdults();
    auto view = makeView();
    QVERIFY(view->open(id));
    auto* tab = view->episodesTab();
    view->setCurrentTab(indexOfTab(*view, "episodesTab"));
    choose(tab, "episodeKindCombo", QStringLiteral("semh"));
    QTest::mouseClick(child<QPushButton>(tab, "addEpisodeButton"), Qt::LeftButton);
    QCOMPARE(tab->form()->fields(), ui::EpisodesTab::fieldsFor(QStringLiteral("semh")));
    QVERIFY(!tab->findChild<QLineEdit*>(QStringLiteral("return_interview_date")));
    retype(child<QLineEdit>(tab, "start_date"), QStringLiteral("20/10/2026"));
    QTest::mouseClick(child<QPushButton>(tab, "saveEpisodeButton"), Qt::LeftButton);
    QVERIFY2(!view->hasUnsavedChanges(), qPrintable(problemsShown(view.get())));
    QCOMPARE(count(*m_db,
                   QStringLiteral("SELECT count(*) FROM episode WHERE young_person_id = ?1 AND kind = 'semh' AND "
                                  "start_date = '2026-10-20'"),
                   {id}),
             1);
    QVERIFY2(view->header()->text().contains(QStringLiteral("SEMH first appointment overdue (due 17 Nov 2026)")),
             qPrintable(view->header()->text()));
}

void TestRecordView::draftsSurviveADestroyedView()
{
    const QString id = personWithAdults();
    const QString key = DraftStore::key(domain::entity::YoungPerson, id);
    {
        auto view = makeView();
        QVERIFY(view->open(id));
        auto* profile = child<QWidget>(view.get(), "profileTab");
        retype(child<QLineEdit>(profile, "preferred_name"), QStringLiteral("Draftling"));
        // A finished edit is in the draft table within moments, without any save or lock.
        QTRY_VERIFY(DraftStore(*m_db).load(key).value().has_value());
        // The view goes as in a crash: no save, no saveDrafts().
    }
    m_clock->advance(600);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT coalesce(preferred_name, '') FROM young_person WHERE id = ?1"), {id})
                .toString() != QLatin1String("Draftling"));

    auto view = makeView();
    QVERIFY(view->open(id));
    auto* profile = child<QWidget>(view.get(), "profileTab");
    QCOMPARE(child<QLineEdit>(profile, "preferred_name")->text(), QStringLiteral("Draftling"));
    QVERIFY(view->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(profile, "profileStateLabel")->text(), QStringLiteral("Unsaved changes"));
    const QString message = child<QLabel>(profile, "profileMessageLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("Restored unsaved changes from 26 Nov 2026 09:30")), qPrintable(message));

    // Locking writes drafts of every editor and discards none.
    auto* contacts = view->contactsTab();
    auto* summary = contacts->findChild<QPlainTextEdit*>(QStringLiteral("summary"));
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Half-written contact note."));
    view->saveDrafts();
    QVERIFY(DraftStore(*m_db).load(key).value().has_value());
    QVERIFY(DraftStore(*m_db).load(DraftStore::key(domain::entity::Contact, id)).value().has_value());

    // The contact has no kind yet: saveAll stops there and shows the contacts tab with the problem.
    QVERIFY(!view->saveAll());
    QCOMPARE(view->currentTab(), indexOfTab(*view, "contactsTab"));
    QVERIFY(messageOf(contacts, "kind").startsWith(QStringLiteral("Error:")));
    choose(contacts, "kind", QStringLiteral("phone"));
    QVERIFY(view->saveAll());
    QVERIFY(!view->hasUnsavedChanges());
    QVERIFY(!DraftStore(*m_db).load(DraftStore::key(domain::entity::Contact, id)).value().has_value());
    QVERIFY(!DraftStore(*m_db).load(key).value().has_value());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT preferred_name FROM young_person WHERE id = ?1"), {id}).toString(),
             QStringLiteral("Draftling"));
}

void TestRecordView::confirmLeaveAsksAndHonoursAnswer()
{
    const QString id = personWithAdults();
    auto view = makeView();
    QVERIFY(view->open(id));
    int asked = 0;
    RecordView::LeaveAnswer answer = RecordView::LeaveAnswer::Cancel;
    view->setLeaveAsker([&] {
        ++asked;
        return answer;
    });
    QVERIFY(view->confirmLeave()); // nothing unsaved: no question
    QCOMPARE(asked, 0);

    const QString stored =
        scalar(*m_db, QStringLiteral("SELECT coalesce(preferred_name, '') FROM young_person WHERE id = ?1"), {id})
            .toString();
    auto* preferred = child<QLineEdit>(child<QWidget>(view.get(), "profileTab"), "preferred_name");
    retype(preferred, QStringLiteral("Leaveme"));
    QVERIFY(!view->confirmLeave());
    QCOMPARE(asked, 1);
    QVERIFY(view->hasUnsavedChanges());
    QCOMPARE(preferred->text(), QStringLiteral("Leaveme"));

    answer = RecordView::LeaveAnswer::Discard;
    QVERIFY(view->confirmLeave());
    QCOMPARE(asked, 2);
    QVERIFY(!view->hasUnsavedChanges());
    QCOMPARE(preferred->text(), stored);
    QVERIFY(!DraftStore(*m_db).load(DraftStore::key(domain::entity::YoungPerson, id)).value().has_value());

    retype(preferred, QStringLiteral("Keepme"));
    answer = RecordView::LeaveAnswer::Save;
    QVERIFY(view->confirmLeave());
    QCOMPARE(asked, 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT preferred_name FROM young_person WHERE id = ?1"), {id}).toString(),
             QStringLiteral("Keepme"));

    // Save that cannot go ahead keeps the worker on the record.
    retype(child<QLineEdit>(child<QWidget>(view.get(), "profileTab"), "date_of_birth"), QStringLiteral("01/01/2030"));
    QVERIFY(!view->confirmLeave());
    QVERIFY(view->hasUnsavedChanges());
}

void TestRecordView::screenshots()
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("TRELLIS_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    // The record with the most to show: adults, contacts and episodes.
    const QString id = scalar(*m_db, QStringLiteral("SELECT e.young_person_id FROM episode e JOIN "
                                                    "trusted_adult_link l ON l.young_person_id = e.young_person_id "
                                                    "GROUP BY e.young_person_id ORDER BY count(*) DESC LIMIT 1"))
                           .toString();
    QVERIFY(!id.isEmpty());
    auto view = makeView();
    QVERIFY(view->open(id));
    view->resize(1366, 768);
    const std::pair<const char*, const char*> shots[] = {{"profileTab", "record-profile.png"},
                                                         {"trustedAdultsTab", "record-adults.png"},
                                                         {"contactsTab", "record-contacts.png"},
                                                         {"episodesTab", "record-episodes.png"}};
    for (const auto& [tab, file] : shots) {
        view->setCurrentTab(indexOfTab(*view, tab));
        QTest::qWait(50);
        QVERIFY(view->grab().save(QDir(dir).filePath(QString::fromLatin1(file))));
    }
}

QTEST_MAIN(TestRecordView)
#include "tst_record_view.moc"
