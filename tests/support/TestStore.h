#pragma once

#include "store/Database.h"
#include "store/Passphrase.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace trellis::test
