// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFeaturesJob.h"

namespace Tidemark {

ServerFeaturesJob::ServerFeaturesJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("server/features"), Auth::None, parent)
{ }

Error ServerFeaturesJob::parseBody(const QByteArray &body)
{
    return decodeJson(
        body, [](const QJsonValue &v) { return ServerFeatures::fromJson(v); }, m_result);
}

} // namespace Tidemark
