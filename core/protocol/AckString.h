// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AckString: read-only decoding of an ack as the server sent it, for display and diagnostics
// ("checkpoint of AssetV1 at 2026-04-18 14:03"), never for building one.
//
// Acks are opaque to the protocol: the server splits them at '|' and stores the id parts
// unchecked. A fabricated or edited ack can poison a session (the captured v1.135.3 server then
// hangs the stream for that type until `DELETE /sync/ack`). So the client only ever sends back
// the verbatim string it received; this class has no setters and no way to build a new string.
//
// Shapes (docs/dev/protocol.md, "Ack shapes"):
//   "<Type>|<updateId>"                   upserts, deletes (audit id), SyncCompleteV1 (nowId)
//   "<BackfillType>|<createId>|<updateId>" backfill rows
//   "<BackfillType>|<createId>|complete"   SyncAckV1 line: backfill of one partner/album done
//   "SyncResetV1|reset"
// Update ids are UUIDv7: the first 48 bits are a Unix time in milliseconds.

#include "SyncTypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Tidemark {

class AckString
{
public:
    AckString() = default;
    explicit AckString(const QString &verbatim);

    //! The string exactly as received (what POST /sync/ack gets).
    const QString &verbatim() const { return m_verbatim; }
    //! The part before the first '|' ("AssetV1").
    const QString &typeName() const { return m_typeName; }
    //! Unknown when typeName() is not an entity type we know.
    SyncEntityType type() const { return m_type; }
    //! Every part after the type (ids, "complete", "reset"), in order.
    const QStringList &parts() const { return m_parts; }
    //! The id a checkpoint points at: the last part unless it is "complete"/"reset".
    QString id() const;
    //! The partnership/album-membership creation id of a three-part backfill ack; empty otherwise.
    QString createId() const;

    //! "<BackfillType>|<createId>|complete".
    bool isComplete() const;
    //! "SyncResetV1|reset".
    bool isReset() const;
    //! Three parts (backfill row or backfill-complete marker).
    bool isBackfill() const { return m_parts.size() == 2; }

    //! The time encoded in id() when it is a UUIDv7 (UTC); invalid otherwise.
    QDateTime timestamp() const;

    //! A known entity type with one of the shapes above and UUIDs where ids belong. The client
    //! never sends an ack that is not well-formed (the server would reject or, worse, store it).
    bool isWellFormed() const;

    //! 8-4-4-4-12 hexadecimal digits (any version).
    static bool isUuid(QStringView text);
    //! The Unix-millisecond time in the first 48 bits of a UUIDv7; invalid if not a UUIDv7.
    static QDateTime uuidV7Timestamp(QStringView uuid);

    friend bool operator==(const AckString &a, const AckString &b)
    {
        return a.m_verbatim == b.m_verbatim;
    }

private:
    QString m_verbatim;
    QString m_typeName;
    QStringList m_parts;
    SyncEntityType m_type = SyncEntityType::Unknown;
};

} // namespace Tidemark
