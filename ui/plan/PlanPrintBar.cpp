#include "PlanPrintBar.h"

#include "forms/FormLayout.h"
#include "print/SafetyPlanPrinter.h"
#include "store/AuditLog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace trellis::ui {

PlanPrintBar::PlanPrintBar(Database& db, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_large(new QCheckBox(tr("&Large print"), this))
{
    setObjectName(QStringLiteral("planPrintBar"));
    m_fileName = [this](const QString& caption, const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, caption, folder + QLatin1Char('/') + suggested, tr("PDF (*.pdf)"));
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Safety plan"), question) == QMessageBox::Yes;
    };
    m_printDialog = [this](QPrinter& printer) {
        QPrintDialog dialog(&printer, this);
        return dialog.exec() == QDialog::Accepted;
    };

    m_large->setObjectName(QStringLiteral("largePrintCheck"));
    m_large->setAccessibleName(tr("Large print"));
    m_large->setToolTip(tr("Prints and saves in bigger letters, for a young person who finds small print hard"));
    const struct {
        const char* name;
        QString text;
        bool pdf;
        Form form;
        QString tip;
    } buttons[] = {
        {"printPlanButton", tr("Print plan…"), false, Form::FullPlan,
         tr("Print the whole saved plan in the young person's words")},
        {"printCardButton", tr("Print card…"), false, Form::Card,
         tr("Print the discreet wallet card: a code word, one adult's first name and number, and Childline")},
        {"savePlanPdfButton", tr("Save plan as PDF…"), true, Form::FullPlan,
         tr("Save the whole saved plan as a PDF file")},
        {"saveCardPdfButton", tr("Save card as PDF…"), true, Form::Card, tr("Save the discreet wallet card as a PDF file")}};
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& entry : buttons) {
        auto* button = new QPushButton(entry.text, this);
        button->setObjectName(QString::fromLatin1(entry.name));
        button->setAccessibleName(QString(entry.text).remove(QStringLiteral("…")));
        button->setToolTip(entry.tip);
        const bool pdf = entry.pdf;
        const Form form = entry.form;
        connect(button, &QPushButton::clicked, this, [this, pdf, form] { pdf ? savePdf(form) : print(form); });
        layout->addWidget(button);
        m_tabStops << button;
    }
    layout->addWidget(m_large);
    m_tabStops << m_large;
    formlayout::chainTabOrder(m_tabStops);
    layout->addStretch(1);
}

bool PlanPrintBar::largePrint() const
{
    return m_large->isChecked();
}

bool PlanPrintBar::savePdf(Form form)
{
    std::optional<SafetyPlanDocument> document = m_source ? m_source() : std::nullopt;
    if (!document)
        return false;
    // A PDF leaves the encrypted store as an ordinary file that anyone with the laptop can open.
    if (!m_confirm(tr("The PDF file will not be encrypted: anyone who can open the file can read it. Save it only "
                      "where your service allows, and delete it when it is no longer needed. Save it?")))
        return false;
    // The suggested name says nothing about what the file is, like the card itself.
    const QString suggested = form == Form::Card ? tr("card.pdf") : tr("plan.pdf");
    const QString caption = form == Form::Card ? tr("Save card as PDF") : tr("Save plan as PDF");
    const QString path = m_fileName(caption, suggested);
    if (path.isEmpty())
        return false;
    AuditLog audit(m_db, m_actor);
    SafetyPlanPrinter printer(audit);
    const auto size = largePrint() ? SafetyPlanDocument::PrintSize::Large : SafetyPlanDocument::PrintSize::Standard;
    const auto printed = printer.printToPdf(*document, form, size, path);
    if (!printed.ok()) {
        emit message(tr("Error: the PDF was not saved. %1").arg(printed.error().message));
        return false;
    }
    emit message(tr("Saved %n page(s) as PDF.", nullptr, printed.value()));
    return true;
}

bool PlanPrintBar::print(Form form)
{
    std::optional<SafetyPlanDocument> document = m_source ? m_source() : std::nullopt;
    if (!document)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    if (!m_printDialog(printer))
        return false;
    AuditLog audit(m_db, m_actor);
    SafetyPlanPrinter planPrinter(audit);
    const auto size = largePrint() ? SafetyPlanDocument::PrintSize::Large : SafetyPlanDocument::PrintSize::Standard;
    const auto printed = planPrinter.print(*document, form, size, printer);
    if (!printed.ok()) {
        emit message(tr("Error: nothing was printed. %1").arg(printed.error().message));
        return false;
    }
    emit message(tr("Sent %n page(s) to the printer.", nullptr, printed.value()));
    return true;
}

} // namespace trellis::ui
