#include "SafetyPlanPrinter.h"

#include "domain/Entities.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace trellis::ui {

namespace {

// PDF coordinates at this resolution; fine enough for hairlines, small enough to stay quick.
constexpr int kPdfResolution = 300;

qreal mmToPixels(qreal mm, const QPaintDevice& device)
{
    return mm * device.logicalDpiY() / 25.4;
}

// Qt breaks pages between lines, wherever they fall, so a heading can end one page with its
// list on the next. Each section of the plan is one top-level frame (SafetyPlanDocument wraps
// it in a table): one that would straddle two pages but fits on one starts a new page instead.
void keepSectionsTogether(QTextDocument& document, qreal pageHeight)
{
    const auto* layout = document.documentLayout();
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        const QRectF box = layout->frameBoundingRect(frame); // lays out up to here first
        if (box.height() >= pageHeight)
            continue;
        const int firstPage = int(box.top() / pageHeight);
        const int lastPage = int((box.bottom() - 1) / pageHeight);
        if (firstPage != lastPage) {
            QTextFrameFormat format = frame->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            frame->setFrameFormat(format);
        }
    }
}

} // namespace

QMarginsF SafetyPlanPrinter::pageMarginsMm(Form form)
{
    return form == Form::Card ? QMarginsF(15, 15, 15, 15) : QMarginsF(18, 15, 18, 12);
}

void SafetyPlanPrinter::setUpPage(QPagedPaintDevice& device, Form form)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(pageMarginsMm(form), QPageLayout::Millimeter);
}

Result<void> SafetyPlanPrinter::audit(const SafetyPlanDocument& plan)
{
    return m_audit.record(AuditLog::Action::Print, domain::entity::SafetyPlan, plan.planId(), 1);
}

Result<int> SafetyPlanPrinter::printToPdf(const SafetyPlanDocument& plan, Form form, PrintSize size,
                                          const QString& path)
{
    if (path.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, tr("Choose where to save the PDF."));
    if (auto audited = audit(plan); !audited)
        return audited.error();
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    // The file's own properties are shown by file managers and viewers: the card's say nothing.
    writer.setCreator(QString());
    writer.setTitle(form == Form::Card ? QString() : tr("My safety plan"));
    setUpPage(writer, form);
    return render(plan, form, size, writer);
}

Result<int> SafetyPlanPrinter::print(const SafetyPlanDocument& plan, Form form, PrintSize size, QPrinter& printer)
{
    if (auto audited = audit(plan); !audited)
        return audited.error();
    printer.setDocName(form == Form::Card ? tr("Card") : tr("Plan"));
    printer.setCreator(QString());
    printer.setFullPage(false);
    setUpPage(printer, form);
    return render(plan, form, size, printer);
}

Result<int> SafetyPlanPrinter::render(const SafetyPlanDocument& plan, Form form, PrintSize size,
                                      QPagedPaintDevice& device)
{
    auto document = plan.build(form, size);
    // Lay out with the device's own metrics, so what is measured is what is printed.
    document->documentLayout()->setPaintDevice(&device);
    QPainter painter;
    if (!painter.begin(&device))
        return StoreError::make(StoreError::Kind::Io, tr("Could not start printing. Check the printer or the folder "
                                                         "chosen for the PDF, then try again."));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, device.width(), device.height());

    if (form == Form::Card) {
        const QSizeF cardMm = cardSizeMm();
        const qreal padding = mmToPixels(4, device);
        const qreal width = mmToPixels(cardMm.width(), device);
        document->setTextWidth(width - 2 * padding);
        const qreal contentHeight = document->size().height();
        // Unusually long details (a 40-letter code word in large print) make the card taller
        // rather than the text smaller: large print is for someone who needs it.
        const qreal height = std::max(mmToPixels(cardMm.height(), device), contentHeight + 2 * padding);
        QPen cutLine(QColor(0x80, 0x80, 0x80), mmToPixels(0.25, device), Qt::DashLine);
        painter.setPen(cutLine);
        painter.drawRect(QRectF(0, 0, width, height));
        painter.translate(padding, (height - contentHeight) / 2);
        document->drawContents(&painter);
        painter.end();
        return 1;
    }

    // The footer carries the version and page number, so loose pages can be put back together
    // and an old copy is spotted.
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(SafetyPlanDocument::basePointSize(size) * 0.8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    const qreal bodyHeight = page.height() - footerHeight;
    document->setPageSize(QSizeF(page.width(), bodyHeight));
    keepSectionsTogether(*document, bodyHeight);
    const int pages = document->pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return StoreError::make(StoreError::Kind::Io, tr("The printer stopped after %1 pages.").arg(index));
        }
        painter.save();
        painter.translate(0, -index * bodyHeight);
        document->drawContents(&painter, QRectF(0, index * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(0, bodyHeight, page.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                         plan.footerText(index + 1, pages));
    }
    painter.end();
    return pages;
}

} // namespace trellis::ui
