// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/sync/delta-sync` (deprecated, removed in v3.0.0). Beware: `deleted` is always empty
// on servers >= 1.131 (docs/dev/protocol.md, "Full and delta sync"); only the stream or a full
// re-listing finds hard deletes.

#include "ApiJob.h"

namespace Tidemark {

class DeltaSyncJob : public ApiJob
{
    Q_OBJECT
public:
    explicit DeltaSyncJob(const DeltaSyncRequest &request, QObject *parent = nullptr);
    //! Valid after succeeded().
    const AssetDeltaSyncResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const AssetDeltaSyncResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    AssetDeltaSyncResponse m_result;
};

} // namespace Tidemark
