#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace trellis::domain;

namespace {

// Answers every "ChoiceLabels" lookup with a marked text, to show labels are translated when
// asked for rather than fixed at start-up.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "ChoiceLabels") == 0)
            return QStringLiteral("[cy] ") + QString::fromUtf8(sourceText);
        return {};
    }
};

} // namespace

class TestChoiceLabels : public QObject {
    Q_OBJECT
private slots:
    void everyChoiceOfEveryEnumFieldHasALabel();
    void labelsFollowTheServicesWording();
    void theSameValueReadsDifferentlyInDifferentFields();
    void unknownValuesAreShownAsTheyAre();
    void labelsAreTranslatedWhenAskedFor();
};

void TestChoiceLabels::everyChoiceOfEveryEnumFieldHasALabel()
{
    int checked = 0;
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& field : def.fields) {
            if (field.type != FieldType::Enum)
                continue;
            QVERIFY2(!field.choices.isEmpty(), qPrintable(def.name + u'.' + field.name));
            QSet<QString> seen;
            for (const QString& value : field.choices) {
                const QString where = def.name + u'.' + field.name + u'=' + value;
                const QString text = ChoiceLabels::label(def.name, field.name, value);
                QVERIFY2(!text.isEmpty(), qPrintable(where + QStringLiteral(" has no label")));
                QVERIFY2(text != value, qPrintable(where + QStringLiteral(" is labelled with its own stored value")));
                QVERIFY2(text.at(0).isUpper(), qPrintable(where + QStringLiteral(" does not start with a capital")));
                // Two values with one label could not be told apart in a list.
                QVERIFY2(!seen.contains(text), qPrintable(where + QStringLiteral(" repeats the label ") + text));
                seen.insert(text);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestChoiceLabels::labelsFollowTheServicesWording()
{
    const QString yp = entity::YoungPerson;
    QCOMPARE(ChoiceLabels::label(yp, QStringLiteral("risk_serious_harm"), QStringLiteral("very_high")),
             QStringLiteral("Very high"));
    QCOMPARE(ChoiceLabels::label(yp, QStringLiteral("ethnicity"), QStringLiteral("mixed_white_black_caribbean")),
             QStringLiteral("Mixed or Multiple ethnic groups: White and Black Caribbean"));
    QCOMPARE(ChoiceLabels::label(yp, QStringLiteral("ethnicity"), QStringLiteral("white_british")),
             QStringLiteral("White: English, Welsh, Scottish, Northern Irish or British"));
    QCOMPARE(ChoiceLabels::label(entity::Intervention, QStringLiteral("type"), QStringLiteral("yro_iss")),
             QStringLiteral("Youth rehabilitation order with intensive supervision and surveillance (ISS)"));
    QCOMPARE(ChoiceLabels::label(entity::Episode, QStringLiteral("kind"), QStringLiteral("nrm")),
             QStringLiteral("National Referral Mechanism (NRM) referral"));
    QCOMPARE(ChoiceLabels::label(entity::Contact, QStringLiteral("kind"), QStringLiteral("did_not_attend")), QString());
    QCOMPARE(ChoiceLabels::label(entity::Contact, QStringLiteral("attendance"), QStringLiteral("did_not_attend")),
             QStringLiteral("Did not attend"));
    // Reoffending is rated on three levels only; a stray "very_high" there must not look valid.
    QCOMPARE(ChoiceLabels::label(yp, QStringLiteral("reoffending_likelihood"), QStringLiteral("very_high")), QString());
}

void TestChoiceLabels::theSameValueReadsDifferentlyInDifferentFields()
{
    QCOMPARE(ChoiceLabels::label(entity::TrustedAdultLink, QStringLiteral("role"), QStringLiteral("trusted_adult")),
             QStringLiteral("Trusted adult"));
    QCOMPARE(ChoiceLabels::label(entity::SafetyPlanItem, QStringLiteral("section"), QStringLiteral("trusted_adult")),
             QStringLiteral("Trusted adults"));
    QVERIFY(ChoiceLabels::label(entity::YoungPerson, QStringLiteral("send_status"), QStringLiteral("none")) !=
            ChoiceLabels::label(entity::YoungPerson, QStringLiteral("care_status"), QStringLiteral("none")));
}

void TestChoiceLabels::unknownValuesAreShownAsTheyAre()
{
    QCOMPARE(ChoiceLabels::label(entity::Contact, QStringLiteral("kind"), QStringLiteral("carrier_pigeon")), QString());
    QCOMPARE(ChoiceLabels::labelOrValue(entity::Contact, QStringLiteral("kind"), QStringLiteral("carrier_pigeon")),
             QStringLiteral("carrier_pigeon"));
    QCOMPARE(ChoiceLabels::labelOrValue(QStringLiteral("no_such_entity"), QStringLiteral("kind"), QStringLiteral("x")),
             QStringLiteral("x"));
    const FieldDef* dob = Entities::get(entity::YoungPerson).field(QStringLiteral("date_of_birth"));
    QVERIFY(dob);
    QCOMPARE(ChoiceLabels::fieldLabel(*dob), QStringLiteral("date of birth"));
}

void TestChoiceLabels::labelsAreTranslatedWhenAskedFor()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated =
        ChoiceLabels::label(entity::YoungPerson, QStringLiteral("gender"), QStringLiteral("not_stated"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, QStringLiteral("[cy] Not stated"));
    QCOMPARE(ChoiceLabels::label(entity::YoungPerson, QStringLiteral("gender"), QStringLiteral("not_stated")),
             QStringLiteral("Not stated"));
}

QTEST_GUILESS_MAIN(TestChoiceLabels)
#include "tst_choice_labels.moc"
