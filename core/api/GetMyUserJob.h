// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/users/me` → UserAdminResponseDto: who the credentials belong to.

#include "ApiJob.h"

namespace Tidemark {

class GetMyUserJob : public ApiJob
{
    Q_OBJECT
public:
    explicit GetMyUserJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const UserAdminResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const UserAdminResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    UserAdminResponse m_result;
};

} // namespace Tidemark
