#pragma once

#include "print/SafetyPlanDocument.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QPrinter;
class QPushButton;

namespace trellis {
class Database;
}

namespace trellis::ui {

// The safety plan editor's print buttons: the full plan or the discreet card, to a printer or
// to a PDF file, in standard or large print. Printing goes through SafetyPlanPrinter, which
// writes the audit event. Every dialog goes through a replaceable hook so tests never open one.
class PlanPrintBar : public QWidget {
    Q_OBJECT
public:
    using Form = SafetyPlanDocument::Form;
    // The file to write, or empty to cancel. Default: QFileDialog::getSaveFileName.
    using FileNameHook = std::function<QString(const QString& caption, const QString& suggestedName)>;
    // A yes/no question. Default: QMessageBox::question.
    using ConfirmHook = std::function<bool(const QString& question)>;
    // Sets up the printer, false to cancel. Default: QPrintDialog.
    using PrintDialogHook = std::function<bool(QPrinter& printer)>;
    // The plan to print, or nothing (with a message already given) when it cannot be printed now.
    using DocumentSource = std::function<std::optional<SafetyPlanDocument>()>;

    PlanPrintBar(Database& db, QString actor, QWidget* parent = nullptr);

    void setDocumentSource(DocumentSource source) { m_source = std::move(source); }
    void setFileNameHook(FileNameHook hook) { m_fileName = std::move(hook); }
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    void setPrintDialogHook(PrintDialogHook hook) { m_printDialog = std::move(hook); }

    bool largePrint() const;
    // What Tab goes through, in order: the four buttons, then the large-print tick.
    QList<QWidget*> tabStops() const { return m_tabStops; }

    bool savePdf(Form form);
    bool print(Form form);

signals:
    void message(const QString& text);

private:
    Database& m_db;
    QString m_actor;
    DocumentSource m_source;
    FileNameHook m_fileName;
    ConfirmHook m_confirm;
    PrintDialogHook m_printDialog;
    QCheckBox* m_large;
    QList<QWidget*> m_tabStops;
};

} // namespace trellis::ui
