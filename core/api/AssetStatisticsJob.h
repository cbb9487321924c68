// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/assets/statistics` → {images, videos, total} of your own assets, optionally filtered;
// used to show progress estimates for a first sync.

#include "ApiJob.h"

namespace Tidemark {

class AssetStatisticsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit AssetStatisticsJob(const AssetStatsRequest &filter = {}, QObject *parent = nullptr);
    //! Valid after succeeded().
    const AssetStatsResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const AssetStatsResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    AssetStatsResponse m_result;
};

} // namespace Tidemark
