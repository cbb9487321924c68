// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImmichClient.h"

#include "AssetStatisticsJob.h"
#include "CertificatePins.h"
#include "DeleteSyncAcksJob.h"
#include "DeltaSyncJob.h"
#include "FullSyncJob.h"
#include "GetMyUserJob.h"
#include "GetPartnersJob.h"
#include "GetSyncAcksJob.h"
#include "LoginJob.h"
#include "LogoutJob.h"
#include "OAuthAuthorizeJob.h"
#include "OAuthCallbackJob.h"
#include "PingJob.h"
#include "SendSyncAcksJob.h"
#include "ServerConfigJob.h"
#include "ServerFeaturesJob.h"
#include "ServerVersionHistoryJob.h"
#include "ServerVersionJob.h"
#include "SyncStreamJob.h"
#include "ThumbnailJob.h"
#include "ValidateTokenJob.h"

#include <QNetworkAccessManager>

namespace Tidemark {

ImmichClient::ImmichClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{ }

ImmichClient::ImmichClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

ImmichClient::~ImmichClient() = default;

QByteArray ImmichClient::userAgent()
{
    return QByteArrayLiteral("Tidemark/" TIDEMARK_VERSION_STRING);
}

JobContext ImmichClient::jobContext() const
{
    JobContext c;
    c.network = m_network;
    c.server = m_server;
    c.credentials = m_credentials;
    c.userAgent = userAgent();
    c.inactivityTimeout = m_timeout;
    c.sslConfiguration = m_ssl;
    c.followSameOriginRedirects = m_followSameOriginRedirects;
    c.pinnedSha256 = pinnedCertificate();
    c.access = m_access;
    return c;
}

void ImmichClient::setServerAccess(const ServerAccess &access)
{
    const bool newCertificate = !(access.clientCertificate == m_access.clientCertificate);
    m_access = access;
    if (newCertificate && m_network)
        m_network->clearConnectionCache();
}

QString ImmichClient::pinnedCertificate() const
{
    if (!m_pin.isEmpty())
        return CertificatePins::normalize(m_pin);
    return m_server.isValid() ? CertificatePins::pinned(m_server.origin()) : QString();
}

void ImmichClient::run(ApiJob *job)
{
    job->setParent(this);
    connect(job, &ApiJob::failed, this, [this](const Error &e) {
        if (e.kind == Error::Kind::Unauthorized)
            Q_EMIT unauthorized(e);
        else if (e.kind == Error::Kind::ApiKeyRefused)
            Q_EMIT apiKeyRefused(e);
    });
    job->start(jobContext());
}

PingJob *ImmichClient::ping()
{
    return callApi<PingJob>();
}
ServerVersionJob *ImmichClient::getServerVersion()
{
    return callApi<ServerVersionJob>();
}
ServerFeaturesJob *ImmichClient::getServerFeatures()
{
    return callApi<ServerFeaturesJob>();
}
ServerConfigJob *ImmichClient::getServerConfig()
{
    return callApi<ServerConfigJob>();
}

ServerVersionHistoryJob *ImmichClient::getServerVersionHistory()
{
    return callApi<ServerVersionHistoryJob>();
}
LoginJob *ImmichClient::login(const LoginCredential &credential)
{
    return callApi<LoginJob>(credential);
}

OAuthAuthorizeJob *ImmichClient::oauthAuthorize(const OAuthAuthorizeRequest &request)
{
    return callApi<OAuthAuthorizeJob>(request);
}

OAuthCallbackJob *ImmichClient::oauthCallback(const OAuthCallbackRequest &request)
{
    return callApi<OAuthCallbackJob>(request);
}

LogoutJob *ImmichClient::logout()
{
    return callApi<LogoutJob>();
}
ValidateTokenJob *ImmichClient::validateToken()
{
    return callApi<ValidateTokenJob>();
}
GetMyUserJob *ImmichClient::getMyUser()
{
    return callApi<GetMyUserJob>();
}

GetPartnersJob *ImmichClient::getPartners(PartnerDirection direction)
{
    return callApi<GetPartnersJob>(direction);
}

AssetStatisticsJob *ImmichClient::getAssetStatistics(const AssetStatsRequest &filter)
{
    return callApi<AssetStatisticsJob>(filter);
}

ThumbnailJob *ImmichClient::getThumbnail(const QString &assetId, ThumbnailSize size, bool edited)
{
    return callApi<ThumbnailJob>(assetId, size, edited);
}

SyncStreamJob *ImmichClient::syncStream(const SyncStreamRequest &request)
{
    return callApi<SyncStreamJob>(request);
}

GetSyncAcksJob *ImmichClient::getSyncAcks()
{
    return callApi<GetSyncAcksJob>();
}

SendSyncAcksJob *ImmichClient::sendSyncAcks(const QStringList &acks)
{
    return callApi<SendSyncAcksJob>(acks);
}

DeleteSyncAcksJob *ImmichClient::deleteSyncAcks(const SyncAckDeleteRequest &request)
{
    return callApi<DeleteSyncAcksJob>(request);
}

FullSyncJob *ImmichClient::fullSync(const FullSyncRequest &request)
{
    return callApi<FullSyncJob>(request);
}
DeltaSyncJob *ImmichClient::deltaSync(const DeltaSyncRequest &request)
{
    return callApi<DeltaSyncJob>(request);
}

} // namespace Tidemark
