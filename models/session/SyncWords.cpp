#include "SyncWords.h"

#include <QCoreApplication>

namespace trellis {

QString SyncWords::forError(const QString& kind)
{
    if (kind == QLatin1String("unreachable"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The server could not be reached. Check the server name and port, and that this laptop is "
            "online.");
    if (kind == QLatin1String("connection-lost"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The connection to the server was lost. Nothing you saved is lost; Trellis will try again.");
    if (kind == QLatin1String("certificate-not-trusted"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The server's certificate is not trusted: it was not signed by the CA certificate file "
            "given. Ask your IT team for the right file.");
    if (kind == QLatin1String("certificate-mismatch"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "The server's certificate is for another server name. Check the server name.");
    if (kind == QLatin1String("ca-missing"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The CA certificate file is missing or cannot be read. Choose the file your IT team gave "
            "you.");
    if (kind == QLatin1String("tls-unavailable"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "The server does not offer an encrypted connection, so Trellis did not connect.");
    if (kind == QLatin1String("plaintext-refused"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "The server only accepts encrypted connections. Turn off \"No encryption\".");
    if (kind == QLatin1String("wrong-password"))
        return QCoreApplication::translate("trellis::SyncWords",
                                           "The server refused the login or password. Check both and try again.");
    if (kind == QLatin1String("account-disabled"))
        return QCoreApplication::translate("trellis::SyncWords",
                                           "Your account on the central store is disabled. Ask your supervisor.");
    if (kind == QLatin1String("no-access"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "The server turned this login away for that database. Check the database name.");
    if (kind == QLatin1String("schema-missing"))
        return QCoreApplication::translate("trellis::SyncWords",
                                           "That database holds no Trellis central store. Check the database name.");
    if (kind == QLatin1String("schema-too-old"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The central store is older than this version of Trellis. Ask your IT team to upgrade "
            "it.");
    if (kind == QLatin1String("schema-too-new"))
        return QCoreApplication::translate(
            "trellis::SyncWords",
            "The central store is newer than this version of Trellis. Update Trellis on this laptop.");
    if (kind == QLatin1String("no-account"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "This laptop is not connected to a central store yet. Open Connection settings.");
    if (kind == QLatin1String("cancelled"))
        return QCoreApplication::translate(
            "trellis::SyncWords", "The sync was cancelled. What it had done is kept; the next sync carries on.");
    if (kind == QLatin1String("permission-denied"))
        return QCoreApplication::translate("trellis::SyncWords",
                                           "The central store refused a change for lack of permission.");
    if (kind.startsWith(QLatin1String("store-")))
        return QCoreApplication::translate(
            "trellis::SyncWords", "This laptop's store could not be read or written. Nothing you saved is lost.");
    return QCoreApplication::translate("trellis::SyncWords",
                                       "The sync stopped because of an unexpected problem. Trellis will try again.");
}

} // namespace trellis
