#include "BackgroundReader.h"

#include "StoreOpener.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace trellis {

class BackgroundReader::Worker : public QObject {
public:
    Worker(QString path, Passphrase passphrase)
        : m_path(std::move(path))
        , m_passphrase(std::move(passphrase))
    {
    }

    // On the reader thread: the first job opens the connection.
    Database* database()
    {
        if (!m_tried) {
            m_tried = true;
            auto opened = StoreOpener::openReader(m_path, m_passphrase);
            m_passphrase.wipe();
            if (opened.ok()) {
                m_db = opened.takeValue();
                m_handle.store(m_db->handle());
            } else {
                // The kind only: the message may name the file's path.
                qCWarning(lcStore) << "background reader not opened; reads stay on the main connection";
            }
        }
        return m_db.get();
    }

    // From any thread: makes a running statement return SQLITE_INTERRUPT at its next step.
    void interrupt()
    {
        if (sqlite3* handle = m_handle.load())
            sqlite3_interrupt(handle);
    }

private:
    QString m_path;
    Passphrase m_passphrase;
    bool m_tried = false;
    std::unique_ptr<Database> m_db;
    std::atomic<sqlite3*> m_handle = nullptr;
};

BackgroundReader::BackgroundReader(QString path, Passphrase passphrase, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(path), std::move(passphrase)))
{
    m_thread->setObjectName(QStringLiteral("trellis-reader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // Open now rather than with the first job, so the key derivation overlaps the GUI's work.
    post(this, [](Database*) { return std::function<void()>(); });
}

BackgroundReader::~BackgroundReader()
{
    m_closing = true;
    m_worker->interrupt();
    m_thread->quit();
    m_thread->wait();
    // The thread has finished, so the connection is closed here, where nothing else uses it.
    delete m_worker;
}

void BackgroundReader::post(QObject* context, Job job)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, guard, job = std::move(job)] {
            if (m_closing)
                return;
            std::function<void()> then = job(m_worker->database());
            if (!then)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, guard, then = std::move(then)] {
                    if (!m_closing && guard)
                        then();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace trellis
