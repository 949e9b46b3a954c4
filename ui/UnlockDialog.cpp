#include "UnlockDialog.h"

#include "store/Passphrase.h"
#include "store/StoreOpener.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis::ui {

UnlockDialog::UnlockDialog(QString storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_passphraseEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Trellis"));
    setMinimumWidth(440);

    auto* intro = new QLabel(tr("Enter your passphrase to open your caseload in %1.")
                                 .arg(QFileInfo(m_storePath).fileName()),
                             this);
    intro->setWordWrap(true);

    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_passphraseEdit->setAccessibleDescription(tr("The passphrase that encrypts your caseload on this computer"));

    m_errorLabel->setObjectName(QStringLiteral("unlockError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAccessibleName(tr("Unlock error"));
    m_errorLabel->hide();

    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlockButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UnlockDialog::tryUnlock()
{
    QString typed = m_passphraseEdit->text();
    m_passphraseEdit->clear();
    Passphrase passphrase = Passphrase::fromString(typed);
    secureWipe(typed);
    auto opened = StoreOpener::open(m_storePath, passphrase);
    passphrase.wipe();
    if (!opened.ok()) {
        ++m_failedAttempts;
        m_errorLabel->setText(opened.error().message);
        m_errorLabel->show();
        m_passphraseEdit->setFocus();
        return;
    }
    m_db = opened.takeValue();
    accept();
}

} // namespace trellis::ui
