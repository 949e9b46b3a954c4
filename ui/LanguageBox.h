#pragma once

#include "settings/Preferences.h"

#include <QWidget>

class QComboBox;

namespace trellis::ui {

// The language choice of the lock screen and the first-run page, so a worker who reads only Welsh
// can choose it before unlocking. Shows the preference; choosing keeps it and emits chosen().
class LanguageBox : public QWidget {
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }

signals:
    void chosen(trellis::settings::Language language);

private:
    QComboBox* m_combo;
};

} // namespace trellis::ui
