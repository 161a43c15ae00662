// Reproducible synthetic shop data for benchmarks: Turkish names, cities, products, conversations, messages and
// orders, as ingest batches. The same seed gives the same data.
#pragma once

#include "store/ingest.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sd::bench {

class SyntheticData
{
public:
    explicit SyntheticData(quint32 seed) : m_random(seed) { }

    [[nodiscard]] QString personName();
    [[nodiscard]] QString city();
    [[nodiscard]] QString productTitle();
    [[nodiscard]] QString messageText();
    [[nodiscard]] QString phone(); // E.164, Turkish mobile

    // A customer "cust-<i>" (customers are not platform records: the caller inserts them) and its phone as a
    // customer identity record (external id "phone-<i>").
    struct Customer
    {
        QString id;
        QString name;
        QString city;
        QString phone;
        qint64 seenAt = 0;
    };
    [[nodiscard]] QList<Customer> customers(int first, int count);
    [[nodiscard]] static store::IngestBatch identities(const QString &workspaceId, const QString &connectionId,
                                                       const QList<Customer> &customers);

    // Records with external ids "conv-<i>", "msg-<i>", "ord-<i>" for i in [first, first + count). With
    // customerCount > 0, conversations and orders belong to customers "cust-<k>", k < customerCount.
    [[nodiscard]] store::IngestBatch conversations(const QString &workspaceId, const QString &connectionId, int first,
                                                   int count, int customerCount = 0);
    // Each message belongs to one of conversationCount conversations (ingest those first).
    [[nodiscard]] store::IngestBatch messages(const QString &workspaceId, const QString &connectionId, int first,
                                              int count, int conversationCount);
    [[nodiscard]] store::IngestBatch orders(const QString &workspaceId, const QString &connectionId, int first,
                                            int count, int customerCount = 0);

    // Words a user would type: names, cities, product words, their prefixes, and pairs of them.
    [[nodiscard]] QString searchQuery();

private:
    const QString &pick(const QStringList &list);

    QRandomGenerator m_random;
};

} // namespace sd::bench
