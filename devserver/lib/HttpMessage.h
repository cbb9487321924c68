// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A parsed HTTP/1.1 request and the response the API hands back to the connection.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace TidemarkDev {

class SyncStream;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; //!< as sent: path + query
    QString path; //!< decoded path without query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hasBody = false;
    bool keepAlive = true;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; //!< placed after x-immich-cid
    QByteArray correlationId;
    bool etag = true;
    bool hang = false; //!< never answer (emulates the poisoned-checkpoint stream)
    std::shared_ptr<SyncStream> stream;
    QString streamToken; //!< the session a stream runs for (RevokeSessionAfterLines)
};

} // namespace TidemarkDev
