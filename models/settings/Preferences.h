#pragma once

#include <QString>
#include <QVariant>

namespace trellis::settings {

// Every preference Trellis keeps in QSettings. Only non-sensitive choices belong here:
// credentials and anything about a young person live in the encrypted store.
enum class Key {
    Language, // "system", "en_GB" or "cy": which language the desktop speaks
};

enum class Language { System, EnglishUk, Welsh };

// The one table of keys and defaults (Preferences.cpp), read and written through QSettings with
// the application's organisation and name, so each user's choice is kept in their own profile.
class Preferences {
public:
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static Language language();
    static void setLanguage(Language language);
    // What a Language is called in QSettings ("system", "en_GB", "cy"); an unknown name reads as System.
    static QString languageName(Language language);
    static Language languageFromName(const QString& name);
};

} // namespace trellis::settings
