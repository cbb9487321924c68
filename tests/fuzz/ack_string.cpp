// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: AckString decoding of arbitrary text.
//
// Invariants: decoding keeps the string verbatim and its parts re-join to it (an ack that decodes
// re-encodes to the same string); decoding the verbatim string again gives the same parts; a
// well-formed ack has a known type and a UUID id; a UUIDv7 timestamp only comes from a UUIDv7.
#include "FuzzCheck.h"

#include "protocol/AckString.h"

using namespace Tidemark;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const AckString ack(text);

    FUZZ_CHECK(ack.verbatim() == text);
    FUZZ_CHECK(QStringList(ack.typeName()) + ack.parts() == text.split(u'|'));
    FUZZ_CHECK((QStringList(ack.typeName()) + ack.parts()).join(u'|') == text);

    const AckString again(ack.verbatim());
    FUZZ_CHECK(again == ack);
    FUZZ_CHECK(again.typeName() == ack.typeName() && again.parts() == ack.parts()
        && again.type() == ack.type());

    if (ack.isReset())
        FUZZ_CHECK(ack.isWellFormed());
    if (ack.isWellFormed()) {
        FUZZ_CHECK(ack.type() != SyncEntityType::Unknown);
        FUZZ_CHECK(ack.isReset() || AckString::isUuid(ack.id()));
        if (ack.isBackfill())
            FUZZ_CHECK(AckString::isUuid(ack.createId()));
    }
    const QDateTime time = ack.timestamp();
    if (time.isValid()) {
        FUZZ_CHECK(AckString::isUuid(ack.id()) && ack.id()[14] == u'7');
        FUZZ_CHECK(time.timeSpec() == Qt::UTC);
    }
    if (AckString::isUuid(text))
        FUZZ_CHECK(text.size() == 36);
    return 0;
}
