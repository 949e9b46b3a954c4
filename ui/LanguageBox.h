#pragma once

#include "settings/Preferences.h"

#include <QWidget>

class QPushButton;

namespace trellis::ui {

// The language choice of the lock screen and the first-run page, so a worker who reads only Welsh
// can choose it before unlocking: a button naming the language in use, whose menu offers follow
// the system, English (UK) and Cymraeg. A menu rather than a combo box: while locked the window
// holds no item model at all (tst_main_window checks it). Choosing keeps the preference and emits
// chosen().
class LanguageBox : public QWidget {
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);

    QPushButton* button() const { return m_button; }

signals:
    void chosen(trellis::settings::Language language);

private:
    QPushButton* m_button;
};

} // namespace trellis::ui
