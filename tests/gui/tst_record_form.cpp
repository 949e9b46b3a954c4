#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"
#include "forms/RecordForm.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace trellis::domain;
using trellis::ui::RecordForm;

namespace {

// A fixed day, so ages and "in the future" do not drift with the calendar.
const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(9, 0), Qt::UTC);

Validator validator()
{
    return Validator(kToday);
}

// A record as a window would hand it over: id and metadata already stamped. Fictional data only.
Record stamped(const QString& entity)
{
    Record record(Entities::get(entity));
    record.stampNew(QStringLiteral("demo.worker01"), kNow);
    return record;
}

Record youngPerson()
{
    Record record = stamped(entity::YoungPerson);
    const QList<std::pair<const char*, QVariant>> values{
        {"reference", QStringLiteral("YP-00042")},
        {"given_name", QStringLiteral("Jordan")},
        {"family_name", QStringLiteral("Example")},
        {"date_of_birth", QDate(2011, 3, 5)},
        {"gender", QStringLiteral("non_binary")},
        {"ethnicity", QStringLiteral("mixed_white_black_caribbean")},
        {"postcode_district", QStringLiteral("SE15")},
        {"status", QStringLiteral("open")},
        {"ete_status", QStringLiteral("school")},
        {"send_status", QStringLiteral("sen_support")},
        {"care_status", QStringLiteral("child_in_need")},
        {"suitable_accommodation", QStringLiteral("yes")},
        {"flag_county_lines", true},
        {"safety_wellbeing", QStringLiteral("medium")},
        {"risk_serious_harm", QStringLiteral("high")},
        {"reoffending_likelihood", QStringLiteral("medium")},
        {"next_review_date", QDate(2027, 1, 14)},
    };
    for (const auto& [field, value] : values)
        record.set(QString::fromLatin1(field), value);
    return record;
}

Record trustedAdult()
{
    Record record = stamped(entity::TrustedAdult);
    record.set(QStringLiteral("given_name"), QStringLiteral("Sam"));
    record.set(QStringLiteral("relationship"), QStringLiteral("aunt"));
    record.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
    return record;
}

// Replaces what the line edit holds, as a worker would: select all, then type over it.
void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QString messageOf(const RecordForm& form, const QString& field)
{
    const QLabel* label = form.findChild<QLabel*>(field + QStringLiteral("Error"));
    return label && label->isVisibleTo(&form) ? label->text() : QString();
}

} // namespace

class TestRecordForm : public QObject {
    Q_OBJECT
private slots:
    void dateOfBirthIsCheckedAsTheWorkerTypes();
    void phoneNumbersAreCheckedAsTheyAreTyped();
    void aPossibleButUnknownNumberIsAWarningTheWorkerCanAccept();
    void undoAndRedoRestoreValuesAndTheUnsavedState();
    void everyInputHasALabelAndAnAccessibleName();
    void tabVisitsTheFieldsInOrder();
    void choicesShowLabelsAndStoreValues();
    void aBlankRecordWaitsForSaveToMarkRequiredFields();
    void numbersTimesAndNotesHaveTheirOwnInputs();
    void aDateCanBeChosenFromACalendarByKeyboard();
    void problemsWithFieldsNotShownGoToTheSummary();
    void screenshot();
};

