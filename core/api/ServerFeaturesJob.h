// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/server/features`. No credentials: whether password login and single sign-on
// (OAuth) are on, asked before the login form is shown.

#include "ApiJob.h"

namespace Tidemark {

class ServerFeaturesJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ServerFeaturesJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const ServerFeatures &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const ServerFeatures &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    ServerFeatures m_result;
};

} // namespace Tidemark
