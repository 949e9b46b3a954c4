#pragma once

#include "SafetyPlanDocument.h"
#include "store/AuditLog.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace trellis::ui {

// Prints a safety plan on A4, to a PDF file or to a printer, and writes an audit event for
// every print. The event is written first: if it cannot be written nothing is printed, so no
// copy of a plan leaves the store without a trace (a print that then fails still shows as an
// attempt). The event names the plan, never what it says.
//
// The full plan flows over as many A4 pages as it needs, with the version and page number in
// the footer. The card is a box the size of a bank card (ISO/IEC 7810 ID-1, 85.6 x 54 mm) in
// the top corner of an A4 page, drawn with a cut line: office printers take A4, and a custom
// card-size page is scaled or refused by many drivers, which would change the card's size. The
// rest of the sheet stays blank, so a sheet left in the tray says nothing either.
class SafetyPlanPrinter {
    Q_DECLARE_TR_FUNCTIONS(SafetyPlanPrinter)
public:
    using Form = SafetyPlanDocument::Form;
    using PrintSize = SafetyPlanDocument::PrintSize;

    explicit SafetyPlanPrinter(AuditLog& audit)
        : m_audit(audit)
    {
    }

    // Each returns the number of pages printed.
    Result<int> printToPdf(const SafetyPlanDocument& plan, Form form, PrintSize size, const QString& path);
    // Sets A4 and the margins on `printer` (from a QPrintDialog, say) and a job name that does not
    // say what the job is, as print queues are often visible to everyone on the network.
    Result<int> print(const SafetyPlanDocument& plan, Form form, PrintSize size, QPrinter& printer);

    static QSizeF cardSizeMm() { return {85.6, 54.0}; }
    static QMarginsF pageMarginsMm(Form form);

private:
    Result<void> audit(const SafetyPlanDocument& plan);
    static void setUpPage(QPagedPaintDevice& device, Form form);
    static Result<int> render(const SafetyPlanDocument& plan, Form form, PrintSize size, QPagedPaintDevice& device);

    AuditLog& m_audit;
};

} // namespace trellis::ui
