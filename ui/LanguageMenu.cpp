#include "LanguageMenu.h"

#include <QAction>
#include <QActionGroup>

namespace trellis::ui {

using settings::Language;
using settings::Preferences;

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_system(new QAction(this))
    , m_english(new QAction(this))
    , m_welsh(new QAction(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const std::initializer_list<std::pair<QAction*, Language>> choices{
        {m_system, Language::System}, {m_english, Language::EnglishUk}, {m_welsh, Language::Welsh}};
    for (const auto& [action, language] : choices) {
        action->setCheckable(true);
        action->setActionGroup(group);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] {
            Preferences::setLanguage(language);
            emit chosen(language);
        });
    }
    m_system->setObjectName(QStringLiteral("languageSystemAction"));
    m_english->setObjectName(QStringLiteral("languageEnglishAction"));
    m_welsh->setObjectName(QStringLiteral("languageWelshAction"));
    // Each language is named in its own words, so someone who reads only Welsh finds "Cymraeg".
    m_english->setText(QStringLiteral("English (UK)")); // notr: a language's own name
    m_welsh->setText(QStringLiteral("Cymraeg"));        // notr: a language's own name
    retranslate();
    showPreference();
}

void LanguageMenu::retranslate()
{
    // Both words, so the menu is found whichever language the window is in.
    setTitle(tr("&Language / Iaith"));
    m_system->setText(tr("Follow the system"));
    m_system->setStatusTip(tr("Use Welsh when the computer is set to Welsh, otherwise English"));
}

void LanguageMenu::showPreference()
{
    switch (Preferences::language()) {
    case Language::System:
        m_system->setChecked(true);
        break;
    case Language::EnglishUk:
        m_english->setChecked(true);
        break;
    case Language::Welsh:
        m_welsh->setChecked(true);
        break;
    }
}

} // namespace trellis::ui
