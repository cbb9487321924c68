// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `DELETE /api/sync/ack` → 204. Without types the body is `{}` and every checkpoint of the session
// is deleted (full re-download next time; a pending reset flag stays set, unlike `reset: true`).
// With types only those checkpoints go (e.g. re-pull exif). Qt's deleteResource() cannot carry a
// body, so this job goes through sendCustomRequest("DELETE", body).
// Session only (API keys → ApiKeyRefused before sending).

#include "ApiJob.h"

namespace Tidemark {

class DeleteSyncAcksJob : public ApiJob
{
    Q_OBJECT
public:
    explicit DeleteSyncAcksJob(const SyncAckDeleteRequest &request = {}, QObject *parent = nullptr);

Q_SIGNALS:
    void succeeded();

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(); }
};

} // namespace Tidemark
