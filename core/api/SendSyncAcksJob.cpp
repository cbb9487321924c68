// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendSyncAcksJob.h"

#include "protocol/AckString.h"

#include <QSet>

namespace Tidemark {

SendSyncAcksJob::SendSyncAcksJob(const QStringList &acks, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/ack"), Auth::Session, parent), m_acks(acks)
{
    setRequestJson(SyncAckSetRequest {acks}.toJson());
    setPreflightError(validate(acks));
}

Error SendSyncAcksJob::validate(const QStringList &acks)
{
    const auto invalid = [](const QString &detail) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("POST /api/sync/ack"), detail);
    };
    if (acks.isEmpty())
        return invalid(QStringLiteral("no acks to send"));
    if (acks.size() > 1000)
        return invalid(QStringLiteral("%1 acks; the server accepts at most 1000 per request")
                           .arg(acks.size()));
    QSet<QString> types;
    for (const QString &text : acks) {
        const AckString ack(text);
        if (!ack.isWellFormed())
            return invalid(
                QStringLiteral("\"%1\" is not an ack the server sent").arg(text.left(120)));
        if (ack.isReset() && acks.size() > 1)
            return invalid(QStringLiteral("SyncResetV1|reset must be sent alone"));
        if (types.contains(ack.typeName()))
            return invalid(
                QStringLiteral("two acks of type %1; send only the last one").arg(ack.typeName()));
        types.insert(ack.typeName());
    }
    return {};
}

Error SendSyncAcksJob::parseBody(const QByteArray &body)
{
    Q_UNUSED(body);
    return {};
}

} // namespace Tidemark
