// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the whole input as one stream line through SyncEventParser.
//
// Invariants: the result is the same whether the event struct is fresh or was filled by another
// line before (parseInto reuses it in the sync loop); errors are Malformed and point inside the
// line; a parsed event carries the payload alternative of its type and the line verbatim.
#include "FuzzCheck.h"

#include "protocol/SyncEventParser.h"

namespace {

using namespace Tidemark;

const QByteArray kPrevious = QByteArrayLiteral(
    R"({"type":"AssetExifV1","data":{"assetId":"eb4fdecb-3edb-4959-8436-ca743fc1419c","make":"X",)"
    R"("city":"Y","fileSizeInByte":1234},"ack":"AssetExifV1|01a21aff-302f-7724-9685-5d39fdf7c293"})");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArray line
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<SyncEvent> fresh = SyncEventParser::parse(line, 7, 1000);

    SyncEvent reused;
    FUZZ_CHECK(!SyncEventParser::parseInto(kPrevious, 1, 0, reused));
    const Error reusedError = SyncEventParser::parseInto(line, 7, 1000, reused);

    FUZZ_CHECK(fresh.hasValue() == !reusedError);
    if (!fresh) {
        const Error e = fresh.error();
        FUZZ_CHECK(e.kind == Error::Kind::Malformed);
        FUZZ_CHECK(e.lineNumber == 7);
        FUZZ_CHECK(e.byteOffset >= 1000 && e.byteOffset <= 1000 + qint64(size));
        FUZZ_CHECK(e.byteOffset == reusedError.byteOffset && e.detail == reusedError.detail);
        return 0;
    }
    FUZZ_CHECK(fresh->raw == line);
    FUZZ_CHECK(fresh->payload.index() == SyncEventParser::payloadIndex(fresh->type));
    FUZZ_CHECK(reused.type == fresh->type && reused.typeName == fresh->typeName
        && reused.ack == fresh->ack && reused.payload.index() == fresh->payload.index());
    return 0;
}
