#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "trellis.translations")

namespace trellis::settings {

namespace {

QPointer<QTranslator>& ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replace(QPointer<QTranslator>& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QString Translations::resolve(Language language)
{
    switch (language) {
    case Language::Welsh:
        return QStringLiteral("cy");
    case Language::EnglishUk:
        return QStringLiteral("en_GB");
    case Language::System:
        break;
    }
    return QLocale::system().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
}

QString Translations::install(Language language)
{
    const QString code = resolve(language);
    auto* own = new QTranslator(QCoreApplication::instance());
    // English needs its file too: it holds the plural forms ("1 record", "2 records").
    if (!own->load(QStringLiteral(":/i18n/trellis_%1.qm").arg(code))) {
        qCWarning(lcTranslations) << "no embedded translation for" << code;
        delete own;
        own = nullptr;
    }
    replace(ownTranslator(), own);

    auto* qt = new QTranslator(QCoreApplication::instance());
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load(QStringLiteral("qtbase_%1").arg(code), qtDir)) {
        delete qt; // Qt ships no Welsh of its own (nor en_GB); its few words then stay English
        qt = nullptr;
    }
    replace(qtTranslator(), qt);

    if (language == Language::System)
        QLocale::setDefault(QLocale::system());
    else if (code == QLatin1String("cy"))
        QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return code;
}

QLocale Translations::dateWordsLocale()
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom); // the caseload asks for every row
    const QLocale chosen; // the default, which install() sets from the worker's language
    return chosen.language() == QLocale::Welsh ? chosen : uk;
}

} // namespace trellis::settings
