// Prints a fictional young person's safety plan, both forms and both sizes, to PDF and reads the
// PDFs back with poppler's tools (pdftotext, pdfinfo), so what is asserted is what is on paper.
// With TRELLIS_SCREENSHOT_DIR set, also renders page 1 of each form to PNG for docs/screenshots
// (from the source folder, with QT_QPA_PLATFORM=offscreen as well):
//   TRELLIS_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/gui/tst_plan_printing screenshots
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "domain/PhoneNumbers.h"
#include "print/SafetyPlanDocument.h"
#include "print/SafetyPlanPrinter.h"
#include "store/AuditLog.h"
#include "store/RecordRepository.h"

#include <QDir>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <optional>

using namespace trellis;
using namespace trellis::test;
using domain::Record;
using Form = ui::SafetyPlanDocument::Form;
using PrintSize = ui::SafetyPlanDocument::PrintSize;

namespace {

constexpr qreal kPointsPerMm = 72.0 / 25.4;

// Fictional details given to the adult this test marks do-not-contact, so that any leak of them
// into a printout is unmistakable.
const QString kBarredGivenName = QStringLiteral("Perpetua");
const QString kBarredFamilyName = QStringLiteral("Quillfeather");
const QString kBarredPhone = QStringLiteral("+441134960999");

QString dateInWords(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

// Runs a poppler tool and returns its standard output; fails the test when the tool fails.
QString run(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        QTest::qFail(qPrintable(program + QStringLiteral(" not found: install poppler-utils")), __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable(program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError())),
            __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    // NFKC turns the typesetter's ligatures (the "ffi" in "office") back into plain letters.
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

// Text with every run of white space (line breaks, no-break spaces) made one space, so that
// a phrase wrapped over two lines still matches.
QString flat(const QString& text)
{
    return text.simplified();
}

QString pdfInfoField(const QString& pdf, const QString& field)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

int pdfPages(const QString& pdf)
{
    return pdfInfoField(pdf, QStringLiteral("Pages")).toInt();
}

struct Word {
    QString text;
    QRectF box; // in PDF points, from the top left of the page
    int page = 0;
};

// Every word with its box, from pdftotext -bbox (an XHTML file of <page> and <word> elements).
QList<Word> pdfWords(const QString& pdf)
{
    const QString xhtml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<Word> words;
    int page = 0;
    static const QRegularExpression element(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
                       "([^<]*)</word>"));
    for (auto it = element.globalMatch(xhtml); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words << Word{match.captured(5), QRectF(topLeft, bottomRight), page};
    }
    return words;
}

// The height of the first box pdftotext gives for `word`: proportional to its font size.
qreal wordHeight(const QString& pdf, const QString& word)
{
    for (const Word& found : pdfWords(pdf)) {
        if (found.text == word)
            return found.box.height();
    }
    return 0;
}

// How a rating reads on paper: a symbol and a word, so it does not depend on colour.
QString ratingLabel(const QString& rating)
{
    if (rating == QLatin1String("red"))
        return QString(QChar(0x2716)) + QStringLiteral(" Red stay away");
    if (rating == QLatin1String("amber"))
        return QString(QChar(0x25B2)) + QStringLiteral(" Amber be careful");
    return QString(QChar(0x2714)) + QStringLiteral(" Green OK for now");
}

bool containsWord(const QString& text, const QString& word)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

class TestPlanPrinting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fullPlanSaysEverythingInPlainWords();
    void cardHoldsOnlyTheWordOneAdultAndChildline();
    void cardLeavesOutTheAdultWhenNoneMayBeCalled();
    void everyRatingIsWrittenAsAWordAndASymbol();
    void aDraftOrOldVersionSaysSo();
    void largePrintIsLargerInBothForms();
    void printerGetsA4AndANeutralJobName();
    void everyPrintIsAudited();
    void screenshots();

private:
    QString print(Form form, PrintSize size, const QString& name);
    qint64 printEvents();

    TestStore m_store;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_out;
    std::optional<Record> m_youngPerson;
    std::optional<Record> m_plan;
    QList<Record> m_items;
    QList<Record> m_adults;
    QString m_barredId;    // the adult marked do-not-contact
    QString m_cardAdultId; // the next adult in the plan, whom the card must show
    std::optional<ui::SafetyPlanDocument> m_document;
};

void TestPlanPrinting::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_db = m_store.create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 40;
    options.today = QDate(2026, 11, 26);
    const auto report = demo::DemoSeeder(*m_db, options).run();
    QVERIFY2(report.ok, qPrintable(report.failure));