void TestRecordForm::dateOfBirthIsCheckedAsTheWorkerTypes()
{
    RecordForm form(Entities::get(entity::YoungPerson), RecordForm::editableFields(Entities::get(entity::YoungPerson)),
                    validator());
    const Record loaded = youngPerson();
    form.load(loaded);
    QVERIFY2(!form.hasErrors(), qPrintable(form.issues().value(0).toString()));
    QVERIFY(!form.isModified());
    auto* dob = form.findChild<QLineEdit*>(QStringLiteral("date_of_birth"));
    QVERIFY(dob);
    QCOMPARE(dob->text(), QStringLiteral("05/03/2011")); // UK order, whatever the desktop says

    retype(dob, QStringLiteral("26/11/1996")); // thirty on the fixed day
    const QString message = messageOf(form, QStringLiteral("date_of_birth"));
    QVERIFY2(message.startsWith(QStringLiteral("Error: Date of birth")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("age of 30")) && message.contains(QStringLiteral("aged 8 to 25")),
             qPrintable(message));
    QCOMPARE(dob->accessibleDescription(), message);
    QVERIFY(form.hasErrors());
    QVERIFY(!form.canSave());
    QVERIFY(form.isModified());

    // Half typed is not yet wrong: no message while typing, but no saving either.
    retype(dob, QStringLiteral("14/02/20"));
    QCOMPARE(messageOf(form, QStringLiteral("date_of_birth")), QString());
    QVERIFY(form.hasErrors());
    QTest::keyClick(dob, Qt::Key_Return); // finished like that, it is worth a message
    QVERIFY2(messageOf(form, QStringLiteral("date_of_birth")).contains(QStringLiteral("year in full")),
             qPrintable(messageOf(form, QStringLiteral("date_of_birth"))));

    QTest::keyClicks(dob, QStringLiteral("12"));
    QCOMPARE(dob->text(), QStringLiteral("14/02/2012"));
    QCOMPARE(messageOf(form, QStringLiteral("date_of_birth")), QString());
    QVERIFY(!form.hasErrors());
    QVERIFY(form.canSave());
    QCOMPARE(form.record().date(QStringLiteral("date_of_birth")), QDate(2012, 2, 14));
    QCOMPARE(form.record().id(), loaded.id()); // id and metadata kept
    QCOMPARE(form.record().value(QStringLiteral("created_at")), loaded.value(QStringLiteral("created_at")));

    retype(dob, QStringLiteral("31/02/2012"));
    QTest::keyClick(dob, Qt::Key_Return);
    QVERIFY2(messageOf(form, QStringLiteral("date_of_birth")).contains(QStringLiteral("not a date that exists")),
             qPrintable(dob->text() + u'|' + messageOf(form, QStringLiteral("date_of_birth"))));
    retype(dob, QStringLiteral("2012-02-14")); // pasted from elsewhere in ISO form
    QVERIFY(!form.hasErrors());
}

void TestRecordForm::phoneNumbersAreCheckedAsTheyAreTyped()
{
    const EntityDef& def = Entities::get(entity::TrustedAdult);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(trustedAdult());
    QVERIFY(!form.hasErrors());
    auto* phone = form.findChild<QLineEdit*>(QStringLiteral("phone_primary"));
    QVERIFY(phone);

    retype(phone, QStringLiteral("12ab"));
    QVERIFY2(messageOf(form, QStringLiteral("phone_primary")).startsWith(QStringLiteral("Error: Main phone number")),
             qPrintable(messageOf(form, QStringLiteral("phone_primary"))));
    QVERIFY(form.hasErrors());

    retype(phone, QStringLiteral("020 7946 0123"));
    QCOMPARE(messageOf(form, QStringLiteral("phone_primary")), QString());
    QVERIFY(!form.hasErrors());
    QCOMPARE(form.record().text(QStringLiteral("phone_primary")), QStringLiteral("+442079460123"));

    // Saved, the number reads back in its usual national form and the form is clean again.
    retype(phone, QStringLiteral("02079460123"));
    Record saved = form.record();
    saved.stampUpdated(QStringLiteral("demo.worker01"), kNow);
    form.markSaved(saved);
    QCOMPARE(phone->text(), QStringLiteral("020 7946 0123"));
    QVERIFY(!form.isModified());
    QVERIFY(form.undoStack()->isClean());
}

