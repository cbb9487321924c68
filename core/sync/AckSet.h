// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AckSet: acks waiting to be sent, reduced to the last one per checkpoint type, kept in stream
// order, and cut into POST /sync/ack bodies.
//
// The server keeps one checkpoint per entity type and the last ack of a type in a request wins
// without any comparison (docs/dev/protocol.md); v1.130-v1.135 even reject two acks of one type in
// one request. Sending only the newest ack of each type, ordered by where it was in the stream, is
// therefore both sufficient and portable. The checkpoint type is the ack's own prefix, not the
// line's type: a `SyncAckV1` line carries e.g. "PartnerAssetBackfillV1|<createId>|complete".
//
// Acks are stored and sent verbatim. sendable() refuses anything that is not a well-formed ack of
// an entity type this client knows, so a line we could not store is never acknowledged.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidemark {

struct AckEntry
{
    QString type; //!< checkpoint type: the ack's prefix ("AssetV1")
    QString ack; //!< verbatim
    qint64 sequence = 0; //!< stream position (line number, or AckBook sequence)
};

class AckSet
{
public:
    //! The checkpoint type of an ack ("AssetV1" from "AssetV1|019…"); empty when there is no '|'.
    static QString typeOf(const QString &ack);
    //! A well-formed ack of a known entity type (never "SyncResetV1|reset": that one is sent on
    //! its own, deliberately).
    static bool sendable(const QString &ack);

    //! Records an ack; a later (higher sequence) ack of the same type replaces the earlier one.
    void add(const QString &ack, qint64 sequence);
    void add(const AckEntry &entry);
    //! Adds entries that are older than what is already held (a failed request being put back):
    //! each is kept only if no newer ack of its type is present.
    void restore(const QList<AckEntry> &older);
    void merge(const AckSet &other);

    bool isEmpty() const { return m_byType.isEmpty(); }
    int size() const { return int(m_byType.size()); }
    void clear() { m_byType.clear(); }

    //! The entries in stream order (ascending sequence).
    QList<AckEntry> entries() const;
    //! Request bodies' ack lists, each with at most `maxPerRequest` acks, in stream order.
    QList<QStringList> requests(int maxPerRequest = 1000) const;
    //! Takes everything out (entries in stream order) and leaves the set empty.
    QList<AckEntry> take();

private:
    QHash<QString, AckEntry> m_byType;
};

} // namespace Tidemark
