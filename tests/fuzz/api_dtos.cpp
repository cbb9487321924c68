// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a response body through parseJsonBody and every DTO decoder of core/api/ApiDtos,
// and through Error::fromHttp (error bodies are untrusted too).
//
// Invariants: decoding is deterministic; a list decoder accepts [x] exactly when the element
// decoder accepts x, and a failing decoder reports Malformed with a detail naming the member.
#include "FuzzCheck.h"

#include "api/ApiDtos.h"

#include <QJsonArray>

using namespace Tidemark;

namespace {

template<typename Dto> void checkList(const QJsonValue &value)
{
    const Expected<Dto> one = Dto::fromJson(value);
    const Expected<QList<Dto>> list = Dto::listFromJson(QJsonArray {value});
    FUZZ_CHECK(one.hasValue() == list.hasValue());
    if (!one) {
        FUZZ_CHECK(one.error().kind == Error::Kind::Malformed);
        FUZZ_CHECK(!one.error().detail.isEmpty());
    } else {
        FUZZ_CHECK(list->size() == 1);
    }
    if (value.isArray())
        (void)Dto::listFromJson(value);
}

template<typename Dto> void checkOne(const QJsonValue &value)
{
    const Expected<Dto> one = Dto::fromJson(value);
    if (!one)
        FUZZ_CHECK(one.error().kind == Error::Kind::Malformed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const Error http = Error::fromHttp(400 + int(size % 200), body, QStringLiteral("fuzz"));
    FUZZ_CHECK(http.isError());
    (void)http.userMessage();
    (void)http.technicalDetails();

    const Expected<QJsonValue> json = parseJsonBody(body, QStringLiteral("fuzz"));
    if (!json) {
        FUZZ_CHECK(json.error().kind == Error::Kind::Malformed);
        FUZZ_CHECK(json.error().byteOffset >= 0 && json.error().byteOffset <= qint64(size));
        return 0;
    }
    const QJsonValue &value = *json;
    checkOne<PingResponse>(value);
    checkOne<LoginResponse>(value);
    checkOne<LogoutResponse>(value);
    checkOne<ValidateTokenResponse>(value);
    checkOne<UserAdminResponse>(value);
    checkOne<AssetStatsResponse>(value);
    checkOne<ExifResponseDto>(value);
    checkOne<AssetDeltaSyncResponse>(value);
    checkList<AssetResponseDto>(value);
    checkList<PartnerResponseDto>(value);
    checkList<SyncAckDto>(value);
    if (value.isArray())
        for (const QJsonValue &element : value.toArray()) {
            checkList<AssetResponseDto>(element);
            checkList<SyncAckDto>(element);
        }
    return 0;
}
