#pragma once

// Shared by the trellisctl tests (tst_ctl, tst_ctl_import_export): trellisctl driven in-process,
// CtlApp::run() with its output and errors captured in strings, in a temporary folder with
// fictional passphrase files, and what a store holds afterwards.

#include "TestStore.h"

#include "ctl/CtlApp.h"
#include "domain/Entities.h"
#include "store/StoreOpener.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

namespace trellis::test::ctlsupport {

inline const QString kPassphrase = QStringLiteral("velvet-badger-compass-19");
inline const QString kWrongPassphrase = QStringLiteral("amber-walrus-kettle-53");
inline const QString kNewPassphrase = QStringLiteral("copper-finch-meadow-88");

struct CtlResult {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
    // For QVERIFY2: what the command said, so a failure explains itself.
    QByteArray said() const { return QStringLiteral("exit %1; out: %2; err: %3").arg(code).arg(out, err).toUtf8(); }
};

inline CtlResult runCtl(const QStringList& arguments)
{
    CtlResult result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        ctl::CtlApp app(out, err);
        result.code = app.run(QStringList{QStringLiteral("trellisctl")} + arguments);
    } // the streams flush as they go out of scope
    return result;
}

// A temporary folder with the three passphrase files the tests use.
class Workspace {
public:
    Workspace()
    {
        writeFile(passphraseFile(), kPassphrase.toUtf8() + '\n');
        writeFile(wrongPassphraseFile(), kWrongPassphrase.toUtf8() + '\n');
        writeFile(newPassphraseFile(), kNewPassphrase.toUtf8() + '\n');
    }
    bool isValid() const { return m_dir.isValid() && QFileInfo::exists(passphraseFile()); }
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString store(const QString& name = QStringLiteral("caseload.trellis")) const { return file(name); }
    QString passphraseFile() const { return file(QStringLiteral("passphrase.txt")); }
    QString wrongPassphraseFile() const { return file(QStringLiteral("wrong-passphrase.txt")); }
    QString newPassphraseFile() const { return file(QStringLiteral("new-passphrase.txt")); }
    // --store PATH --passphrase-file FILE
    QStringList on(const QString& store, const QString& passphraseFile = {}) const
    {
        return {QStringLiteral("--store"), store, QStringLiteral("--passphrase-file"),
                passphraseFile.isEmpty() ? this->passphraseFile() : passphraseFile};
    }

private:
    QTemporaryDir m_dir;
};

inline std::unique_ptr<Database> openStore(const QString& path, const QString& passphrase = kPassphrase)
{
    auto opened = StoreOpener::open(path, Passphrase::fromString(passphrase));
    return opened.ok() ? opened.takeValue() : nullptr;
}

inline qint64 auditEvents(Database& db, const QString& action)
{
    auto prepared = db.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?1"));
    if (!prepared.ok())
        return -1;
    auto& stmt = *prepared.value();
    stmt.bind(1, action);
    return stmt.next() ? stmt.integer(0) : -1;
}

// record_count of the newest audit event with this action, or -1.
inline qint64 lastAuditCount(Database& db, const QString& action)
{
    auto prepared =
        db.prepare(QStringLiteral("SELECT record_count FROM audit_event WHERE action = ?1 ORDER BY rowid DESC"));
    if (!prepared.ok())
        return -1;
    auto& stmt = *prepared.value();
    stmt.bind(1, action);
    return stmt.next() ? stmt.integer(0) : -1;
}

using Counts = QMap<QString, qint64>;

inline Counts countsFrom(const QJsonObject& object)
{
    Counts counts;
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

// `stats --json` counts, or nothing when stats failed.
inline std::optional<Counts> statsCounts(const Workspace& ws, const QString& store, const QString& passphraseFile = {})
{
    const CtlResult stats = runCtl(ws.on(store, passphraseFile) + QStringList{"--json", "stats"});
    if (stats.code != 0 || !stats.json().value(QStringLiteral("ok")).toBool())
        return std::nullopt;
    return countsFrom(stats.json().value(QStringLiteral("counts")).toObject());
}

inline Counts withoutAudit(Counts counts)
{
    counts.remove(domain::entity::AuditEvent);
    return counts;
}

// Only the kinds that have records, as export and import report them.
inline Counts nonZero(Counts counts)
{
    counts.removeIf([](const auto& entry) { return entry.value() == 0; });
    return counts;
}

// "worker=3, young_person=12, ..." so that QCOMPARE shows what differs.
inline QString describe(const Counts& counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// Every entry of a folder with its bytes, to prove that a failed command changed nothing.
inline QMap<QString, QByteArray> snapshot(const QString& dirPath)
{
    QMap<QString, QByteArray> entries;
    const auto filter = QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    for (const QFileInfo& info : QDir(dirPath).entryInfoList(filter))
        entries.insert(info.fileName(), readFile(info.filePath()));
    return entries;
}

} // namespace trellis::test::ctlsupport
