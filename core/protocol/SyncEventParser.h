// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyncEventParser: one stream line → one SyncEvent (or a Malformed Error saying where and why).
//
// Pure functions, no state: call them from any thread. The network job only splits lines; the
// sync engine parses batches on a worker thread so the GUI thread never runs the parser.
//
// Why a hand-written parser: a first sync is hundreds of thousands of lines and QJsonDocument
// builds a whole DOM per line (several allocations per member) only for us to copy the values
// out again. The lines are flat objects of strings, numbers, booleans and nulls, so this parser
// reads them straight into the payload structs. It is strict JSON (RFC 8259: grammar, escapes,
// UTF-8 validity, no trailing garbage) and bounds-checked everywhere, because it reads untrusted
// bytes and is fuzzed. The few nested members (memory `data`, metadata `value`, edit
// `parameters`) are validated by the same scanner and then handed to QJsonDocument.
//
// Semantics:
// - `type`, `data` (an object) and `ack` (a string) are required; the one exception is
//   `SyncResetV1`, which has no `ack` on v1.136-v1.137. Member order does not matter.
// - Unknown type names give type Unknown with an empty payload (not an error): a newer server may
//   add entity types, and the caller logs and skips them without acking (docs/dev/protocol.md).
// - Unknown members are ignored; missing members keep the payload struct's defaults (older
//   servers send fewer members). A member of the wrong JSON type is an error.
// - Backfill and V2 types carry the payload struct of their upsert type (SyncAssetV1 for
//   PartnerAssetBackfillV1, AlbumAssetCreateV2, …). V2 asset `duration` (milliseconds) lands in
//   durationMs; a V1 string duration in duration.

#include "SyncLineSplitter.h"
#include "SyncPayloads.h"
#include "util/Expected.h"

namespace Tidemark {

class SyncEventParser
{
public:
    //! Parses one line (without '\n'). Errors are Malformed with lineNumber and byteOffset set
    //! (byteOffset = the line's offset + the column of the problem) and `where` as given.
    static Expected<SyncEvent> parse(const SyncLine &line, const QString &where = {});
    static Expected<SyncEvent> parse(const QByteArray &line, qint64 lineNumber = 0,
        qint64 byteOffset = 0, const QString &where = {});
    //! Same, filling a caller-owned event (reused across lines in a loop).
    static Error parseInto(const QByteArray &line, qint64 lineNumber, qint64 byteOffset,
        SyncEvent &event, const QString &where = {});

    //! Parses a batch in order. Stops at the first malformed line: `events` then holds the lines
    //! before it and the error is returned.
    static Error parseBatch(
        const QList<SyncLine> &lines, QList<SyncEvent> &events, const QString &where = {});

    //! The protocol's rules a well-formed line can still break (docs/dev/protocol.md): every key
    //! member of the entity present, not null and a UUID where the key is a database id; the ack
    //! "<Type>|<UUIDv7>" (or a backfill/reset/complete shape) naming the line's own type, or
    //! for a SyncAckV1 line another known type. A record that breaks them is malformed data: it is
    //! never stored (a NULL key would be a row no later delete can reach) and never acked (the ack
    //! would move the server's checkpoint past data the mirror does not hold). Unknown types pass:
    //! the caller skips them without acking. Returns a Malformed error naming the line, the entity
    //! type and the member; the parser above does not check these, so that tests and the event log
    //! can still show such a line.
    static Error checkRules(const SyncEvent &event, const QString &where = {});

    //! The key members of an entity type ("id" for AssetV1, "albumId" and "assetId" for
    //! AlbumToAssetV1, …); empty for control and unknown types.
    static QStringList keyMembers(SyncEntityType type);

    //! The SyncPayload alternative an entity type carries (SyncEmpty for control and unknown
    //! types), as the variant index; e.g. payloadIndex(AssetV2) == index of SyncAssetV1.
    static std::size_t payloadIndex(SyncEntityType type);
};

} // namespace Tidemark
