#include "LockScreen.h"

#include "CentredPanel.h"
#include "LanguageBox.h"
#include "session/Session.h"
#include "store/Passphrase.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace trellis::ui {

LockScreen::LockScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeLabel(new QLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_waitLabel(new QLabel(this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = CentredPanel::title(tr("Trellis is locked"), this);

    m_storeLabel->setWordWrap(true);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_passphraseEdit->setAccessibleDescription(tr("The passphrase that encrypts your caseload on this computer"));
    m_errorLabel->setObjectName(QStringLiteral("unlockError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAccessibleName(tr("Unlock problem"));
    m_waitLabel->setObjectName(QStringLiteral("unlockWait"));
    m_waitLabel->setWordWrap(true);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    // Not a default button: outside a dialog that only draws it highlighted at all times, so a
    // keyboard user could not see whether it has the focus (Enter in the field unlocks).
    auto* other = new QPushButton(tr("Open a &different store…"), this);
    other->setObjectName(QStringLiteral("openOtherStoreButton"));
    m_unlockButton->setToolTip(tr("Open the caseload with this passphrase (Enter)"));
    other->setToolTip(tr("Choose another encrypted store file on this computer"));

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphraseEdit);
    form->addRow(label, m_passphraseEdit);

    auto* column = CentredPanel::create(this, 520);
    column->addWidget(title);
    column->addWidget(m_storeLabel);
    column->addLayout(form);
    column->addWidget(m_errorLabel);
    column->addWidget(m_waitLabel);
    column->addWidget(m_unlockButton);
    column->addWidget(other);
    auto* language = new LanguageBox(this);
    column->addWidget(language);
    connect(language, &LanguageBox::chosen, this, &LockScreen::languageChosen);


    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &LockScreen::updateWait);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(other, &QPushButton::clicked, this, &LockScreen::openOtherStoreRequested);
    reset();
}

void LockScreen::reset()
{
    m_passphraseEdit->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_storeLabel->setText(tr("Enter your passphrase to open the caseload in %1.")
                              .arg(QFileInfo(m_session.storePath()).fileName()));
    updateWait();
    m_passphraseEdit->setFocus();
}

void LockScreen::tryUnlock()
{
    if (m_session.secondsUntilNextAttempt() > 0)
        return;
    QString typed = m_passphraseEdit->text();
    m_passphraseEdit->clear();
    Passphrase passphrase = Passphrase::fromString(typed);
    secureWipe(typed);
    const auto result = m_session.unlock(passphrase);
    passphrase.wipe();
    if (result.ok())
        return; // the window swaps this screen for the work area
    // The store's own message is English (trellisctl prints it too); the common case is said here.
    m_errorLabel->setText(result.error().kind == StoreError::Kind::WrongPassphrase
                              ? tr("The passphrase is not correct for this store. Check it and try again; the "
                                   "store has not been changed.")
                              : result.error().message);
    m_errorLabel->show();
    m_passphraseEdit->setFocus();
    updateWait();
}

void LockScreen::updateWait()
{
    const qint64 wait = m_session.secondsUntilNextAttempt();
    m_unlockButton->setEnabled(wait == 0);
    m_passphraseEdit->setEnabled(wait == 0);
    if (wait > 0) {
        m_waitLabel->setText(tr("Too many attempts. You can try again in %n seconds.", nullptr, int(wait)));
        m_waitLabel->show();
        m_waitTimer->start();
    } else {
        m_waitLabel->hide();
        m_waitTimer->stop();
        m_passphraseEdit->setFocus();
    }
}

} // namespace trellis::ui
