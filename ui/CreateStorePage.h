#pragma once

#include "settings/Preferences.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trellis {
class Session;
}

namespace trellis::ui {

// First run: make a new encrypted store (passphrase twice, with the rules and a plain warning
// that a forgotten passphrase cannot be recovered), or open a store that already exists.
class CreateStorePage : public QWidget {
    Q_OBJECT
public:
    explicit CreateStorePage(Session& session, QWidget* parent = nullptr);
    void reset();

signals:
    void openOtherStoreRequested();
    // The worker chose a language here (already kept in the preferences); the window applies it.
    void languageChosen(trellis::settings::Language language);

private:
    void updateState();
    void create();

    Session& m_session;
    QLabel* m_pathLabel;
    QLineEdit* m_passphraseEdit;
    QLineEdit* m_confirmEdit;
    QLabel* m_problemLabel;
    QPushButton* m_createButton;
};

} // namespace trellis::ui