    // An active plan with something in every one of the nine sections and at least two linked
    // adults: the first is marked do-not-contact below, so the card has to skip to the second.
    auto candidates = m_db->prepare(
        QStringLiteral("SELECT p.id FROM safety_plan p WHERE p.status = 'active' AND p.deleted = 0 "
                       "AND (SELECT count(DISTINCT section) FROM safety_plan_item i WHERE i.safety_plan_id = p.id "
                       "     AND i.deleted = 0) = 9 "
                       "AND (SELECT count(*) FROM safety_plan_item i WHERE i.safety_plan_id = p.id AND i.deleted = 0 "
                       "     AND i.section = 'trusted_adult') >= 2 "
                       "ORDER BY p.rowid"));
    QVERIFY(candidates.ok());
    QStringList planIds;
    while (candidates.value()->next())
        planIds << candidates.value()->text(0);
    QVERIFY2(!planIds.isEmpty(), "the demo caseload has no active plan with every section and two adults");

    RecordRepository repository(*m_db);
    const auto& itemDef = domain::Entities::get(domain::entity::SafetyPlanItem);
    for (const QString& planId : planIds) {
        auto plan = repository.find(domain::Entities::get(domain::entity::SafetyPlan), planId);
        QVERIFY(plan.ok() && plan.value());
        auto person = repository.find(domain::Entities::get(domain::entity::YoungPerson),
                                      plan.value()->text(QStringLiteral("young_person_id")));
        QVERIFY(person.ok() && person.value());
        auto itemQuery = m_db->prepare(QStringLiteral("SELECT %1 FROM safety_plan_item WHERE safety_plan_id = ?1 "
                                                      "AND deleted = 0 ORDER BY section, position")
                                           .arg(itemDef.columnNames().join(QStringLiteral(", "))));
        QVERIFY(itemQuery.ok());
        itemQuery.value()->bind(1, planId);
        QList<Record> items;
        QStringList adultIds;
        while (itemQuery.value()->next()) {
            items << RecordRepository::readFields(*itemQuery.value(), itemDef);
            if (items.last().text(QStringLiteral("section")) == QLatin1String("trusted_adult"))
                adultIds << items.last().text(QStringLiteral("trusted_adult_id"));
        }
        QList<Record> adults;
        for (const QString& id : adultIds) {
            auto adult = repository.find(domain::Entities::get(domain::entity::TrustedAdult), id);
            QVERIFY(adult.ok() && adult.value());
            adults << *adult.value();
        }
        // The card's adult must be told apart from the young person in the card's text.
        const Record& next = adults.at(1);
        const QString nextName = next.text(QStringLiteral("given_name"));
        bool clash = next.text(QStringLiteral("phone_primary")).isEmpty() ||
                     next.text(QStringLiteral("phone_primary")) == kBarredPhone;
        for (const char* field : {"given_name", "family_name", "preferred_name"}) {
            const QString name = person.value()->text(QString::fromLatin1(field));
            clash = clash || (!name.isEmpty() && containsWord(nextName, name));
        }
        if (clash || adultIds.at(0) == adultIds.at(1))
            continue;
        m_youngPerson = *person.value();
        m_plan = *plan.value();
        m_items = items;
        m_adults = adults;
        m_barredId = adultIds.at(0);
        m_cardAdultId = adultIds.at(1);
        break;
    }
    QVERIFY2(m_plan, "no suitable plan in the demo caseload");

