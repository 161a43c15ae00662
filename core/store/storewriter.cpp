#include "storewriter.h"

#include "changenotifier.h"
#include "common/logging.h"
#include "migrator.h"
#include "transaction.h"

namespace sd::store {

Result<std::unique_ptr<StoreWriter>> StoreWriter::open(const QString &path, const OpenOptions &options,
                                                       ChangeNotifier *notifier)
{
    OpenOptions writerOptions = options;
    writerOptions.mode = OpenOptions::Mode::ReadWrite;
    Result<std::unique_ptr<Database>> db = Database::open(path, writerOptions);
    if (!db)
        return db.error();
    if (Status s = Migrator::migrate(**db); !s)
        return s.error();
    (*db)->setChangeNotifier(notifier);
    return std::unique_ptr<StoreWriter>(new StoreWriter(std::move(db).value(), path, writerOptions));
}

StoreWriter::StoreWriter(std::unique_ptr<Database> db, QString path, OpenOptions options)
    : m_db(std::move(db)), m_path(std::move(path)), m_options(std::move(options))
{
    m_thread.setObjectName(u"sellerdesk-store-writer"_qs);
    m_threadContext.moveToThread(&m_thread);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    // Queued after every job already submitted, so those still run (and commit) before the thread ends.
    QMetaObject::invokeMethod(&m_threadContext, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

Result<std::unique_ptr<Database>> StoreWriter::openReader() const
{
    OpenOptions options = m_options;
    options.mode = OpenOptions::Mode::ReadOnly;
    options.quickCheck = false;
    return Database::open(m_path, options);
}

quint64 StoreWriter::submit(Job job, QObject *context, Done done)
{
    const quint64 id = ++m_nextId;
    ++m_pending;
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    Database *db = m_db.get();
    QMetaObject::invokeMethod(
        &m_threadContext,
        [this, db, id, job = std::move(job), guard, hadContext, done = std::move(done)] {
            Status status;
            Result<Transaction> tx = Transaction::begin(*db);
            if (!tx) {
                status = tx.error();
            } else {
                status = job(*tx);
                if (status)
                    status = tx->commit();
                else
                    (void)tx->rollback();
            }
            // Back to the StoreWriter's thread; a pending call dies with the StoreWriter.
            QMetaObject::invokeMethod(
                this, [this, id, status, guard, hadContext, done] { finish(id, status, guard, hadContext, done); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void StoreWriter::finish(quint64 id, const Status &status, const QPointer<QObject> &context, bool hadContext,
                         const Done &done)
{
    --m_pending;
    if (done && (!hadContext || context))
        done(status);
    if (!status)
        qCWarning(lcStore) << "write job" << id << "failed:" << status.error().message;
    Q_EMIT jobFinished(id, status.ok(), status.ok() ? QString() : status.error().message);
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace sd::store
