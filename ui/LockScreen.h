#pragma once

#include "settings/Preferences.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace trellis {
class Session;
}

namespace trellis::ui {

// The only thing on screen while Trellis is locked: a passphrase field and nothing from any
// record. After repeated wrong passphrases it counts down the wait before the next attempt.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(Session& session, QWidget* parent = nullptr);

    // Called each time the screen is shown: clears the field and any old message.
    void reset();

signals:
    void openOtherStoreRequested();
    // The worker chose a language here (already kept in the preferences); the window applies it.
    void languageChosen(trellis::settings::Language language);

private:
    void tryUnlock();
    void updateWait();

    Session& m_session;
    QLabel* m_storeLabel;
    QLineEdit* m_passphraseEdit;
    QLabel* m_errorLabel;
    QLabel* m_waitLabel;
    QPushButton* m_unlockButton;
    QTimer* m_waitTimer;
};

} // namespace trellis::ui
