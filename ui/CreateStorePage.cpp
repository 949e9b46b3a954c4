#include "CreateStorePage.h"

#include "session/PassphrasePolicy.h"
#include "CentredPanel.h"
#include "LanguageBox.h"
#include "session/Session.h"
#include "store/Passphrase.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis::ui {

CreateStorePage::CreateStorePage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pathLabel(new QLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("&Create my store"), this))
{
    setObjectName(QStringLiteral("createStorePage"));
    auto* title = CentredPanel::title(tr("Welcome to Trellis"), this);

    auto* intro = new QLabel(tr("Trellis keeps your caseload on this computer, encrypted with a passphrase only you "
                                "know. Choose one of at least %1 characters, or at least %2 words.")
                                 .arg(PassphrasePolicy::kMinimumCharacters)
                                 .arg(PassphrasePolicy::kMinimumWords),
                             this);
    intro->setWordWrap(true);
    auto* warning = new QLabel(tr("Important: %1").arg(PassphrasePolicy::forgottenWarning()), this);
    warning->setObjectName(QStringLiteral("forgottenWarning"));
    warning->setWordWrap(true);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    m_pathLabel->setWordWrap(true);

    for (QLineEdit* edit : {m_passphraseEdit, m_confirmEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &CreateStorePage::updateState);
    }
    m_passphraseEdit->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphraseEdit->setAccessibleName(tr("New passphrase"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirmEdit->setAccessibleName(tr("Type the passphrase again"));
    m_problemLabel->setObjectName(QStringLiteral("passphraseProblem"));
    m_problemLabel->setWordWrap(true);
    m_createButton->setObjectName(QStringLiteral("createStoreButton"));
    // Not a default button, so its focus shows (Enter in the second field creates the store).
    auto* other = new QPushButton(tr("Open an &existing store…"), this);
    other->setObjectName(QStringLiteral("openOtherStoreButton"));
    m_passphraseEdit->setAccessibleDescription(
        tr("At least %1 characters or %2 words; it encrypts your caseload and cannot be recovered")
            .arg(PassphrasePolicy::kMinimumCharacters)
            .arg(PassphrasePolicy::kMinimumWords));
    m_confirmEdit->setAccessibleDescription(tr("The same passphrase, to check it was typed as meant"));
    m_createButton->setToolTip(tr("Make a new encrypted store with this passphrase"));
    other->setToolTip(tr("Open a store that already exists on this computer"));

    auto* form = new QFormLayout;
    auto* first = new QLabel(tr("&Passphrase:"), this);
    first->setBuddy(m_passphraseEdit);
    auto* second = new QLabel(tr("&Again:"), this);
    second->setBuddy(m_confirmEdit);
    form->addRow(first, m_passphraseEdit);
    form->addRow(second, m_confirmEdit);

    auto* column = CentredPanel::create(this, 580);
    for (QWidget* w : std::initializer_list<QWidget*>{title, intro, warning, m_pathLabel})
        column->addWidget(w);
    column->addLayout(form);
    column->addWidget(m_problemLabel);
    column->addWidget(m_createButton);
    column->addWidget(other);
    auto* language = new LanguageBox(this);
    column->addWidget(language);
    connect(language, &LanguageBox::chosen, this, &CreateStorePage::languageChosen);


    connect(m_createButton, &QPushButton::clicked, this, &CreateStorePage::create);
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, &CreateStorePage::create);
    connect(other, &QPushButton::clicked, this, &CreateStorePage::openOtherStoreRequested);
    reset();
}

void CreateStorePage::reset()
{
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
    m_pathLabel->setText(tr("The store will be created at %1.").arg(QDir::toNativeSeparators(m_session.storePath())));
    updateState();
    m_passphraseEdit->setFocus();
}

void CreateStorePage::updateState()
{
    QString problem = PassphrasePolicy::problem(m_passphraseEdit->text());
    if (problem.isEmpty() && m_confirmEdit->text() != m_passphraseEdit->text())
        problem = m_confirmEdit->text().isEmpty() ? tr("Type the passphrase again to check it.")
                                                  : tr("The two passphrases are not the same.");
    m_problemLabel->setText(problem);
    m_createButton->setEnabled(problem.isEmpty());
}

void CreateStorePage::create()
{
    updateState();
    if (!m_createButton->isEnabled())
        return;
    QDir().mkpath(QFileInfo(m_session.storePath()).absolutePath());
    QString typed = m_passphraseEdit->text();
    Passphrase passphrase = Passphrase::fromString(typed);
    secureWipe(typed);
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
    const auto result = m_session.create(passphrase);
    if (!result.ok())
        m_problemLabel->setText(result.error().message);
}

} // namespace trellis::ui