    // Mark the first linked adult do-not-contact, as a worker would after learning they are a risk.
    auto barred = m_db->prepare(QStringLiteral(
        "UPDATE trusted_adult SET do_not_contact = 1, do_not_contact_reason = 'Fictional: test', given_name = ?2, "
        "family_name = ?3, phone_primary = ?4 WHERE id = ?1"));
    QVERIFY(barred.ok());
    barred.value()->bind(1, m_barredId).bind(2, kBarredGivenName).bind(3, kBarredFamilyName).bind(4, kBarredPhone);
    QVERIFY(barred.value()->exec());
    QCOMPARE(m_db->changes(), 1);
    auto reread = repository.find(domain::Entities::get(domain::entity::TrustedAdult), m_barredId);
    QVERIFY(reread.ok() && reread.value());
    QVERIFY(reread.value()->flag(QStringLiteral("do_not_contact")));
    m_adults[0] = *reread.value();

    m_document.emplace(*m_youngPerson, *m_plan, m_items, m_adults);
    QVERIFY(m_document->cardAdult());
    QCOMPARE(m_document->cardAdult()->id(), m_cardAdultId);
}

QString TestPlanPrinting::print(Form form, PrintSize size, const QString& name)
{
    AuditLog audit(*m_db, QStringLiteral("test.worker"));
    ui::SafetyPlanPrinter printer(audit);
    const QString path = m_out.filePath(name);
    const auto printed = printer.printToPdf(*m_document, form, size, path);
    if (!printed.ok()) {
        QTest::qFail(qPrintable(printed.error().message), __FILE__, __LINE__);
        return {};
    }
    if (!readFile(path).startsWith("%PDF-")) {
        QTest::qFail("not a PDF", __FILE__, __LINE__);
        return {};
    }
    if (printed.value() != pdfPages(path)) {
        QTest::qFail("the page count returned is not the PDF's", __FILE__, __LINE__);
        return {};
    }
    return path;
}

qint64 TestPlanPrinting::printEvents()
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'print' "
                                             "AND entity = 'safety_plan' AND entity_id = ?1"));
    if (!stmt.ok())
        return -1;
    stmt.value()->bind(1, m_plan->id());
    return stmt.value()->next() ? stmt.value()->integer(0) : -1;
}

