#include "Preferences.h"

#include <QSettings>

#include <array>

namespace trellis::settings {

namespace {

struct Entry {
    Key key;
    const char* name; // the QSettings key
    QVariant defaultValue;
};

const std::array<Entry, 1>& table()
{
    static const std::array<Entry, 1> entries{{
        {Key::Language, "ui/language", QStringLiteral("system")},
    }};
    return entries;
}

const Entry& entry(Key key)
{
    for (const Entry& e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant Preferences::value(Key key)
{
    const Entry& e = entry(key);
    return QSettings().value(QString::fromLatin1(e.name), e.defaultValue);
}

void Preferences::setValue(Key key, const QVariant& value)
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(entry(key).name), value);
    settings.sync();
}

Language Preferences::language()
{
    return languageFromName(value(Key::Language).toString());
}

void Preferences::setLanguage(Language language)
{
    setValue(Key::Language, languageName(language));
}

QString Preferences::languageName(Language language)
{
    switch (language) {
    case Language::EnglishUk:
        return QStringLiteral("en_GB");
    case Language::Welsh:
        return QStringLiteral("cy");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language Preferences::languageFromName(const QString& name)
{
    if (name == QLatin1String("en_GB"))
        return Language::EnglishUk;
    if (name == QLatin1String("cy"))
        return Language::Welsh;
    return Language::System;
}

} // namespace trellis::settings
