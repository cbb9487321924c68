// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the server threads and the DevServer API share, behind one mutex.

#include "DevServer.h"
#include "EmulatedVersion.h"
#include "Library.h"
#include "OAuthProvider.h"

#include <QHash>
#include <QMutex>
#include <QUuid>

#include <optional>

namespace TidemarkDev {

class ServerState
{
public:
    mutable QMutex mutex;
    Library lib;
    EmulatedVersion version {2, 7, 5};
    LoginOptions login;
    QString installationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    OAuthProvider::State oauth;
    QList<Fault> faults;
    qint64 streamRequests = 0;
    qint64 ackRequests = 0;
    qint64 requests = 0;
    QHash<QString, qint64> requestsByPath; //!< path (without the query) -> requests
    qint64 credentialedRequests = 0;
    QList<QPair<QByteArray, QByteArray>> requiredHeaders;
    //! Mutual TLS: how a missing or untrusted client certificate is refused (DevServer).
    bool clientCertificatePage = true;
    qint64 clientCertificateRefusals = 0;
    QHash<QByteArray, qint64> headersSeen; //!< lower-case name -> requests that carried it
    bool chunkPerLine = false;
    bool generated = false;

    enum class Stage { BeforeHandling, JsonResponse, StreamResponse };
    //! Takes (and counts down) the first fault that matches the path and fits the stage; a fault
    //! with `skip` left lets this request through and counts that down instead. Lock held.
    std::optional<Fault> takeFault(const QString &path, Stage stage)
    {
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Fault &f = faults[i];
            if (!f.path.isEmpty() && f.path != path)
                continue;
            bool fits = false;
            switch (stage) {
            case Stage::BeforeHandling:
                fits = f.kind == Fault::Kind::HttpStatus;
                break;
            case Stage::JsonResponse:
                fits = f.kind == Fault::Kind::CutAfterBytes;
                break;
            case Stage::StreamResponse:
                fits = f.kind != Fault::Kind::HttpStatus && f.kind != Fault::Kind::None;
                break;
            }
            if (!fits)
                continue;
            if (f.skip > 0) {
                --f.skip;
                continue;
            }
            const Fault out = f;
            if (f.times > 0 && --f.times == 0)
                faults.removeAt(i);
            return out;
        }
        return std::nullopt;
    }
};

} // namespace TidemarkDev
