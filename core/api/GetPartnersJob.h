// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/partners?direction=shared-with|shared-by` → PartnerResponseDto[]: the users who share
// their library with me (shared-with), or those I share mine with (shared-by). Full and delta
// sync need the first list: delta-sync answers needsFullSync unless userIds is exactly me plus
// every partner sharing with me. Session token or API key (permission `partner.read`).

#include "ApiJob.h"

namespace Tidemark {

class GetPartnersJob : public ApiJob
{
    Q_OBJECT
public:
    explicit GetPartnersJob(PartnerDirection direction, QObject *parent = nullptr);
    PartnerDirection direction() const { return m_direction; }
    //! Valid after succeeded().
    const QList<Tidemark::PartnerResponseDto> &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const QList<Tidemark::PartnerResponseDto> &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    PartnerDirection m_direction;
    QList<Tidemark::PartnerResponseDto> m_result;
};

} // namespace Tidemark
