// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckSet.h"

#include "protocol/AckString.h"

#include <algorithm>

namespace Tidemark {

QString AckSet::typeOf(const QString &ack)
{
    const qsizetype bar = ack.indexOf(u'|');
    return bar > 0 ? ack.left(bar) : QString();
}

bool AckSet::sendable(const QString &ack)
{
    const AckString parsed(ack);
    return parsed.isWellFormed() && parsed.type() != SyncEntityType::SyncResetV1;
}

void AckSet::add(const QString &ack, qint64 sequence)
{
    add(AckEntry {typeOf(ack), ack, sequence});
}

void AckSet::add(const AckEntry &entry)
{
    if (entry.type.isEmpty())
        return;
    auto it = m_byType.find(entry.type);
    if (it == m_byType.end())
        m_byType.insert(entry.type, entry);
    else if (entry.sequence >= it->sequence)
        *it = entry;
}

void AckSet::restore(const QList<AckEntry> &older)
{
    for (const AckEntry &e : older)
        if (!m_byType.contains(e.type))
            m_byType.insert(e.type, e);
}

void AckSet::merge(const AckSet &other)
{
    for (const AckEntry &e : other.m_byType)
        add(e);
}

QList<AckEntry> AckSet::entries() const
{
    QList<AckEntry> list;
    list.reserve(m_byType.size());
    for (const AckEntry &e : m_byType)
        list.append(e);
    std::sort(list.begin(), list.end(),
        [](const AckEntry &a, const AckEntry &b) { return a.sequence < b.sequence; });
    return list;
}

QList<QStringList> AckSet::requests(int maxPerRequest) const
{
    QList<QStringList> out;
    const int max = qMax(1, maxPerRequest);
    for (const AckEntry &e : entries()) {
        if (out.isEmpty() || out.last().size() >= max)
            out.append(QStringList());
        out.last().append(e.ack);
    }
    return out;
}

QList<AckEntry> AckSet::take()
{
    QList<AckEntry> list = entries();
    m_byType.clear();
    return list;
}

} // namespace Tidemark
