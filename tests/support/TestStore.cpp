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
