// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheck.h"

#include "api/ImmichClient.h"
#include "api/PingJob.h"
#include "api/ServerConfigJob.h"
#include "api/ServerFeaturesJob.h"
#include "api/ServerVersionHistoryJob.h"
#include "api/ServerVersionJob.h"
#include "protocol/ServerUrl.h"

#include <QEventLoop>

namespace Tidemark::ServerCheck {

void run(QObject *context, const QString &address, int timeoutMs,
    std::function<void(const ServerProbe &)> done, const ServerAccess &access)
{
    ServerProbe p;
    p.input = address;
    const Expected<ServerUrl> url = ServerUrl::parse(address);
    if (!url) {
        p.error = url.error();
        QMetaObject::invokeMethod(
            context, [done, p] { done(p); }, Qt::QueuedConnection);
        return;
    }
    p.apiBase = url->toString();
    auto *c = new ImmichClient(context);
    c->setServerUrl(*url);
    c->setServerAccess(access);
    c->setInactivityTimeout(std::chrono::milliseconds(std::min(timeoutMs, 15000)));
    auto finish = [c, done](const ServerProbe &result) {
        c->deleteLater();
        done(result);
    };
    // The version history names the installation (optional: a proxy may hide it).
    auto askHistory = [c, finish](ServerProbe found) {
        ServerVersionHistoryJob *history = c->getServerVersionHistory();
        QObject::connect(
            history, &ApiJob::failed, c, [finish, found](const Error &) { finish(found); });
        QObject::connect(history, &ServerVersionHistoryJob::succeeded, c,
            [finish, found](const QList<ServerVersionHistoryEntry> &rows) mutable {
                // The oldest row: ISO 8601 times of one server compare as text.
                const ServerVersionHistoryEntry *first = nullptr;
                for (const ServerVersionHistoryEntry &row : rows)
                    if (!first || row.createdAt < first->createdAt)
                        first = &row;
                if (first)
                    found.identity = first->id;
                finish(found);
            });
    };
    auto askConfig = [c, askHistory](ServerProbe found) {
        ServerConfigJob *config = c->getServerConfig();
        QObject::connect(config, &ApiJob::failed, c, [askHistory, found](const Error &) mutable {
            found.loginOptionsKnown = false;
            askHistory(found);
        });
        QObject::connect(config, &ServerConfigJob::succeeded, c,
            [askHistory, found](const ServerConfig &cfg) mutable {
                found.config = cfg;
                askHistory(found);
            });
    };
    auto askFeatures = [c, askHistory, askConfig](ServerProbe found) {
        ServerFeaturesJob *features = c->getServerFeatures();
        QObject::connect(features, &ApiJob::failed, c,
            [askHistory, found](const Error &) { askHistory(found); });
        QObject::connect(features, &ServerFeaturesJob::succeeded, c,
            [askConfig, found](const ServerFeatures &f) mutable {
                found.features = f;
                found.loginOptionsKnown = true;
                askConfig(found);
            });
    };
    PingJob *ping = c->ping();
    QObject::connect(ping, &ApiJob::failed, c, [finish, p](const Error &e) mutable {
        p.error = e;
        finish(p);
    });
    QObject::connect(
        ping, &PingJob::succeeded, c, [c, finish, askFeatures, p](const PingResponse &) mutable {
            ServerVersionJob *v = c->getServerVersion();
            QObject::connect(v, &ApiJob::failed, c, [finish, p](const Error &e) mutable {
                p.error = e;
                finish(p);
            });
            QObject::connect(v, &ServerVersionJob::succeeded, c,
                [askFeatures, p](const ServerVersion &version) mutable {
                    p.version = version;
                    p.capabilities = ServerCapabilities(version);
                    askFeatures(p);
                });
        });
}

ServerProbe runBlocking(const QString &address, int timeoutMs, const ServerAccess &access)
{
    QObject context;
    QEventLoop loop;
    ServerProbe result;
    bool done = false;
    run(
        &context, address, timeoutMs,
        [&](const ServerProbe &p) {
            result = p;
            done = true;
            loop.quit();
        },
        access);
    if (!done)
        loop.exec();
    return result;
}

} // namespace Tidemark::ServerCheck
