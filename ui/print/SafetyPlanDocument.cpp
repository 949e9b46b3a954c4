#include "SafetyPlanDocument.h"

#include "domain/PhoneNumbers.h"
#include "settings/Translations.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace trellis::ui {

using domain::Record;

namespace {

// The order sections are printed in, which is also the order the worker fills them in.
const QStringList& sectionOrder()
{
    static const QStringList order{QStringLiteral("warning_sign"), QStringLiteral("unsafe"),
                                   QStringLiteral("safe_place"),   QStringLiteral("safe_route"),
                                   QStringLiteral("coping"),       QStringLiteral("trusted_adult"),
                                   QStringLiteral("professional"), QStringLiteral("emergency_contact"),
                                   QStringLiteral("action")};
    return order;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Numbers and short phrases that must not wrap in the middle (a phone number split over two
// lines is easy to misdial).
QString unbroken(const QString& text)
{
    return esc(text).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString phone(const QString& e164)
{
    return unbroken(domain::PhoneNumbers::formatNational(e164));
}

QString dateInWords(const QDate& date)
{
    return settings::Translations::dateWordsLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString pt(qreal points)
{
    return QString::number(points, 'f', 1) + QLatin1String("pt");
}

// Qt's rich text takes font sizes in points but margins only in CSS pixels (1/96 inch), which
// it scales to the printer's resolution.
QString px(qreal points)
{
    return QString::number(qRound(points * 96.0 / 72.0)) + QLatin1String("px");
}

// Dark colours only: the plan is often printed in black and white, and every meaning that a
// colour carries is also written in words.
constexpr const char* kInk = "#1a1a1a";
constexpr const char* kHeading = "#123d63";
constexpr const char* kQuiet = "#404040";
constexpr const char* kRule = "#8a8a8a";

} // namespace

SafetyPlanDocument::SafetyPlanDocument(Record youngPerson, Record plan, QList<Record> items,
                                       QList<Record> trustedAdults)
    : m_youngPerson(std::move(youngPerson))
    , m_plan(std::move(plan))
    , m_items(std::move(items))
    , m_adults(std::move(trustedAdults))
{
    // Positions order items within a section; the caller's order is not trusted.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Record& a, const Record& b) {
        const auto sa = sectionOrder().indexOf(a.text(QStringLiteral("section")));
        const auto sb = sectionOrder().indexOf(b.text(QStringLiteral("section")));
        if (sa != sb)
            return sa < sb;
        return a.value(QStringLiteral("position")).toLongLong() < b.value(QStringLiteral("position")).toLongLong();
    });
}

qreal SafetyPlanDocument::basePointSize(PrintSize size)
{
    return size == PrintSize::Large ? 18.0 : 12.0;
}

QString SafetyPlanDocument::footerText(int page, int pages) const
{
    return tr("My safety plan, version %1. Page %2 of %3.")
        .arg(QString::number(m_plan.value(QStringLiteral("version")).toLongLong()), QString::number(page),
             QString::number(pages));
}

std::unique_ptr<QTextDocument> SafetyPlanDocument::build(Form form, PrintSize size) const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    // A plain sans serif that every desktop has one of; DejaVu is what Debian installs.
    const QStringList families{QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), // notr: font families
                               QStringLiteral("DejaVu Sans")};                             // notr: font families
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(basePointSize(size));
    document->setDefaultFont(font);
    document->setDocumentMargin(0); // the printer owns the margins
    document->setHtml(html(form, size));
    return document;
}

QString SafetyPlanDocument::html(Form form, PrintSize size) const
{
    const qreal base = basePointSize(size);
    return form == Form::Card ? cardHtml(base) : fullPlanHtml(base);
}

QList<Record> SafetyPlanDocument::section(const QString& name) const
{
    QList<Record> found;
    for (const Record& item : m_items) {
        if (item.text(QStringLiteral("section")) == name)
            found << item;
    }
    return found;
}

const Record* SafetyPlanDocument::adult(const QString& id) const
{
    for (const Record& candidate : m_adults) {
        if (candidate.id() == id)
            return &candidate;
    }
    return nullptr;
}

QList<const Record*> SafetyPlanDocument::contactableAdults() const
{
    // An adult marked do-not-contact is left out of every printed form: a plan that lists them
    // as someone to call could send a child back to the person they are being kept from.
    QList<const Record*> adults;
    for (const Record& item : section(QStringLiteral("trusted_adult"))) {
        const Record* linked = adult(item.text(QStringLiteral("trusted_adult_id")));
        if (linked && !linked->flag(QStringLiteral("do_not_contact")) && !adults.contains(linked))
            adults << linked;
    }
    return adults;
}

