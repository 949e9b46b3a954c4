#include "PassphrasePolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trellis {

QString PassphrasePolicy::problem(const QString& passphrase)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString trimmed = passphrase.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("PassphrasePolicy", "Enter a passphrase.");
    const qsizetype words = trimmed.split(whitespace, Qt::SkipEmptyParts).size();
    if (trimmed.size() >= kMinimumCharacters || words >= kMinimumWords)
        return {};
    return QCoreApplication::translate("PassphrasePolicy",
                                       "Use at least %1 characters, or at least %2 words (for example three or "
                                       "four unrelated words).")
        .arg(kMinimumCharacters)
        .arg(kMinimumWords);
}

QString PassphrasePolicy::forgottenWarning()
{
    return QCoreApplication::translate(
        "PassphrasePolicy",
        "Nobody can recover a forgotten passphrase, not even the Trellis team or your IT service. "
        "If you forget it, the records on this computer are lost; only records that have been synced to "
        "the central store can be downloaded again.");
}

} // namespace trellis
