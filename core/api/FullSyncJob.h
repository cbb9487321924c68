// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/sync/full-sync` (deprecated, removed in v3.0.0): one page of one owner's assets,
// ordered by id; page with lastId = last returned id and the same updatedUntil until a page has
// fewer than `limit` rows. Accepts API keys (permission `all`). Pages can be large: the body
// limit is raised to 256 MiB.

#include "ApiJob.h"

namespace Tidemark {

class FullSyncJob : public ApiJob
{
    Q_OBJECT
public:
    explicit FullSyncJob(const FullSyncRequest &request, QObject *parent = nullptr);
    //! Valid after succeeded().
    const QList<Tidemark::AssetResponseDto> &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const QList<Tidemark::AssetResponseDto> &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    QList<Tidemark::AssetResponseDto> m_result;
};

} // namespace Tidemark