const Record* SafetyPlanDocument::cardAdult() const
{
    for (const Record* candidate : contactableAdults()) {
        if (!candidate->text(QStringLiteral("phone_primary")).isEmpty())
            return candidate;
    }
    return nullptr;
}

QString SafetyPlanDocument::firstName() const
{
    const QString preferred = m_youngPerson.text(QStringLiteral("preferred_name")).trimmed();
    return preferred.isEmpty() ? m_youngPerson.text(QStringLiteral("given_name")).trimmed() : preferred;
}

QString SafetyPlanDocument::cardHtml(qreal base) const
{
    // Neutral on purpose: read cold, it could be a note of a friend's number and a password.
    const qreal size = base * 1.15;
    QString html = QStringLiteral("<html><body style=\"color:%1\">").arg(QLatin1String(kInk));
    const QString line =
        QStringLiteral("<p style=\"font-size:%1; margin-top:0; margin-bottom:%2\">").arg(pt(size), px(size * 0.45));
    const QString codeWord = m_plan.text(QStringLiteral("code_word")).trimmed();
    if (!codeWord.isEmpty())
        html += line + tr("Word:") + QStringLiteral(" <b>%1</b></p>").arg(esc(codeWord));
    if (const Record* person = cardAdult()) {
        html += line + QStringLiteral("<b>%1</b>&nbsp;&nbsp; %2</p>")
                           .arg(esc(person->text(QStringLiteral("given_name")).trimmed()),
                                phone(person->text(QStringLiteral("phone_primary"))));
    }
    html += line + tr("Childline %1").arg(unbroken(childlineNumber())) + QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return html;
}

