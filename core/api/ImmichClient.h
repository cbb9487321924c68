// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImmichClient: the connection to one Immich server as one account — base URL, credentials,
// network settings — and the factory of API jobs (libQuotient's Connection::callApi style).
//
// It keeps no protocol state: checkpoints live on the server, the mirror lives elsewhere. Each
// job copies the client's settings when it starts, so changing the credentials (logout, switching
// to a new session) never affects a request already running.
//
// Every endpoint method creates the job as a child of the client, starts it, and returns it;
// connect to its succeeded(...)/failed()/finished() right away (failures found before sending are
// delivered from the event loop). Jobs delete themselves after finished().

#include "ApiDtos.h"
#include "ApiJob.h"
#include "Credentials.h"
#include "protocol/ServerUrl.h"

#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace Tidemark {

class PingJob;
class ServerVersionJob;
class ServerFeaturesJob;
class ServerConfigJob;
class LoginJob;
class ServerVersionHistoryJob;
class OAuthAuthorizeJob;
class OAuthCallbackJob;
class LogoutJob;
class ValidateTokenJob;
class GetMyUserJob;
class GetPartnersJob;
class AssetStatisticsJob;
class SyncStreamJob;
class GetSyncAcksJob;
class SendSyncAcksJob;
class DeleteSyncAcksJob;
class FullSyncJob;
class DeltaSyncJob;
class ThumbnailJob;
enum class ThumbnailSize;

class ImmichClient : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultInactivityTimeout {60000};

    //! With a QNetworkAccessManager of its own.
    explicit ImmichClient(QObject *parent = nullptr);
    //! With a shared QNetworkAccessManager (not owned; must outlive the client's jobs).
    explicit ImmichClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ImmichClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void setServerUrl(const ServerUrl &url) { m_server = url; }
    const ServerUrl &serverUrl() const { return m_server; }

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    void setSessionToken(const QString &token) { m_credentials = Credentials::sessionToken(token); }
    void setApiKey(const QString &key) { m_credentials = Credentials::apiKey(key); }
    void clearCredentials() { m_credentials = {}; }
    const Credentials &credentials() const { return m_credentials; }

    //! No bytes for this long → the job fails with Timeout (default 60 s). Not a total timeout.
    void setInactivityTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds inactivityTimeout() const { return m_timeout; }

    //! Follow redirects to the same origin (default true). False: every redirect fails with
    //! Error::Redirect (the sync engine's rule: a redirected sync request is never replayed).
    void setFollowSameOriginRedirects(bool follow) { m_followSameOriginRedirects = follow; }
    bool followsSameOriginRedirects() const { return m_followSameOriginRedirects; }

    //! Headers a proxy in front of the server asks for, on every request (ServerAccess).
    //! A changed client certificate also drops the kept-alive connections: a TLS connection
    //! keeps the certificate of its handshake, and Qt would otherwise reuse it.
    void setServerAccess(const ServerAccess &access);
    const ServerAccess &serverAccess() const { return m_access; }

    //! TLS settings for every request (e.g. a self-signed server's CA added to the defaults).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    //! Accept the server's certificate with exactly this SHA-256 fingerprint although no CA vouches
    //! for it. Empty (default): the pin registered in CertificatePins for the server's origin.
    void setPinnedCertificate(const QString &sha256) { m_pin = sha256; }
    QString pinnedCertificate() const;

    //! "Tidemark/<version>", also what the server shows in the user's session list.
    static QByteArray userAgent();

    //! Starts a job created by the caller (takes ownership: the job becomes a child).
    void run(ApiJob *job);
    //! new JobT(args...), run, return.
    template<typename JobT, typename... Args> JobT *callApi(Args &&...args)
    {
        auto *job = new JobT(std::forward<Args>(args)...);
        run(job);
        return job;
    }

    // Server (no credentials sent)
    PingJob *ping();
    ServerVersionJob *getServerVersion();
    ServerFeaturesJob *getServerFeatures();
    ServerConfigJob *getServerConfig();
    ServerVersionHistoryJob *getServerVersionHistory();
    // Authentication
    LoginJob *login(const LoginCredential &credential);
    OAuthAuthorizeJob *oauthAuthorize(const OAuthAuthorizeRequest &request);
    OAuthCallbackJob *oauthCallback(const OAuthCallbackRequest &request);
    LogoutJob *logout();
    ValidateTokenJob *validateToken();
    GetMyUserJob *getMyUser();
    // Partners
    GetPartnersJob *getPartners(PartnerDirection direction);
    // Assets
    AssetStatisticsJob *getAssetStatistics(const AssetStatsRequest &filter = {});
    ThumbnailJob *getThumbnail(const QString &assetId, ThumbnailSize size, bool edited = false);
    // Sync (stream and acks need a session token)
    SyncStreamJob *syncStream(const SyncStreamRequest &request);
    GetSyncAcksJob *getSyncAcks();
    SendSyncAcksJob *sendSyncAcks(const QStringList &acks);
    DeleteSyncAcksJob *deleteSyncAcks(const SyncAckDeleteRequest &request = {});
    FullSyncJob *fullSync(const FullSyncRequest &request);
    DeltaSyncJob *deltaSync(const DeltaSyncRequest &request);

    //! What a job would be started with now.
    JobContext jobContext() const;

Q_SIGNALS:
    //! Any job of this client failed with Unauthorized (token revoked, session deleted).
    void unauthorized(const Tidemark::Error &error);
    //! Any job of this client failed with ApiKeyRefused.
    void apiKeyRefused(const Tidemark::Error &error);

private:
    ServerAccess m_access;
    QNetworkAccessManager *m_network = nullptr;
    ServerUrl m_server;
    Credentials m_credentials;
    std::chrono::milliseconds m_timeout = DefaultInactivityTimeout;
    std::optional<QSslConfiguration> m_ssl;
    bool m_followSameOriginRedirects = true;
    QString m_pin;
};

} // namespace Tidemark
