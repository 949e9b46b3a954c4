#include "LanguageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace trellis::ui {

using settings::Language;
using settings::Preferences;

LanguageBox::LanguageBox(QWidget* parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("languageBox"));
    m_button->setObjectName(QStringLiteral("languageButton"));
    auto* menu = new QMenu(m_button);
    menu->setObjectName(QStringLiteral("languageChoices"));
    auto* group = new QActionGroup(menu);
    // Each language in its own words, so "Cymraeg" is found by someone who reads no English.
    const std::initializer_list<std::tuple<Language, QString, const char*>> choices{
        {Language::System, tr("Follow the system"), "languageSystemChoice"},
        {Language::EnglishUk, QStringLiteral("English (UK)"), "languageEnglishChoice"}, // notr: its own name
        {Language::Welsh, QStringLiteral("Cymraeg"), "languageWelshChoice"},            // notr: its own name
    };
    const Language current = Preferences::language();
    for (const auto& [language, name, objectName] : choices) {
        QAction* action = menu->addAction(name);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setCheckable(true);
        action->setActionGroup(group);
        action->setChecked(language == current);
        if (language == current)
            m_button->setText(name);
        connect(action, &QAction::triggered, this, [this, language = language] {
            Preferences::setLanguage(language);
            emit chosen(language);
        });
    }
    m_button->setMenu(menu);
    m_button->setAccessibleName(tr("Language / Iaith"));
    m_button->setAccessibleDescription(tr("The language Trellis uses. It changes at once on this screen."));

    auto* label = new QLabel(tr("&Language / Iaith:"), this);
    label->setBuddy(m_button);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_button, 1);
}

} // namespace trellis::ui
