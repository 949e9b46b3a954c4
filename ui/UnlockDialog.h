#pragma once

#include "store/Database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trellis::ui {

// Asks for the passphrase and opens the store with it. The passphrase is wiped from the line
// edit and from memory as soon as it has been tried; errors are the store's plain-English
// messages, which never repeat what was typed.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnlockDialog(QString storePath, QWidget* parent = nullptr);

    // The opened store, once the dialog has been accepted.
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    int failedAttempts() const { return m_failedAttempts; }

private:
    void tryUnlock();

    QString m_storePath;
    QLineEdit* m_passphraseEdit;
    QLabel* m_errorLabel;
    QPushButton* m_unlockButton;
    std::unique_ptr<Database> m_db;
    int m_failedAttempts = 0;
};

} // namespace trellis::ui
