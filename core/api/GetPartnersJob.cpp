// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetPartnersJob.h"

namespace Tidemark {

GetPartnersJob::GetPartnersJob(PartnerDirection direction, QObject *parent)
    : ApiJob("GET", QStringLiteral("partners"), Auth::Any, parent), m_direction(direction)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("direction"), partnerDirectionName(direction));
    setRequestQuery(query);
}

Error GetPartnersJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, PartnerResponseDto::listFromJson, m_result);
}

} // namespace Tidemark
