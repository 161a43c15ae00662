#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace sd::store {

QString newId()
{
    // Ids need to be unique, not secret: the fast global generator (seeded from the system) is enough.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 a = random->generate64();
    const quint64 b = random->generate64();
    QUuid uuid;
    uuid.data1 = quint32(ms >> 16);
    uuid.data2 = quint16(ms & 0xffff);
    uuid.data3 = quint16(0x7000 | (a & 0x0fff));            // version 7
    uuid.data4[0] = uchar(0x80 | ((a >> 12) & 0x3f));       // RFC 4122 variant
    for (int i = 1; i < 8; ++i)
        uuid.data4[i] = uchar(b >> (8 * i));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace sd::store
