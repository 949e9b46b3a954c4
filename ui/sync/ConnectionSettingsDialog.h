#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trellis {
class Clock;
class ConnectionTester;
class Database;
} // namespace trellis

namespace trellis::ui {

// Where this laptop's central store is and how it logs in: server, port, database, login,
// password, the CA certificate file, and an explicit development-only "no encryption" switch.
// "Test connection" connects off the GUI thread and says what failed in plain words; "Save"
// stores the account inside the encrypted store through sync::CentralAccount (the password
// never goes to a settings file; the URL names the login but no password). A stored password
// is never shown: the field says it is stored and, left empty, keeps it.
class ConnectionSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionSettingsDialog(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~ConnectionSettingsDialog() override;

    // postgresql://LOGIN@HOST:PORT/DATABASE, percent-encoded, with no password.
    static QString urlFor(const QString& host, int port, const QString& database, const QString& login);
    // For tests: how Browse… asks for the CA file.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    // The words of the last test ("Connected", or what failed).
    QString testResult() const;
    bool isTesting() const;

public slots:
    void testConnection();
    // True when stored; false leaves the dialog open with the problem beside its field.
    bool save();

signals:
    void tested();

private:
    void prefill();
    void clearProblems();
    bool checkInputs();
    void showInsecureWarning();

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    bool m_passwordStored = false;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QCheckBox* m_insecure;
    QLabel* m_insecureWarning;
    QLabel* m_hostProblem;
    QLabel* m_databaseProblem;
    QLabel* m_loginProblem;
    QLabel* m_passwordProblem;
    QLabel* m_caProblem;
    QPushButton* m_test;
    QLabel* m_result;
    ConnectionTester* m_tester;
    std::function<QString()> m_chooseFile;
};

} // namespace trellis::ui