void TestPlanPrinting::fullPlanSaysEverythingInPlainWords()
{
    const QString pdf = print(Form::FullPlan, PrintSize::Standard, QStringLiteral("full.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 1 && pages <= 4, qPrintable(QString::number(pages)));
    QCOMPARE(pdfInfoField(pdf, QStringLiteral("Page size")).contains(QLatin1String("(A4)")), true);
    const QString text = flat(pdfText(pdf));

    for (const char* heading :
         {"My safety plan", "Signs that things are going wrong for me", "Places and people that aren't safe for me",
          "Places where I feel safe", "Safe ways to get around", "Things I can do to cope", "People I trust",
          "Professionals I can contact", "In an emergency", "What we agreed to do", "My plan in my own words",
          "Who agreed this plan"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);

    const Record& plan = *m_plan;
    const Record& person = *m_youngPerson;
    const QString name = person.text(QStringLiteral("preferred_name")).isEmpty()
                             ? person.text(QStringLiteral("given_name"))
                             : person.text(QStringLiteral("preferred_name"));
    QVERIFY2(text.contains(QStringLiteral("This plan belongs to %1.").arg(name)), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Version %1").arg(plan.value(QStringLiteral("version")).toLongLong())));
    QVERIFY(text.contains(plan.text(QStringLiteral("code_word"))));
    QVERIFY(text.contains(flat(plan.text(QStringLiteral("own_words")))));
    QVERIFY(text.contains(dateInWords(plan.date(QStringLiteral("review_date")))));
    QVERIFY(text.contains(QStringLiteral("Me on %1").arg(dateInWords(plan.date(QStringLiteral("agreed_young_person_on"))))));
    QVERIFY(text.contains(
        QStringLiteral("My worker on %1").arg(dateInWords(plan.date(QStringLiteral("agreed_practitioner_on"))))));
    QVERIFY(text.contains(QStringLiteral("0800 1111")));
    QVERIFY(text.contains(QStringLiteral("Childline")));
    QVERIFY(text.contains(QStringLiteral("call 999")));

    // Every item the young person agreed, with its notes, the rating of each unsafe place in
    // words, and who does each action by when.
    int checked = 0;
    for (const Record& item : m_items) {
        const QString section = item.text(QStringLiteral("section"));
        if (section == QLatin1String("trusted_adult") && item.text(QStringLiteral("trusted_adult_id")) == m_barredId)
            continue;
        QVERIFY2(text.contains(flat(item.text(QStringLiteral("text")))), qPrintable(item.text(QStringLiteral("text"))));
        if (item.has(QStringLiteral("notes")))
            QVERIFY(text.contains(flat(item.text(QStringLiteral("notes")))));
        if (section == QLatin1String("unsafe")) {
            const QString rated = ratingLabel(item.text(QStringLiteral("rating")));
            QVERIFY2(text.contains(rated), qPrintable(rated));
        }
        if (section == QLatin1String("action")) {
            QVERIFY(text.contains(item.text(QStringLiteral("who"))));
            QVERIFY(text.contains(dateInWords(item.date(QStringLiteral("due_date")))));
        }
        ++checked;
    }
    QVERIFY(checked >= 9);

    // The adults who may be called, by first name with their numbers in national form.
    for (const Record& adult : m_adults) {
        if (adult.id() == m_barredId)
            continue;
        QVERIFY(text.contains(adult.text(QStringLiteral("given_name"))));
        const QString number = domain::PhoneNumbers::formatNational(adult.text(QStringLiteral("phone_primary")));
        QVERIFY2(number.startsWith(QLatin1Char('0')), qPrintable(number));
        QVERIFY2(text.contains(number), qPrintable(number));
    }

    // Never the barred adult, and nothing the young person's copy does not need.
    QVERIFY(!containsWord(text, kBarredGivenName));
    QVERIFY(!containsWord(text, kBarredFamilyName));
    QVERIFY(!text.contains(domain::PhoneNumbers::formatNational(kBarredPhone)));
    QVERIFY(!text.contains(person.text(QStringLiteral("reference")), Qt::CaseInsensitive));
    QVERIFY(!containsWord(text, person.text(QStringLiteral("family_name"))));
    const QDate born = person.date(QStringLiteral("date_of_birth"));
    QVERIFY(!text.contains(dateInWords(born)));
    QVERIFY(!text.contains(born.toString(Qt::ISODate)));
    QVERIFY(!text.contains(born.toString(QStringLiteral("dd/MM/yyyy"))));
}

void TestPlanPrinting::cardHoldsOnlyTheWordOneAdultAndChildline()
{
    const QString pdf = print(Form::Card, PrintSize::Standard, QStringLiteral("card.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = flat(pdfText(pdf));

    const Record* adult = m_document->cardAdult();
    QVERIFY(adult);
    const QString expected =
        QStringLiteral("Word: %1 %2 %3 Childline 0800 1111")
            .arg(m_plan->text(QStringLiteral("code_word")), adult->text(QStringLiteral("given_name")),
                 domain::PhoneNumbers::formatNational(adult->text(QStringLiteral("phone_primary"))));
    QCOMPARE(text, expected);

    // Nothing that says what it is or whose it is: not on the card, not in the file's properties.
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QStringList forbidden{QStringLiteral("safety"),  QStringLiteral("plan"),      QStringLiteral("risk"),
                          QStringLiteral("exploit"), QStringLiteral("police"),    QStringLiteral("YOS"),
                          QStringLiteral("youth"),   QStringLiteral("offending"), QStringLiteral("Trellis"),
                          QStringLiteral("unsafe"),  QStringLiteral("YJS"),       QStringLiteral("justice")};
    for (const QString& word : forbidden) {
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        QVERIFY2(!info.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" in ") + info));
    }
    for (const char* field : {"given_name", "family_name", "preferred_name"}) {
        const QString name = m_youngPerson->text(QString::fromLatin1(field));
        if (!name.isEmpty())
            QVERIFY2(!containsWord(text, name), field);
    }
    QVERIFY(!containsWord(text, kBarredGivenName));
    QVERIFY(!text.contains(domain::PhoneNumbers::formatNational(kBarredPhone)));
    QVERIFY(!text.contains(m_youngPerson->text(QStringLiteral("family_name")), Qt::CaseInsensitive));

    // It fits a wallet: every word lies inside a bank-card-sized box in the page's top corner.
    const QMarginsF margins = ui::SafetyPlanPrinter::pageMarginsMm(Form::Card) * kPointsPerMm;
    const QRectF card(QPointF(margins.left(), margins.top()), ui::SafetyPlanPrinter::cardSizeMm() * kPointsPerMm);
    const QList<Word> words = pdfWords(pdf);
    QVERIFY(!words.isEmpty());
    for (const Word& word : words)
        QVERIFY2(card.contains(word.box), qPrintable(word.text));
}

void TestPlanPrinting::cardLeavesOutTheAdultWhenNoneMayBeCalled()
{
    QList<Record> barredAdults = m_adults;
    for (Record& adult : barredAdults) {
        adult.set(QStringLiteral("do_not_contact"), true);
        adult.set(QStringLiteral("do_not_contact_reason"), QStringLiteral("Fictional: test"));
    }
    const ui::SafetyPlanDocument document(*m_youngPerson, *m_plan, m_items, barredAdults);
    QVERIFY(!document.cardAdult());
    const auto card = document.build(Form::Card, PrintSize::Standard);
    QCOMPARE(flat(card->toPlainText()),
             QStringLiteral("Word: %1 Childline 0800 1111").arg(m_plan->text(QStringLiteral("code_word"))));
    const auto full = document.build(Form::FullPlan, PrintSize::Standard);
    const QString text = flat(full->toPlainText());
    for (const Record& adult : barredAdults)
        QVERIFY(!containsWord(text, adult.text(QStringLiteral("given_name"))) ||
                m_youngPerson->text(QStringLiteral("given_name")) == adult.text(QStringLiteral("given_name")));
    QVERIFY(text.contains(QStringLiteral("People I trust I can call or text them if I need help. Nothing written here "
                                         "yet. Professionals I can contact")));
}

void TestPlanPrinting::everyRatingIsWrittenAsAWordAndASymbol()
{
    QList<Record> items = m_items;
    const auto unsafe = std::find_if(items.cbegin(), items.cend(), [](const Record& item) {
        return item.text(QStringLiteral("section")) == QLatin1String("unsafe");
    });
    QVERIFY(unsafe != items.cend());
    const Record model = *unsafe;
    const QStringList ratings{QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("green")};
    for (const QString& rating : ratings) {
        Record item = model;
        item.set(QStringLiteral("rating"), rating);
        item.set(QStringLiteral("text"), QStringLiteral("Fictional %1 place").arg(rating));
        items << item;
    }
    const ui::SafetyPlanDocument document(*m_youngPerson, *m_plan, items, m_adults);
    const QString text = flat(document.build(Form::FullPlan, PrintSize::Standard)->toPlainText());
    for (const QString& rating : ratings) {
        const QString expected = ratingLabel(rating) + QStringLiteral(" Fictional %1 place").arg(rating);
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestPlanPrinting::aDraftOrOldVersionSaysSo()
{
    const QList<std::pair<QString, QString>> statuses{
        {QStringLiteral("draft"), QStringLiteral("This is a draft. It has not been agreed yet.")},
        {QStringLiteral("superseded"), QStringLiteral("This is an old version. Ask my worker for the latest one.")}};
    for (const auto& [status, warning] : statuses) {
        Record plan = *m_plan;
        plan.set(QStringLiteral("status"), status);
        const ui::SafetyPlanDocument document(*m_youngPerson, plan, m_items, m_adults);
        QVERIFY(flat(document.build(Form::FullPlan, PrintSize::Standard)->toPlainText()).contains(warning));
        QVERIFY(!flat(document.build(Form::Card, PrintSize::Standard)->toPlainText()).contains(warning));
    }
    const QString active = flat(m_document->build(Form::FullPlan, PrintSize::Standard)->toPlainText());
    QVERIFY(!active.contains(QStringLiteral("draft")) && !active.contains(QStringLiteral("old version")));
}

void TestPlanPrinting::largePrintIsLargerInBothForms()
{
    QCOMPARE(m_document->build(Form::FullPlan, PrintSize::Standard)->defaultFont().pointSizeF(), 12.0);
    QVERIFY(m_document->build(Form::FullPlan, PrintSize::Large)->defaultFont().pointSizeF() >= 18.0);
    QVERIFY(m_document->build(Form::Card, PrintSize::Large)->defaultFont().pointSizeF() >= 18.0);

    const QString full = print(Form::FullPlan, PrintSize::Standard, QStringLiteral("full.pdf"));
    const QString fullLarge = print(Form::FullPlan, PrintSize::Large, QStringLiteral("full-large.pdf"));
    const QString card = print(Form::Card, PrintSize::Standard, QStringLiteral("card.pdf"));
    const QString cardLarge = print(Form::Card, PrintSize::Large, QStringLiteral("card-large.pdf"));
    QVERIFY(!full.isEmpty() && !fullLarge.isEmpty() && !card.isEmpty() && !cardLarge.isEmpty());

    // The same words, set half as high again or more on paper.
    for (const auto& [standard, large] : {std::pair{full, fullLarge}, std::pair{card, cardLarge}}) {
        const qreal small = wordHeight(standard, QStringLiteral("Childline"));
        const qreal big = wordHeight(large, QStringLiteral("Childline"));
        QVERIFY(small > 0);
        QVERIFY2(big >= small * 1.45, qPrintable(QStringLiteral("%1 vs %2").arg(big).arg(small)));
    }
    QVERIFY2(pdfPages(fullLarge) > pdfPages(full), "large print takes more pages");
    QVERIFY(pdfPages(fullLarge) <= 10);
    QCOMPARE(pdfPages(cardLarge), 1);
    QCOMPARE(flat(pdfText(cardLarge)), flat(pdfText(card)));
    const QString largeText = flat(pdfText(fullLarge));
    QVERIFY(largeText.contains(QStringLiteral("What we agreed to do")));
    QVERIFY(!containsWord(largeText, kBarredGivenName));

    // Large print still fits the card for ordinary details.
    const QMarginsF margins = ui::SafetyPlanPrinter::pageMarginsMm(Form::Card) * kPointsPerMm;
    const QRectF box(QPointF(margins.left(), margins.top()), ui::SafetyPlanPrinter::cardSizeMm() * kPointsPerMm);
    for (const Word& word : pdfWords(cardLarge))
        QVERIFY2(box.contains(word.box), qPrintable(word.text));
}

void TestPlanPrinting::printerGetsA4AndANeutralJobName()
{
    // A QPrinter set to write a PDF stands in for a real printer: the same code path, readable.
    AuditLog audit(*m_db, QStringLiteral("test.worker"));
    ui::SafetyPlanPrinter printer(audit);
    QPrinter device(QPrinter::HighResolution);
    device.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_out.filePath(QStringLiteral("printer-card.pdf"));
    device.setOutputFileName(path);
    device.setPageSize(QPageSize(QPageSize::Letter));
    const auto printed = printer.print(*m_document, Form::Card, PrintSize::Standard, device);
    QVERIFY2(printed.ok(), qPrintable(printed.error().message));
    QCOMPARE(printed.value(), 1);
    QCOMPARE(device.docName(), QStringLiteral("Card"));
    QVERIFY(readFile(path).startsWith("%PDF-"));
    QVERIFY(pdfInfoField(path, QStringLiteral("Page size")).contains(QLatin1String("(A4)")));
    QVERIFY(flat(pdfText(path)).startsWith(QStringLiteral("Word: ")));

    QPrinter fullDevice(QPrinter::HighResolution);
    fullDevice.setOutputFormat(QPrinter::PdfFormat);
    const QString fullPath = m_out.filePath(QStringLiteral("printer-full.pdf"));
    fullDevice.setOutputFileName(fullPath);
    const auto fullPrinted = printer.print(*m_document, Form::FullPlan, PrintSize::Large, fullDevice);
    QVERIFY2(fullPrinted.ok(), qPrintable(fullPrinted.error().message));
    QCOMPARE(fullPrinted.value(), pdfPages(fullPath));
    const QString text = flat(pdfText(fullPath));
    QVERIFY(text.contains(QStringLiteral("Things I can do to cope")));
    QVERIFY(!containsWord(text, m_youngPerson->text(QStringLiteral("family_name"))));
    QVERIFY(!containsWord(text, kBarredGivenName));
}

void TestPlanPrinting::everyPrintIsAudited()
{
    const qint64 before = printEvents();
    QVERIFY(before >= 0);
    QVERIFY(!print(Form::Card, PrintSize::Standard, QStringLiteral("audit-card.pdf")).isEmpty());
    QVERIFY(!print(Form::FullPlan, PrintSize::Large, QStringLiteral("audit-full.pdf")).isEmpty());
    QCOMPARE(printEvents(), before + 2);

    // The event says who printed which plan, never what it says.
    auto stmt = m_db->prepare(QStringLiteral("SELECT actor, record_count FROM audit_event WHERE action = 'print' "
                                             "ORDER BY occurred_at DESC, rowid DESC LIMIT 1"));
    QVERIFY(stmt.ok());
    QVERIFY(stmt.value()->next());
    QCOMPARE(stmt.value()->text(0), QStringLiteral("test.worker"));
    QCOMPARE(stmt.value()->integer(1), int64_t(1));

    // A file that cannot be written is still an attempt on record, and an error the user can read.
    AuditLog audit(*m_db, QStringLiteral("test.worker"));
    ui::SafetyPlanPrinter printer(audit);
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    const auto failed = printer.printToPdf(*m_document, Form::Card, PrintSize::Standard,
                                           m_out.filePath(QStringLiteral("no/such/folder/card.pdf")));
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().message.isEmpty());
    QCOMPARE(printEvents(), before + 3);
}

void TestPlanPrinting::screenshots()
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TRELLIS_SCREENSHOT_DIR to render docs/screenshots/plan-*.png");
    QVERIFY(QDir().mkpath(dir));
    const QList<std::tuple<Form, PrintSize, QString>> shots{
        {Form::FullPlan, PrintSize::Standard, QStringLiteral("plan-full")},
        {Form::Card, PrintSize::Standard, QStringLiteral("plan-card")},
        {Form::FullPlan, PrintSize::Large, QStringLiteral("plan-full-large")},
        {Form::Card, PrintSize::Large, QStringLiteral("plan-card-large")}};
    for (const auto& [form, size, name] : shots) {
        const QString pdf = print(form, size, name + QStringLiteral(".pdf"));
        QVERIFY(!pdf.isEmpty());
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
             QDir(dir).filePath(name)});
        QVERIFY(QFile::exists(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

QTEST_MAIN(TestPlanPrinting)
#include "tst_plan_printing.moc"
