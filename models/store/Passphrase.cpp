#include "Passphrase.h"

#include <QFile>

#include <cstdio>
#include <string.h>

namespace trellis {

void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        explicit_bzero(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

Passphrase::Passphrase(QByteArray&& utf8) : m_bytes(std::move(utf8)) {}

Passphrase Passphrase::fromString(const QString& text) { return Passphrase(text.toUtf8()); }

Passphrase Passphrase::fromFile(const QString& path, QString* error)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly) : [&] {
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly);
    }();
    if (!opened) {
        if (error)
            *error = QStringLiteral("cannot read the passphrase file: %1").arg(file.errorString());
        return {};
    }
    QByteArray bytes = isStdin ? file.readLine(4096) : file.read(4096);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty() && error)
        *error = QStringLiteral("the passphrase file is empty");
    return Passphrase(std::move(bytes));
}

Passphrase::~Passphrase() { wipe(); }

Passphrase::Passphrase(Passphrase&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes = {}; }

Passphrase& Passphrase::operator=(Passphrase&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = {};
    }
    return *this;
}

void Passphrase::wipe() { secureWipe(m_bytes); }

} // namespace trellis