void TestRecordForm::aPossibleButUnknownNumberIsAWarningTheWorkerCanAccept()
{
    const EntityDef& def = Entities::get(entity::TrustedAdult);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(trustedAdult());
    auto* phone = form.findChild<QLineEdit*>(QStringLiteral("phone_primary"));
    auto* accept = form.findChild<QCheckBox*>(QStringLiteral("acceptWarningsCheck"));
    QVERIFY(phone && accept);
    QVERIFY(!accept->isVisibleTo(&form));

    retype(phone, QStringLiteral("07700 900123")); // Ofcom's drama range: possible, not in use
    const QString message = messageOf(form, QStringLiteral("phone_primary"));
    QVERIFY2(message.startsWith(QStringLiteral("Check: Main phone number")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Error")));
    const QLabel* icon = form.findChild<QLabel*>(QStringLiteral("phone_primaryErrorIcon"));
    QVERIFY(icon && !icon->pixmap().isNull());
    QVERIFY(!form.hasErrors());
    QVERIFY(form.hasWarnings());
    QVERIFY(!form.canSave());
    QVERIFY(accept->isVisibleTo(&form));
    QCOMPARE(form.record().text(QStringLiteral("phone_primary")), QStringLiteral("+447700900123"));
    auto* status = form.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status && status->text().contains(QStringLiteral("Check")));

    QSignalSpy canSave(&form, &RecordForm::canSaveChanged);
    QTest::keyClick(accept, Qt::Key_Space);
    QVERIFY(accept->isChecked());
    QVERIFY(form.warningsAccepted());
    QVERIFY(form.canSave());
    QCOMPARE(canSave.size(), 1);
    QCOMPARE(canSave.last().at(0).toBool(), true);

    // The tick covered that number only.
    retype(phone, QStringLiteral("07700 900124"));
    QVERIFY(!form.warningsAccepted());
    QVERIFY(!accept->isChecked());
    QVERIFY(!form.canSave());
    form.acceptWarnings();
    QVERIFY(form.canSave());

    // An error always blocks, ticked or not.
    retype(phone, QStringLiteral("077009001234567")); // too long to be any number
    QVERIFY(form.hasErrors());
    QVERIFY(!form.canSave());

    // A number accepted when it was saved is not questioned again on the next load.
    retype(phone, QStringLiteral("07700 900124"));
    const Record saved = form.record();
    form.load(saved);
    QVERIFY(form.hasWarnings());
    QVERIFY(form.warningsAccepted());
    QVERIFY(form.canSave());
}

void TestRecordForm::undoAndRedoRestoreValuesAndTheUnsavedState()
{
    const EntityDef& def = Entities::get(entity::TrustedAdult);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(trustedAdult());
    QSignalSpy modified(&form, &RecordForm::modifiedChanged);
    auto* name = form.findChild<QLineEdit*>(QStringLiteral("given_name"));
    auto* consent = form.findChild<QComboBox*>(QStringLiteral("consent"));
    auto* doNotContact = form.findChild<QCheckBox*>(QStringLiteral("do_not_contact"));
    QVERIFY(name && consent && doNotContact);
    QUndoStack* stack = form.undoStack();
    QCOMPARE(stack->count(), 0);

    retype(name, QStringLiteral("Alex"));
    QVERIFY(stack->canUndo()); // from the first keystroke
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(stack->count(), 1); // four keystrokes, one edit
    QVERIFY(form.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    consent->setCurrentIndex(consent->findData(QStringLiteral("refused")));
    QTest::keyClick(doNotContact, Qt::Key_Space);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(form.record().text(QStringLiteral("consent")), QStringLiteral("refused"));
    QVERIFY(form.record().flag(QStringLiteral("do_not_contact")));

    form.undo();
    QVERIFY(!doNotContact->isChecked());
    form.undo();
    QCOMPARE(consent->currentData().toString(), QStringLiteral("not_asked"));
    QVERIFY(form.isModified());
    form.undo();
    QCOMPARE(name->text(), QStringLiteral("Sam"));
    QVERIFY(!form.isModified());
    QVERIFY(!stack->canUndo());
    QCOMPARE(modified.last().at(0).toBool(), false);

    form.redo();
    QCOMPARE(name->text(), QStringLiteral("Alex"));
    QVERIFY(form.isModified());
    QCOMPARE(form.record().text(QStringLiteral("given_name")), QStringLiteral("Alex"));
    QCOMPARE(modified.last().at(0).toBool(), true);

    // Typing back what was there is no change at all, and leaves nothing to undo.
    form.undo();
    QCOMPARE(stack->index(), 0);
    retype(name, QStringLiteral("Sal"));
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_M);
    QCOMPARE(name->text(), QStringLiteral("Sam"));
    QVERIFY(!form.isModified());
    QCOMPARE(stack->index(), 0);
}

void TestRecordForm::everyInputHasALabelAndAnAccessibleName()
{
    for (const QString& entityName : {entity::YoungPerson, entity::TrustedAdult, entity::Contact, entity::Episode,
                                      entity::Intervention, entity::SafetyPlan}) {
        const EntityDef& def = Entities::get(entityName);
        const QStringList fields = RecordForm::editableFields(def);
        RecordForm form(def, fields, validator());
        QCOMPARE(form.fields(), fields);
        QVERIFY(!fields.contains(QStringLiteral("id")));
        QVERIFY(!fields.contains(QStringLiteral("created_at")));
        QVERIFY(!fields.contains(QStringLiteral("young_person_id")));
        const QList<QLabel*> labels = form.findChildren<QLabel*>();
        for (const QString& field : fields) {
            const QString where = entityName + u'.' + field;
            QWidget* editor = form.editor(field);
            QVERIFY2(editor, qPrintable(where));
            QCOMPARE(editor->objectName(), field);
            QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(where));
            QVERIFY2(form.findChild<QLabel*>(field + QStringLiteral("Error")), qPrintable(where));
            if (auto* check = qobject_cast<QCheckBox*>(editor)) {
                QCOMPARE(QString(check->text()).remove(u'&'), editor->accessibleName());
                continue;
            }
            const auto buddies = std::count_if(labels.begin(), labels.end(), [&](const QLabel* label) {
                return label->buddy() == editor && label->text().remove(u'&').startsWith(editor->accessibleName());
            });
            QVERIFY2(buddies == 1, qPrintable(where + QStringLiteral(" has no label whose buddy it is")));
        }
    }
}

