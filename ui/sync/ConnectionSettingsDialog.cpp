#include "ConnectionSettingsDialog.h"

#include "Colours.h"

#include "central/ConnectionUrl.h"
#include "session/Clock.h"
#include "session/ConnectionTester.h"
#include "session/SyncWords.h"
#include "sync/CentralAccount.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

// The error tone of ui/Colours for the window's palette, light or dark (a fixed red was 1.7:1 on
// a dark window); the words themselves say what is wrong.
void inProblemColour(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Colours::errorText(palette));
    label->setPalette(palette);
}

QLabel* problemLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    inProblemColour(label);
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A row: the input (with its Browse… button when given), then the problem beneath it.
QWidget* fieldWith(QWidget* input, QLabel* problem, QWidget* extra = nullptr)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(input, 1);
    if (extra)
        row->addWidget(extra);
    column->addLayout(row);
    column->addWidget(problem);
    box->setFocusProxy(input); // the row's label (its buddy) and mnemonic lead to the input
    return box;
}

} // namespace

ConnectionSettingsDialog::ConnectionSettingsDialog(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_insecure(new QCheckBox(tr("No encryption (development only)"), this))
    , m_insecureWarning(new QLabel(this))
    , m_hostProblem(problemLabel(this, QStringLiteral("hostProblem")))
    , m_databaseProblem(problemLabel(this, QStringLiteral("databaseProblem")))
    , m_loginProblem(problemLabel(this, QStringLiteral("loginProblem")))
    , m_passwordProblem(problemLabel(this, QStringLiteral("passwordProblem")))
    , m_caProblem(problemLabel(this, QStringLiteral("caFileProblem")))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("connectionSettingsDialog"));
    setWindowTitle(tr("Connection settings"));
    m_host->setObjectName(QStringLiteral("serverInput"));
    m_port->setObjectName(QStringLiteral("portInput"));
    m_database->setObjectName(QStringLiteral("databaseInput"));
    m_login->setObjectName(QStringLiteral("loginInput"));
    m_password->setObjectName(QStringLiteral("passwordInput"));
    m_caFile->setObjectName(QStringLiteral("caFileInput"));
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_insecure->setObjectName(QStringLiteral("insecureCheck"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_login->setAccessibleName(tr("Login"));
    m_password->setAccessibleName(tr("Password"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_browse->setAccessibleName(tr("Browse for the CA certificate file"));
    m_insecure->setAccessibleName(tr("No encryption (development only)"));
    m_test->setAccessibleName(tr("Test connection"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_host->setAccessibleDescription(tr("The central store's name or address, as your IT team gave it"));
    m_port->setAccessibleDescription(tr("A number from 1 to 65535, given by your administrator"));
    m_database->setAccessibleDescription(tr("The central store's database name; usually trellis"));
    m_login->setAccessibleDescription(tr("Your own login to the central store"));
    m_password->setAccessibleDescription(tr("Your central store password; kept only in the encrypted store"));
    m_caFile->setAccessibleDescription(
        tr("The file that proves the server is the council's; PEM format, from your IT team"));
    m_browse->setToolTip(tr("Choose the CA certificate file"));
    m_insecure->setToolTip(tr("Connect without TLS: only for a test server on this laptop"));
    m_test->setToolTip(tr("Try to connect with these settings, without saving them"));

    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("trellis")); // notr: the usual database name, a value
    m_password->setEchoMode(QLineEdit::Password);
    m_insecure->setChecked(false);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setText(tr("Warning: without encryption, records and your password cross the network in "
                                  "the clear. Only for a test server on this laptop, never for real records."));
    inProblemColour(m_insecureWarning);
    QFont bold = m_insecureWarning->font();
    bold.setBold(true);
    m_insecureWarning->setFont(bold);
    m_insecureWarning->hide();
    m_result->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), fieldWith(m_host, m_hostProblem));
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), fieldWith(m_database, m_databaseProblem));
    form->addRow(tr("&Login:"), fieldWith(m_login, m_loginProblem));
    form->addRow(tr("&Password:"), fieldWith(m_password, m_passwordProblem));
    form->addRow(tr("&CA certificate file:"), fieldWith(m_caFile, m_caProblem, m_browse));
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_insecureWarning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Keep these settings for the next syncs"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the settings"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(buttons);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_insecure);
    setTabOrder(m_insecure, m_test);

    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("CA certificate file"), QString(),
                                            tr("Certificates (*.crt *.pem);;All files (*)"));
    };
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile ? m_chooseFile() : QString();
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectionSettingsDialog::showInsecureWarning);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::tested, this, [this](const QString& kind) {
        m_result->setText(kind.isEmpty() ? tr("Connected") : SyncWords::forError(kind));
        m_test->setEnabled(true);
        emit tested();
    });
    prefill();
}

ConnectionSettingsDialog::~ConnectionSettingsDialog() = default;

QString ConnectionSettingsDialog::urlFor(const QString& host, int port, const QString& database, const QString& login)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(login);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSettingsDialog::testResult() const
{
    return m_result->text();
}
bool ConnectionSettingsDialog::isTesting() const
{
    return m_tester->isRunning();
}

