#pragma once

#include "Database.h"
#include "Passphrase.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace trellis {

// A second connection to the open store, on a thread of its own, for reads too big to run on the
// GUI thread (the whole caseload of a large store). SQLite connections are single-threaded here
// (Database is not thread-safe), so this connection is only ever used on that thread, one job at
// a time, in the order they were posted.
//
// The connection is opened on the thread, in parallel with whatever the GUI does next; the
// passphrase copy it is given is wiped as soon as the key has been derived. Destroying the reader
// interrupts a running query and waits for the thread, so locking never leaves a connection open.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    // Runs on the reader thread with the connection, or with nullptr when it could not be opened
    // (the caller then reads on its own connection). What it returns runs back on this object's
    // thread.
    using Job = std::function<std::function<void()>(Database*)>;

    BackgroundReader(QString path, Passphrase passphrase, QObject* parent = nullptr);
    ~BackgroundReader() override;

    // Queues `job`. Its continuation is dropped if `context` has been destroyed by the time it
    // would run, so a closed window never receives a late result.
    void post(QObject* context, Job job);

private:
    class Worker;

    QThread* m_thread;
    Worker* m_worker; // lives on m_thread
    std::atomic<bool> m_closing = false;
};

} // namespace trellis
