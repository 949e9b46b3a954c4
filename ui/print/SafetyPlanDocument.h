#pragma once

// Before Record.h, which uses QDate without including it (models builds with it precompiled).
#include <QDate>

#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace trellis::ui {

// What a printed safety plan says, built from plain records so the editor, a future batch
// print and the tests all print the same thing. Two forms:
// - the full plan, in plain words addressed to the young person, for them and for the file;
// - a discreet card that an exploiter could find without learning what it is: only the code
//   word, one trusted adult's first name and number, and Childline. No title, no name of the
//   young person, no word that says safety, risk, police or the service.
// Neither form carries a date of birth, an address or a case reference.
class SafetyPlanDocument {
    Q_DECLARE_TR_FUNCTIONS(SafetyPlanDocument)
public:
    enum class Form { FullPlan, Card };
    enum class PrintSize { Standard, Large };

    // `items` are the plan's live items in any order; `trustedAdults` the adults their
    // trusted_adult items link to (others are ignored, missing ones are left out).
    SafetyPlanDocument(domain::Record youngPerson, domain::Record plan, QList<domain::Record> items,
                       QList<domain::Record> trustedAdults);

    QString planId() const { return m_plan.id(); }

    // A document laid out for no particular page; SafetyPlanPrinter sets its width and paper.
    std::unique_ptr<QTextDocument> build(Form form, PrintSize size) const;
    QString html(Form form, PrintSize size) const;

    // The adult the card shows: the first one linked in the plan's trusted_adult section who may
    // be contacted and has a phone number; nullptr when there is none (the card leaves the line
    // out rather than show someone who must not be called).
    const domain::Record* cardAdult() const;

    // Body text size in points; headings scale from it. Large print is for readers who need
    // it (the RNIB's clear print guidance asks for 16–18pt at least).
    static qreal basePointSize(PrintSize size);

    // The full plan's footer on page `page` of `pages`: the version and page number.
    QString footerText(int page, int pages) const;

    // Childline's free number, on every form (the card and the emergency section).
    static QString childlineNumber() { return QStringLiteral("0800 1111"); }

private:
    QString fullPlanHtml(qreal base) const;
    QString cardHtml(qreal base) const;
    QList<domain::Record> section(const QString& name) const;
    const domain::Record* adult(const QString& id) const;
    QList<const domain::Record*> contactableAdults() const;
    QString firstName() const;

    domain::Record m_youngPerson;
    domain::Record m_plan;
    QList<domain::Record> m_items;
    QList<domain::Record> m_adults;
};

} // namespace trellis::ui