void ConnectionSettingsDialog::prefill()
{
    auto loaded = sync::CentralAccount(m_db).load();
    if (!loaded.ok() || !loaded.value())
        return;
    const auto& account = *loaded.value();
    const central::ConnectionUrl url = central::ConnectionUrl::parse(account.url);
    m_host->setText(url.host);
    if (!url.port.isEmpty())
        m_port->setValue(url.port.toInt());
    if (!url.database.isEmpty())
        m_database->setText(url.database);
    m_login->setText(url.login);
    m_caFile->setText(account.caFile);
    m_insecure->setChecked(account.insecure);
    m_passwordStored = !account.password.isEmpty();
    if (m_passwordStored)
        m_password->setPlaceholderText(tr("stored (type to replace)"));
}

void ConnectionSettingsDialog::showInsecureWarning()
{
    m_insecureWarning->setVisible(m_insecure->isChecked());
    m_caFile->setEnabled(!m_insecure->isChecked());
    m_browse->setEnabled(!m_insecure->isChecked());
}

void ConnectionSettingsDialog::clearProblems()
{
    for (QLabel* label : {m_hostProblem, m_databaseProblem, m_loginProblem, m_passwordProblem, m_caProblem})
        showProblem(label, {});
}

bool ConnectionSettingsDialog::checkInputs()
{
    clearProblems();
    bool ok = true;
    if (m_host->text().trimmed().isEmpty()) {
        showProblem(m_hostProblem, tr("Enter the server's name or address."));
        ok = false;
    }
    if (m_database->text().trimmed().isEmpty()) {
        showProblem(m_databaseProblem, tr("Enter the database name."));
        ok = false;
    }
    if (m_login->text().trimmed().isEmpty()) {
        showProblem(m_loginProblem, tr("Enter your login."));
        ok = false;
    }
    if (m_password->text().isEmpty() && !m_passwordStored) {
        showProblem(m_passwordProblem, tr("Enter your password."));
        ok = false;
    }
    return ok;
}

namespace {

// The password typed, or the stored one when the field was left empty.
// The password typed, or else the stored one, but only for the very connection it was stored
// for: a stored password never goes to another server, CA or an unencrypted connection someone
// typed in (that would hand it to whoever runs that server). Empty otherwise: the worker types it.
Passphrase passwordFrom(QLineEdit* field, Database& db, const central::PgConnection::Options& options)
{
    if (!field->text().isEmpty()) {
        QString typed = field->text();
        Passphrase password = Passphrase::fromString(typed);
        secureWipe(typed);
        return password;
    }
    auto loaded = sync::CentralAccount(db).load();
    if (!loaded.ok() || !loaded.value())
        return {};
    const sync::CentralAccount::Account& stored = *loaded.value();
    if (stored.url != options.url || stored.caFile != options.caFile || stored.insecure != options.insecure)
        return {};
    return stored.password.duplicate();
}

} // namespace

void ConnectionSettingsDialog::testConnection()
{
    if (!checkInputs() || m_tester->isRunning())
        return;
    central::PgConnection::Options options;
    options.url =
        urlFor(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_login->text().trimmed());
    options.insecure = m_insecure->isChecked();
    options.caFile = options.insecure ? QString() : QFileInfo(m_caFile->text().trimmed()).absoluteFilePath();
    if (m_caFile->text().trimmed().isEmpty())
        options.caFile.clear();
    options.applicationName = QStringLiteral("trellis connection test"); // notr: libpq application_name, seen by the DBA
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_tester->test(options, passwordFrom(m_password, m_db, options));
}

bool ConnectionSettingsDialog::save()
{
    if (!checkInputs())
        return false;
    sync::CentralAccount accounts(m_db);
    sync::CentralAccount::Account account;
    account.url =
        urlFor(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_login->text().trimmed());
    account.insecure = m_insecure->isChecked();
    if (!account.insecure && !m_caFile->text().trimmed().isEmpty())
        account.caFile = QFileInfo(m_caFile->text().trimmed()).absoluteFilePath();
    account.password = passwordFrom(m_password, m_db, account.connectionOptions({}));
    auto checked = accounts.check(account);
    if (!checked.ok()) {
        m_result->setText(SyncWords::forError(QStringLiteral("store-") + StoreError::kindName(checked.error().kind)));
        return false;
    }
    if (const auto& problem = checked.value()) {
        using Field = sync::CentralAccount::Problem::Field;
        switch (problem->field) {
        case Field::Url:
            // The URL is built from the server, database and login; a login problem is the
            // likeliest (another worker's login on this store), so it shows there.
            showProblem(m_loginProblem, tr("The connection %1.").arg(problem->message));
            break;
        case Field::CaFile:
            showProblem(m_caProblem, tr("The CA certificate file %1.").arg(problem->message));
            break;
        case Field::Password:
            showProblem(m_passwordProblem, tr("The password %1.").arg(problem->message));
            break;
        }
        return false;
    }
    auto stored = accounts.store(account, m_actor, m_clock.now());
    if (!stored.ok()) {
        m_result->setText(SyncWords::forError(QStringLiteral("store-") + StoreError::kindName(stored.error().kind)));
        return false;
    }
    m_password->clear();
    m_passwordStored = true;
    return true;
}

} // namespace trellis::ui
