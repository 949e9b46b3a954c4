#include "TestStore.h"

#include "store/Statement.h"
#include "store/StoreOpener.h"

#include <QFile>
#include <QTest>

namespace trellis::test {

TestStore::TestStore() { m_dir.setAutoRemove(true); }

std::unique_ptr<Database> TestStore::create()
{
    auto created = StoreOpener::create(path(), testPassphrase());
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return created.takeValue();
}

std::unique_ptr<Database> TestStore::open()
{
    auto opened = StoreOpener::open(path(), testPassphrase());
    if (!opened.ok()) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return {};
    }
    return opened.takeValue();
}

namespace {

std::unique_ptr<Statement> bound(Database& db, const QString& sql, const QStringList& args)
{
    auto prepared = db.prepare(sql);
    if (!prepared.ok())
        return nullptr;
    for (int i = 0; i < args.size(); ++i)
        prepared.value()->bind(i + 1, args.at(i));
    return prepared.takeValue();
}

} // namespace

QVariant scalar(Database& db, const QString& sql, const QStringList& args)
{
    auto statement = bound(db, sql, args);
    return statement && statement->next() ? statement->value(0) : QVariant();
}

bool dropEverySchemaObject(Database& db)
{
    QStringList tables;
    {
        auto listed = db.prepare(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        if (!listed.ok())
            return false;
        while (listed.value()->next())
            tables << listed.value()->text(0);
    }
    db.clearCache();
    if (!db.exec("PRAGMA foreign_keys = OFF").ok())
        return false;
    for (const QString& table : tables) {
        // Dropping a table drops its indexes and triggers with it.
        if (!db.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)).ok())
            return false;
    }
    return db.exec("PRAGMA user_version = 0; PRAGMA application_id = 0; PRAGMA foreign_keys = ON;").ok();
}

bool execBound(Database& db, const QString& sql, const QStringList& args)
{
    auto statement = bound(db, sql, args);
    return statement && statement->exec();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace trellis::test
