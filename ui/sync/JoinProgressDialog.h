#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace trellis {
class SyncService;
}

namespace trellis::ui {

// A store's first sync (joining): "Getting your caseload: N records" with a busy bar and Cancel.
// Cancelling keeps every page that arrived (each is applied in its own transaction) and the next
// sync carries on from there. Not modal: the window keeps turning, and it closes itself when the
// sync ends, however it ends.
class JoinProgressDialog : public QDialog {
    Q_OBJECT
public:
    explicit JoinProgressDialog(SyncService& service, QWidget* parent = nullptr);

    QString text() const;

private:
    SyncService& m_service;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace trellis::ui
