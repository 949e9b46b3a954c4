#pragma once

#include "settings/Preferences.h"

#include <QMenu>

class QAction;
class QActionGroup;

namespace trellis::ui {

// "Language": follow the system, English (UK) or Cymraeg, as radio actions. Choosing one keeps it
// in the preferences and emits chosen(); the window decides when it applies (MainWindow: at once
// while locked, otherwise at the next lock, so no open editor loses an unsaved change).
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // Sets the texts in the language now installed; the names of the languages stay in their own.
    void retranslate();
    // Ticks the action of the language the preferences hold.
    void showPreference();

signals:
    void chosen(trellis::settings::Language language);

private:
    QAction* m_system;
    QAction* m_english;
    QAction* m_welsh;
};

} // namespace trellis::ui
