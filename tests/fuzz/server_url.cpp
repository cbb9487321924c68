// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: ServerUrl::parse on arbitrary text (what a person types or pastes).
//
// Invariants: normalising is idempotent (the normalised base URL, and the origin, parse back to
// the same server); the result is http(s) with a host and a port in range; the server is its own
// origin for every API path; a failure is an InvalidInput error that says what is wrong.
#include "FuzzCheck.h"

#include "protocol/ServerUrl.h"

using namespace Tidemark;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<ServerUrl> url = ServerUrl::parse(text);
    if (!url) {
        FUZZ_CHECK(url.error().kind == Error::Kind::InvalidInput);
        FUZZ_CHECK(!url.error().detail.isEmpty());
        return 0;
    }
    FUZZ_CHECK(url->isValid());
    FUZZ_CHECK(
        url->scheme() == QLatin1StringView("https") || url->scheme() == QLatin1StringView("http"));
    FUZZ_CHECK(!url->host().isEmpty());
    FUZZ_CHECK(url->port() >= 1 && url->port() <= 65535);
    FUZZ_CHECK(url->baseUrl().isValid() && url->baseUrl().path() == QLatin1StringView("/api"));

    const Expected<ServerUrl> again = ServerUrl::parse(url->toString());
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(*again == *url);
    FUZZ_CHECK(again->toString() == url->toString());
    const Expected<ServerUrl> fromOrigin = ServerUrl::parse(url->origin().toString());
    FUZZ_CHECK(fromOrigin.hasValue() && *fromOrigin == *url);

    FUZZ_CHECK(url->sameOrigin(url->baseUrl()));
    FUZZ_CHECK(url->sameOrigin(url->apiUrl(text.left(64))));
    FUZZ_CHECK(url->isLoopback() == ServerUrl::isLoopbackHost(url->host()));
    return 0;
}