QString SafetyPlanDocument::fullPlanHtml(qreal base) const
{
    const QString quiet = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(kQuiet));
    const QString nothing = QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
                                .arg(QLatin1String(kQuiet), tr("Nothing written here yet."));
    // Each section is one borderless single-cell table, so it is one top-level frame that
    // SafetyPlanPrinter can move whole to the next page (Qt itself would split it between lines
    // and could leave a heading alone at the foot of a page).
    const QString sectionStart = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                                "style=\"margin-top:%1\"><tr><td>")
                                     .arg(px(base * 1.1));
    const QString sectionEnd = QStringLiteral("</td></tr></table>");
    auto heading = [&](const QString& title, const QString& hint) {
        QString text = QStringLiteral("<p style=\"font-size:%1; font-weight:bold; color:%2; margin-top:0; "
                                      "margin-bottom:%3\">%4</p>")
                           .arg(pt(base + 6), QLatin1String(kHeading), px(base * 0.3), esc(title));
        if (!hint.isEmpty())
            text += QStringLiteral("<p style=\"margin-top:0; margin-bottom:%1\">%2</p>")
                        .arg(px(base * 0.4), quiet.arg(esc(hint)));
        return text;
    };
    auto itemText = [&](const Record& item) {
        QString text = esc(item.text(QStringLiteral("text")));
        const QString notes = item.text(QStringLiteral("notes")).trimmed();
        if (!notes.isEmpty())
            text += QStringLiteral("<br>") + quiet.arg(esc(notes));
        return text;
    };
    auto list = [&](const QList<Record>& items) {
        if (items.isEmpty())
            return nothing;
        QString text = QStringLiteral("<ul style=\"margin-top:0; margin-bottom:0\">");
        for (const Record& item : items)
            text += QStringLiteral("<li style=\"margin-bottom:%1\">%2</li>").arg(px(base * 0.3), itemText(item));
        return text + QStringLiteral("</ul>");
    };
    auto listSection = [&](const QString& name, const QString& title, const QString& hint) {
        return sectionStart + heading(title, hint) + list(section(name)) + sectionEnd;
    };
    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"1\" "
                                         "style=\"border-collapse:collapse; border-color:%2; border-style:solid\">")
                              .arg(int(base * 0.6))
                              .arg(QLatin1String(kRule));

    QString html = QStringLiteral("<html><body style=\"color:%1\">").arg(QLatin1String(kInk));

    // Title, then who it belongs to and which version, so an old copy is easy to spot.
    html += QStringLiteral("<p style=\"font-size:%1; font-weight:bold; color:%2; margin-top:0; margin-bottom:%3\">"
                           "%4</p>")
                .arg(pt(base + 14), QLatin1String(kHeading), px(base * 0.2), esc(tr("My safety plan")));
    QString about;
    if (!firstName().isEmpty())
        about = tr("This plan belongs to %1.").arg(QStringLiteral("<b>%1</b>").arg(esc(firstName()))) +
                QStringLiteral("<br>");
    about += tr("Version %1.").arg(m_plan.value(QStringLiteral("version")).toLongLong());
    const QDate review = m_plan.date(QStringLiteral("review_date"));
    if (review.isValid())
        about += QLatin1Char(' ') + tr("We will look at it again by %1.").arg(unbroken(dateInWords(review)));
    // A draft or an old version printed by mistake must say so, or it could be followed instead
    // of the plan everyone agreed.
    const QString status = m_plan.text(QStringLiteral("status"));
    if (status == QLatin1String("draft"))
        about += QStringLiteral("<br><b>%1</b>").arg(esc(tr("This is a draft. It has not been agreed yet.")));
    else if (status == QLatin1String("superseded"))
        about +=
            QStringLiteral("<br><b>%1</b>").arg(esc(tr("This is an old version. Ask my worker for the latest one.")));
    html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:%1\">%2</p>").arg(px(base * 0.8), about);

    const QString codeWord = m_plan.text(QStringLiteral("code_word")).trimmed();
    if (!codeWord.isEmpty()) {
        html += table + QStringLiteral("<tr><td bgcolor=\"#eef3f8\">");
        html += tr("My code word is %1")
                    .arg(QStringLiteral("<b style=\"font-size:%1\">%2</b>").arg(pt(base * 1.3), esc(codeWord)));
        html += QStringLiteral("<br>") + esc(tr("If I say or text my code word to someone on this plan, it means I "
                                                "need help and can't say why. They will call me or come and get me."));
        html += QStringLiteral("</td></tr></table>");
    }

    html += listSection(QStringLiteral("warning_sign"), tr("Signs that things are going wrong for me"),
                        tr("If I notice these, it's time to use this plan."));

    // Unsafe places and people: the rating is written as a word and a symbol as well as a colour,
    // so it survives a black-and-white printer and colour blindness.
    html += sectionStart + heading(tr("Places and people that aren't safe for me"),
                                   tr("Red means stay away. Amber means be careful. Green means OK for now."));
    const QList<Record> unsafe = section(QStringLiteral("unsafe"));
    if (unsafe.isEmpty()) {
        html += nothing;
    } else {
        html += table;
        for (const Record& item : unsafe) {
            const QString rating = item.text(QStringLiteral("rating"));
            QString symbol = QStringLiteral("?");
            QString word = tr("Not rated");
            QString advice;
            QString tint = QStringLiteral("#ffffff");
            if (rating == QLatin1String("red")) {
                symbol = QString(QChar(0x2716)); // heavy multiplication x
                word = tr("Red");
                advice = tr("stay away");
                tint = QStringLiteral("#f7d4d4");
            } else if (rating == QLatin1String("amber")) {
                symbol = QString(QChar(0x25B2)); // warning triangle
                word = tr("Amber");
                advice = tr("be careful");
                tint = QStringLiteral("#fbe6c2");
            } else if (rating == QLatin1String("green")) {
                symbol = QString(QChar(0x2714)); // heavy check mark
                word = tr("Green");
                advice = tr("OK for now");
                tint = QStringLiteral("#d8eed8");
            }
            html += QStringLiteral("<tr><td width=\"28%\" bgcolor=\"%1\"><b>%2&nbsp;%3</b>%4</td><td>%5</td></tr>")
                        .arg(tint, symbol, esc(word),
                             advice.isEmpty() ? QString() : QStringLiteral("<br>") + esc(advice), itemText(item));
        }
        html += QStringLiteral("</table>");
    }
    html += sectionEnd;

    html += listSection(QStringLiteral("safe_place"), tr("Places where I feel safe"), {});
    html += listSection(QStringLiteral("safe_route"), tr("Safe ways to get around"), {});
    html += listSection(QStringLiteral("coping"), tr("Things I can do to cope"),
                        tr("When I feel wound up, scared or low, I can:"));

    // People I trust: only adults who may be contacted, with their numbers in national form.
    html += sectionStart + heading(tr("People I trust"), tr("I can call or text them if I need help."));
    QList<std::pair<const Record*, Record>> trusted;
    const QList<const Record*> contactable = contactableAdults();
    for (const Record& item : section(QStringLiteral("trusted_adult"))) {
        const Record* person = adult(item.text(QStringLiteral("trusted_adult_id")));
        if (person && contactable.contains(person))
            trusted.append({person, item});
    }
    if (trusted.isEmpty()) {
        html += nothing;
    } else {
        html += QStringLiteral("<ul style=\"margin-top:0; margin-bottom:0\">");
        for (const auto& [person, item] : trusted) {
            QString entry = QStringLiteral("<b>%1</b>").arg(esc(person->text(QStringLiteral("given_name"))));
            const QString relationship = person->text(QStringLiteral("relationship")).trimmed();
            if (!relationship.isEmpty())
                entry += QStringLiteral(" (%1)").arg(esc(relationship));
            QStringList numbers;
            for (const char* field : {"phone_primary", "phone_secondary"}) {
                const QString number = person->text(QString::fromLatin1(field));
                if (!number.isEmpty())
                    numbers << QStringLiteral("<b>%1</b>").arg(phone(number));
            }
            if (!numbers.isEmpty())
                entry += QStringLiteral(": ") + numbers.join(tr(" or "));
            const QString availability = person->text(QStringLiteral("availability")).trimmed();
            if (!availability.isEmpty())
                entry += QStringLiteral("<br>") + quiet.arg(esc(availability));
            entry += QStringLiteral("<br>") + itemText(item);
            html += QStringLiteral("<li style=\"margin-bottom:%1\">%2</li>").arg(px(base * 0.3), entry);
        }
        html += QStringLiteral("</ul>");
    }
    html += sectionEnd;

    html += listSection(QStringLiteral("professional"), tr("Professionals I can contact"), {});

    // Childline and 999 are printed on every plan, whatever the worker listed.
    html += sectionStart + heading(tr("In an emergency"), {});
    html += table + QStringLiteral("<tr><td bgcolor=\"#eef3f8\">");
    html += tr("If I'm in danger right now, I call %1.").arg(QStringLiteral("<b>999</b>"));
    html += QStringLiteral("<br>") + tr("To talk to someone, I can call Childline free on %1, any time, day or night.")
                                         .arg(QStringLiteral("<b>%1</b>").arg(unbroken(childlineNumber())));
    html += QStringLiteral("</td></tr></table>");
    const QList<Record> emergency = section(QStringLiteral("emergency_contact"));
    if (!emergency.isEmpty())
        html += QStringLiteral("<p style=\"margin-bottom:0\">%1</p>").arg(esc(tr("Also:"))) + list(emergency);
    html += sectionEnd;

    // Agreed actions: who, what and by when, as a table so the three line up.
    html += sectionStart + heading(tr("What we agreed to do"), {});
    const QList<Record> actions = section(QStringLiteral("action"));
    if (actions.isEmpty()) {
        html += nothing;
    } else {
        // The date column is wide enough for "30 September 2026" in large print; should it still
        // wrap, it wraps between words, never inside the year.
        html += table + QStringLiteral("<tr><th align=\"left\" width=\"22%\">%1</th><th align=\"left\">%2</th>"
                                       "<th align=\"left\" width=\"33%\">%3</th></tr>")
                            .arg(esc(tr("Who")), esc(tr("What")), esc(tr("By when")));
        for (const Record& item : actions) {
            const QDate due = item.date(QStringLiteral("due_date"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(item.text(QStringLiteral("who"))), itemText(item),
                             due.isValid() ? esc(dateInWords(due)) : esc(tr("No date set")));
        }
        html += QStringLiteral("</table>");
    }
    html += sectionEnd;

    html += sectionStart + heading(tr("My plan in my own words"), {});
    const QString ownWords = m_plan.text(QStringLiteral("own_words")).trimmed();
    html += ownWords.isEmpty() ? nothing : QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(esc(ownWords));
    html += sectionEnd;

    // Who agreed it and when, so everyone can see the copy they hold is the one they signed up to.
    html += sectionStart + heading(tr("Who agreed this plan"), {});
    auto agreed = [&](const char* field, const QString& who) {
        const QDate on = m_plan.date(QString::fromLatin1(field));
        return QStringLiteral("<li>%1</li>")
            .arg(on.isValid() ? tr("%1 on %2").arg(esc(who), unbroken(dateInWords(on)))
                              : tr("%1: not yet").arg(esc(who)));
    };
    html += QStringLiteral("<ul style=\"margin-top:0; margin-bottom:0\">");
    html += agreed("agreed_young_person_on", tr("Me"));
    html += agreed("agreed_carer_on", tr("My parent or carer"));
    html += agreed("agreed_practitioner_on", tr("My worker"));
    html += QStringLiteral("</ul>");
    if (review.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("We will look at this plan again by %1.")
                             .arg(QStringLiteral("<b>%1</b>").arg(unbroken(dateInWords(review)))));
    html += sectionEnd;

    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace trellis::ui
