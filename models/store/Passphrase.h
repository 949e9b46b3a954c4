#pragma once

#include <QByteArray>
#include <QString>

namespace trellis {

// The worker's passphrase as UTF-8 bytes that are wiped when the object dies. It can be moved
// but not copied, so there is only ever one copy to wipe. Never log or print it.
class Passphrase {
public:
    Passphrase() = default;
    explicit Passphrase(QByteArray&& utf8);
    static Passphrase fromString(const QString& text);
    // Reads a passphrase file (or standard input for "-"); one trailing newline is dropped.
    static Passphrase fromFile(const QString& path, QString* error);
    ~Passphrase();

    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&& other) noexcept;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;

    // A second copy, made on purpose, for a second connection opened on another thread; it is
    // wiped when it dies, like this one.
    Passphrase duplicate() const { return Passphrase(QByteArray(m_bytes.constData(), m_bytes.size())); }

    bool isEmpty() const { return m_bytes.isEmpty(); }
    const char* data() const { return m_bytes.constData(); }
    int size() const { return int(m_bytes.size()); }
    void wipe();

private:
    QByteArray m_bytes;
};

// Overwrites memory in a way the optimiser may not remove.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace trellis
