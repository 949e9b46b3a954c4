#pragma once

#include "store/Database.h"
#include "store/Passphrase.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace trellis::test {

// Fictional passphrases; tests never use a real one.
inline Passphrase testPassphrase() { return Passphrase::fromString(QStringLiteral("purple-otter-lantern-42")); }
inline Passphrase otherPassphrase() { return Passphrase::fromString(QStringLiteral("green-heron-teapot-77")); }

// A temporary folder holding one store, removed with everything in it at the end.
class TestStore {
public:
    TestStore();
    QString path() const { return m_dir.filePath(QStringLiteral("caseload.trellis")); }
    QString dirPath() const { return m_dir.path(); }
    // Creates the store with testPassphrase(); the test fails if that does not work.
    std::unique_ptr<Database> create();
    std::unique_ptr<Database> open();

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString& path);
// The first column of the first row of `sql`, with `args` bound as ?1, ?2, ...; null if none.
QVariant scalar(Database& db, const QString& sql, const QStringList& args = {});
// As scalar(), as a number; -1 when the query failed or gave no row, so a broken query can never
// pass for "none".
inline qint64 count(Database& db, const QString& sql, const QStringList& args = {})
{
    const QVariant value = scalar(db, sql, args);
    return value.isValid() ? value.toLongLong() : -1;
}
// Runs `sql` (no rows) with `args` bound as ?1, ?2, ...; false when it fails.
bool execBound(Database& db, const QString& sql, const QStringList& args);
// Drops every table of an open store and sets user_version and application_id to 0, so that a
// test can migrate it to an older version and play an older Trellis.
bool dropEverySchemaObject(Database& db);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace trellis::test