void TestRecordForm::tabVisitsTheFieldsInOrder()
{
    for (const QString& entityName : {entity::YoungPerson, entity::TrustedAdult, entity::Contact}) {
        const EntityDef& def = Entities::get(entityName);
        const QStringList fields = RecordForm::editableFields(def);
        RecordForm form(def, fields, validator());
        form.resize(1200, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        // The form's own focus child, so that this holds under a display without a window
        // manager too, where the window may never become active.
        form.editor(fields.first())->setFocus(Qt::TabFocusReason);
        for (qsizetype i = 1; i < fields.size(); ++i) {
            QTest::keyClick(form.focusWidget(), Qt::Key_Tab);
            QWidget* focus = form.focusWidget();
            QWidget* expected = form.editor(fields.at(i));
            QVERIFY2(focus == expected || expected->isAncestorOf(focus),
                     qPrintable(entityName + QStringLiteral(": after ") + fields.at(i - 1) + QStringLiteral(" came ") +
                                (focus ? focus->objectName() : QStringLiteral("nothing"))));
        }
    }
}

void TestRecordForm::choicesShowLabelsAndStoreValues()
{
    const EntityDef& def = Entities::get(entity::YoungPerson);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(youngPerson());
    auto* ethnicity = form.findChild<QComboBox*>(QStringLiteral("ethnicity"));
    auto* risk = form.findChild<QComboBox*>(QStringLiteral("risk_serious_harm"));
    QVERIFY(ethnicity && risk);
    QCOMPARE(ethnicity->currentText(), QStringLiteral("Mixed or Multiple ethnic groups: White and Black Caribbean"));
    QCOMPARE(risk->itemText(0), QStringLiteral("— choose —"));
    QCOMPARE(risk->count(), 5);
    for (int i = 1; i < risk->count(); ++i) {
        const QString value = risk->itemData(i).toString();
        QCOMPARE(risk->itemText(i),
                 ChoiceLabels::label(entity::YoungPerson, QStringLiteral("risk_serious_harm"), value));
    }

    QTest::keyClicks(risk, QStringLiteral("Very")); // type-ahead, as from the keyboard
    QCOMPARE(risk->currentText(), QStringLiteral("Very high"));
    QCOMPARE(form.record().text(QStringLiteral("risk_serious_harm")), QStringLiteral("very_high"));

    risk->setCurrentIndex(0);
    QVERIFY(form.hasErrors());
    QVERIFY2(messageOf(form, QStringLiteral("risk_serious_harm")).contains(QStringLiteral("is required")),
             qPrintable(messageOf(form, QStringLiteral("risk_serious_harm"))));

    // A value from elsewhere is shown as it is, not swapped for a listed one.
    Record odd = youngPerson();
    odd.set(QStringLiteral("gender"), QStringLiteral("prefer_not_to_say"));
    form.load(odd);
    auto* gender = form.findChild<QComboBox*>(QStringLiteral("gender"));
    QVERIFY(gender->currentText().startsWith(QStringLiteral("prefer_not_to_say")));
    QVERIFY(messageOf(form, QStringLiteral("gender")).startsWith(QStringLiteral("Error: Gender must be one of")));
    QCOMPARE(form.record().text(QStringLiteral("gender")), QStringLiteral("prefer_not_to_say"));
}

void TestRecordForm::aBlankRecordWaitsForSaveToMarkRequiredFields()
{
    const EntityDef& def = Entities::get(entity::YoungPerson);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.resize(1200, 700);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.load(stamped(entity::YoungPerson));
    QVERIFY(form.hasErrors());
    QVERIFY(!form.isModified());
    for (const QString& field : form.fields())
        QVERIFY2(messageOf(form, field).isEmpty(), qPrintable(field));
    auto* status = form.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("No unsaved changes")));
    QVERIFY(status->text().contains(QStringLiteral("marked when you save")));

    auto* given = form.findChild<QLineEdit*>(QStringLiteral("given_name"));
    QTest::keyClicks(given, QStringLiteral("A"));
    QTest::keyClick(given, Qt::Key_Backspace); // touched and left empty: now it is worth saying
    QCOMPARE(messageOf(form, QStringLiteral("given_name")), QStringLiteral("Error: Given name is required"));
    QCOMPARE(messageOf(form, QStringLiteral("family_name")), QString());

    QVERIFY(!form.validateForSave());
    QCOMPARE(messageOf(form, QStringLiteral("family_name")), QStringLiteral("Error: Family name is required"));
    QCOMPARE(form.focusWidget(), form.editor(QStringLiteral("reference")));
}

