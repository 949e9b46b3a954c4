#include "SyncCommand.h"

#include "AccountCommand.h"

#include "session/Clock.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"
#include "sync/CentralAccount.h"
#include "sync/PgCentralClient.h"
#include "sync/SyncEngine.h"
#include "sync/WorkerRole.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::ctl {

namespace {

enum Exit { Success = 0, Failure = 1 };

int finish(CommandContext& context, const sync::SyncSummary& summary, const std::optional<sync::SyncError>& error)
{
    QJsonObject object = summary.toJson();
    object.insert(QStringLiteral("ok"), !error);
    if (error) {
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("phase"), error->phase},
                                                           {QStringLiteral("kind"), error->kind},
                                                           {QStringLiteral("message"), error->message}});
        context.err << "trellisctl: sync failed (" << error->phase << "): " << error->message << '\n';
        context.err.flush();
    }
    context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    context.out.flush();
    return error ? Failure : Success;
}

int failBefore(CommandContext& context, const QString& phase, const QString& kind, const QString& message)
{
    return finish(context, {}, sync::SyncError{phase, kind, message});
}

} // namespace

int runSync(CommandContext& context)
{
    const QString connecting = QStringLiteral("connect");
    QString problem;
    Passphrase passphrase = Passphrase::fromFile(context.passphraseFile, &problem);
    if (!problem.isEmpty())
        return failBefore(context, connecting, QStringLiteral("passphrase"), problem);
    auto opened = StoreOpener::open(context.storePath, passphrase);
    if (!opened.ok())
        return failBefore(context, connecting, StoreError::kindName(opened.error().kind), opened.error().message);
    Database& db = *opened.value();

    auto loaded = sync::CentralAccount(db).load();
    if (!loaded.ok())
        return failBefore(context, connecting, StoreError::kindName(loaded.error().kind), loaded.error().message);
    if (!loaded.value())
        return failBefore(context, connecting, QStringLiteral("no-account"), noAccountMessage());
    const sync::CentralAccount::Account& account = *loaded.value();
    const central::PgConnection::Options options = account.connectionOptions(QStringLiteral("trellisctl sync"));
    if (options.insecure)
        warnInsecure(context.err);
    auto connected = sync::PgCentralClient::connect(options, &account.password);
    if (!connected.ok())
        return failBefore(context, connecting, central::CentralError::kindName(connected.error().kind),
                          connected.error().message);
    sync::PgCentralClient client(*connected.value());
    SystemClock clock;
    sync::SyncEngine engine(db, client, clock, connected.value()->user());
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine,
                     [&context](const QString& phase, qint64 done, qint64 total) {
                         context.err << "sync: " << phase << ' ' << done;
                         if (total > 0)
                             context.err << '/' << total;
                         context.err << '\n';
                         context.err.flush();
                     });
    const auto outcome = engine.run();
    if (!outcome.error)
        sync::WorkerRole(db).remember(*connected.value());
    return finish(context, outcome.summary, outcome.error);
}

} // namespace trellis::ctl
