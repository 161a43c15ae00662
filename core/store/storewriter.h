// The one writer connection of a store, owned by a worker thread. Callers submit write jobs; each job runs
// in its own IMMEDIATE transaction on the worker thread, and its result comes back on the thread the
// StoreWriter lives in (normally the GUI thread), which therefore never blocks on a write.
#pragma once

#include "common/result.h"
#include "database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace sd::store {

class ChangeNotifier;
class Transaction;

class StoreWriter : public QObject
{
    Q_OBJECT

public:
    // Runs on the writer thread inside a transaction: return an error to roll it back.
    using Job = std::function<Status(Transaction &tx)>;
    // Runs on the StoreWriter's thread once the job is committed or rolled back.
    using Done = std::function<void(const Status &status)>;

    // Opens (creating if needed) the database, brings its schema to the latest version, and starts the
    // writer thread. Committed changes are published on notifier (may be null; must outlive the writer).
    [[nodiscard]] static Result<std::unique_ptr<StoreWriter>> open(const QString &path, const OpenOptions &options,
                                                                  ChangeNotifier *notifier);

    // Lets every job already submitted finish, then stops the thread.
    ~StoreWriter() override;

    // Queues a job; returns its id. done (optional) is called unless context was destroyed meanwhile.
    // Call from the StoreWriter's own thread.
    quint64 submit(Job job, QObject *context = nullptr, Done done = {});

    // A read-only connection to the same database, with the same VFS: one per reading thread.
    [[nodiscard]] Result<std::unique_ptr<Database>> openReader() const;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    // For every job, after done: errorMessage is empty on success.
    void jobFinished(quint64 jobId, bool ok, const QString &errorMessage);
    // No job is queued or running any more.
    void idle();

private:
    StoreWriter(std::unique_ptr<Database> db, QString path, OpenOptions options);
    void finish(quint64 id, const Status &status, const QPointer<QObject> &context, bool hadContext,
                const Done &done);

    std::unique_ptr<Database> m_db; // used on the writer thread only
    QString m_path;
    OpenOptions m_options;
    QThread m_thread;
    QObject m_threadContext; // lives in m_thread: queued jobs run through it
    quint64 m_nextId = 0;
    int m_pending = 0;
};

} // namespace sd::store
