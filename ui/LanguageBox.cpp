#include "LanguageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace trellis::ui {

using settings::Language;
using settings::Preferences;

LanguageBox::LanguageBox(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("languageBox"));
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(tr("Follow the system"), QVariant::fromValue(int(Language::System)));
    // Each language in its own words, so "Cymraeg" is found by someone who reads no English.
    m_combo->addItem(QStringLiteral("English (UK)"), QVariant::fromValue(int(Language::EnglishUk))); // notr: own name
    m_combo->addItem(QStringLiteral("Cymraeg"), QVariant::fromValue(int(Language::Welsh)));          // notr: own name
    m_combo->setCurrentIndex(m_combo->findData(int(Preferences::language())));
    m_combo->setAccessibleName(tr("Language / Iaith"));
    m_combo->setAccessibleDescription(tr("The language Trellis uses. It changes at once on this screen."));

    auto* label = new QLabel(tr("&Language / Iaith:"), this);
    label->setBuddy(m_combo);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo, 1);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const auto language = Language(m_combo->itemData(index).toInt());
        Preferences::setLanguage(language);
        emit chosen(language);
    });
}

} // namespace trellis::ui
