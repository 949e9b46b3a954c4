#include "SyncWords.h"

#include <QCoreApplication>

namespace trellis {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("trellis::SyncWords", text);
}
} // namespace

QString SyncWords::forError(const QString& kind)
{
    if (kind == QLatin1String("unreachable"))
        return tr("The server could not be reached. Check the server name and port, and that this laptop is "
                  "online.");
    if (kind == QLatin1String("connection-lost"))
        return tr("The connection to the server was lost. Nothing you saved is lost; Trellis will try again.");
    if (kind == QLatin1String("certificate-not-trusted"))
        return tr("The server's certificate is not trusted: it was not signed by the CA certificate file "
                  "given. Ask your IT team for the right file.");
    if (kind == QLatin1String("certificate-mismatch"))
        return tr("The server's certificate is for another server name. Check the server name.");
    if (kind == QLatin1String("ca-missing"))
        return tr("The CA certificate file is missing or cannot be read. Choose the file your IT team gave "
                  "you.");
    if (kind == QLatin1String("tls-unavailable"))
        return tr("The server does not offer an encrypted connection, so Trellis did not connect.");
    if (kind == QLatin1String("plaintext-refused"))
        return tr("The server only accepts encrypted connections. Turn off \"No encryption\".");
    if (kind == QLatin1String("wrong-password"))
        return tr("The server refused the login or password. Check both and try again.");
    if (kind == QLatin1String("account-disabled"))
        return tr("Your account on the central store is disabled. Ask your supervisor.");
    if (kind == QLatin1String("no-access"))
        return tr("The server turned this login away for that database. Check the database name.");
    if (kind == QLatin1String("schema-missing"))
        return tr("That database holds no Trellis central store. Check the database name.");
    if (kind == QLatin1String("schema-too-old"))
        return tr("The central store is older than this version of Trellis. Ask your IT team to upgrade "
                  "it.");
    if (kind == QLatin1String("schema-too-new"))
        return tr("The central store is newer than this version of Trellis. Update Trellis on this laptop.");
    if (kind == QLatin1String("no-account"))
        return tr("This laptop is not connected to a central store yet. Open Connection settings.");
    if (kind == QLatin1String("cancelled"))
        return tr("The sync was cancelled. What it had done is kept; the next sync carries on.");
    if (kind == QLatin1String("permission-denied"))
        return tr("The central store refused a change for lack of permission.");
    if (kind.startsWith(QLatin1String("store-")))
        return tr("This laptop's store could not be read or written. Nothing you saved is lost.");
    return tr("The sync stopped because of an unexpected problem. Trellis will try again.");
}

} // namespace trellis
