#pragma once

#include "Preferences.h"

#include <QLocale>
#include <QString>

namespace trellis::settings {

// Puts the desktop into the worker's language: installs Trellis's own translation (embedded as
// :/i18n/trellis_<code>.qm) and Qt's, when the system has one, and makes the matching QLocale the
// default, so dates show Welsh month names in Welsh. Only the desktop calls it: trellisctl, logs,
// audit events, exports meant for other programs and everything stored stay English.
class Translations {
public:
    // "cy" or "en_GB". System follows the system's language: Welsh if it is Welsh, else English.
    static QString resolve(Language language);
    // Replaces the translators an earlier call installed; returns the code now in use. Texts
    // already on screen keep their words: widgets built afterwards get the new language.
    static QString install(Language language);
    static QString installFromPreferences() { return install(Preferences::language()); }
    // The locale for dates in words ("28 Nov 2026"): Welsh month names when Trellis speaks Welsh,
    // otherwise UK English whatever the desktop's locale (the order is always day month year).
    static QLocale dateWordsLocale();
};

} // namespace trellis::settings
