// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateTokenJob.h"

namespace Tidemark {

ValidateTokenJob::ValidateTokenJob(QObject *parent)
    : ApiJob("POST", QStringLiteral("auth/validateToken"), Auth::Any, parent)
{ }

Error ValidateTokenJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, ValidateTokenResponse::fromJson, m_result);
}

} // namespace Tidemark