void TestRecordForm::numbersTimesAndNotesHaveTheirOwnInputs()
{
    const EntityDef& def = Entities::get(entity::Contact);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(stamped(entity::Contact));
    auto* minutes = form.findChild<QSpinBox*>(QStringLiteral("duration_minutes"));
    auto* occurred = form.findChild<QLineEdit*>(QStringLiteral("occurred_at"));
    auto* summary = form.findChild<QPlainTextEdit*>(QStringLiteral("summary"));
    QVERIFY(minutes && occurred && summary);
    QVERIFY(summary->tabChangesFocus());
    QCOMPARE(minutes->text(), QStringLiteral("Not recorded"));
    QVERIFY(!form.record().has(QStringLiteral("duration_minutes")));
    QCOMPARE(minutes->maximum(), 1440);

    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("45"));
    QCOMPARE(form.record().value(QStringLiteral("duration_minutes")).toLongLong(), 45);

    // Times are typed as the worker's clock shows them and kept in UTC (London is on GMT in November).
    QTest::keyClicks(occurred, QStringLiteral("25/11/2026 14:30"));
    QCOMPARE(form.record().value(QStringLiteral("occurred_at")).toDateTime(),
             QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC));
    retype(occurred, QStringLiteral("25/11/2026"));
    QTest::keyClick(occurred, Qt::Key_Return);
    QVERIFY2(messageOf(form, QStringLiteral("occurred_at")).contains(QStringLiteral("24-hour time")),
             qPrintable(messageOf(form, QStringLiteral("occurred_at"))));

    QTest::keyClicks(summary, QStringLiteral("Met at the youth centre."));
    QCOMPARE(form.record().text(QStringLiteral("summary")), QStringLiteral("Met at the youth centre."));

    // An optional date left empty is simply not recorded.
    auto* nextDue = form.findChild<QLineEdit*>(QStringLiteral("next_contact_due"));
    QVERIFY(nextDue && nextDue->text().isEmpty());
    QVERIFY(!form.record().has(QStringLiteral("next_contact_due")));
    QCOMPARE(messageOf(form, QStringLiteral("next_contact_due")), QString());
}

void TestRecordForm::aDateCanBeChosenFromACalendarByKeyboard()
{
    const EntityDef& def = Entities::get(entity::YoungPerson);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.load(youngPerson());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* due = form.findChild<QLineEdit*>(QStringLiteral("next_contact_due"));
    QVERIFY(due && due->text().isEmpty());
    due->setFocus();
    QTest::keyClick(due, Qt::Key_F4);
    auto* calendar = form.findChild<QCalendarWidget*>(QStringLiteral("calendar"));
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), kToday); // nothing typed: it opens on today
    auto* days = calendar->findChild<QAbstractItemView*>();
    QVERIFY(days);
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    QVERIFY(!calendar->isVisible());
    QCOMPARE(due->text(), QStringLiteral("27/11/2026"));
    QCOMPARE(form.record().date(QStringLiteral("next_contact_due")), kToday.addDays(1));
    QCOMPARE(form.undoStack()->count(), 1);
    form.undo();
    QVERIFY(due->text().isEmpty());
    QVERIFY(!form.isModified());
}

void TestRecordForm::problemsWithFieldsNotShownGoToTheSummary()
{
    const EntityDef& def = Entities::get(entity::YoungPerson);
    QStringList fields = RecordForm::editableFields(def);
    fields.removeAll(QStringLiteral("status"));
    RecordForm form(def, fields, validator());
    Record record = youngPerson();
    record.clear(QStringLiteral("status"));
    form.load(record);
    auto* summary = form.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary && summary->isVisibleTo(&form));
    QCOMPARE(summary->text(), QStringLiteral("Error: Case status is required"));
    QVERIFY(!form.validateForSave());
}

void TestRecordForm::screenshot()
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TRELLIS_SCREENSHOT_DIR to save record-form.png");
    const EntityDef& def = Entities::get(entity::YoungPerson);
    RecordForm form(def, RecordForm::editableFields(def), validator());
    form.resize(1366, 700);
    form.load(youngPerson());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    retype(form.findChild<QLineEdit*>(QStringLiteral("date_of_birth")), QStringLiteral("26/11/1996"));
    QTest::qWait(100);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(form.grab().save(QDir(dir).filePath(QStringLiteral("record-form.png"))));
}

QTEST_MAIN(TestRecordForm)
#include "tst_record_form.moc"
