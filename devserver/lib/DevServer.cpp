// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevServer.h"

#include "HttpWorker.h"
#include "ServerState.h"
#include "SyncStream.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QThread>

namespace TidemarkDev {

DevServer::DevServer(QObject *parent) : QObject(parent), m_state(std::make_shared<ServerState>())
{ }

DevServer::~DevServer()
{
    stop();
}

bool DevServer::start(quint16 port)
{
    stop();
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->generated) {
            m_state->lib.generate(LibrarySpec {});
            m_state->generated = true;
        }
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("tidemark-devserver"));
    m_worker = new HttpWorker(m_state);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString error;
    quint16 actual = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->listen(port, m_tls, &error, &actual); },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = error;
        stop();
        return false;
    }
    m_port = actual;
    m_error.clear();
    return true;
}

void DevServer::stop()
{
    if (!m_thread)
        return;
    HttpWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { delete w; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

bool DevServer::isRunning() const
{
    return m_thread != nullptr;
}
quint16 DevServer::port() const
{
    return m_port;
}

QUrl DevServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

void DevServer::setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    if (certificate.isNull()) {
        m_tls.reset();
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    applyClientAuthority(tls);
    m_tls = tls;
    pushTls();
}

void DevServer::applyClientAuthority(QSslConfiguration &tls) const
{
    if (m_clientAuthority.isEmpty()) {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
        return;
    }
    // Mutual TLS as a reverse proxy in front of Immich does it (nginx ssl_verify_client on): the
    // handshake fails unless the client shows a certificate this authority signed.
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(m_clientAuthority);
}

void DevServer::setClientCertificateAuthority(const QList<QSslCertificate> &authority)
{
    m_clientAuthority = authority;
    if (!m_tls)
        return;
    applyClientAuthority(*m_tls);
    pushTls();
}

void DevServer::setClientCertificatePage(bool page)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->clientCertificatePage = page;
}

qint64 DevServer::clientCertificateRefusals() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->clientCertificateRefusals;
}

void DevServer::pushTls()
{
    if (m_worker && m_tls) {
        const QSslConfiguration tls = *m_tls;
        HttpWorker *w = m_worker;
        QMetaObject::invokeMethod(
            w, [w, tls] { w->setTls(tls); }, Qt::BlockingQueuedConnection);
    }
}

bool DevServer::setTlsCertificateFiles(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1 or %2").arg(certificatePath, keyPath);
        return false;
    }
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        m_error = QStringLiteral("%1 / %2: not a PEM certificate and key")
                      .arg(certificatePath, keyPath);
        return false;
    }
    setTlsCertificate(cert, key);
    return true;
}

QSslCertificate DevServer::tlsCertificate() const
{
    return m_tls ? m_tls->localCertificate() : QSslCertificate();
}

QString DevServer::errorString() const
{
    return m_error;
}

void DevServer::setVersion(int major, int minor, int patch)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->version = EmulatedVersion(major, minor, patch);
}

std::unique_ptr<DevServer> DevServer::createDemo()
{
    auto server = std::make_unique<DevServer>();
    LibrarySpec spec;
    spec.seed = 2026;
    spec.ownAssets = 600;
    spec.partnerAssets = 150;
    spec.albums = 6;
    server->generateLibrary(spec);
    return server;
}

void DevServer::setLoginOptions(const LoginOptions &options)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->login = options;
}

LoginOptions DevServer::loginOptions() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->login;
}

bool DevServer::setVersion(const QString &version)
{
    bool ok = false;
    const EmulatedVersion v = EmulatedVersion::fromString(version, &ok);
    if (ok) {
        QMutexLocker lock(&m_state->mutex);
        m_state->version = v;
    }
    return ok;
}

QString DevServer::installationId() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->installationId;
}

void DevServer::setInstallationId(const QString &id)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->installationId = id;
}

QString DevServer::version() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->version.toString();
}

QStringList DevServer::knownVersions()
{
    return EmulatedVersion::knownVersions();
}

void DevServer::generateLibrary(const LibrarySpec &spec)
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->lib.generate(spec);
        m_state->generated = true;
    }
    if (m_worker) {
        HttpWorker *w = m_worker;
        QMetaObject::invokeMethod(
            w, [w] { w->dropAll(); }, Qt::BlockingQueuedConnection);
    }
}

#define LOCKED                                                                                     \
    QMutexLocker lock(&m_state->mutex);                                                            \
    Library &lib = m_state->lib

QString DevServer::adminUserId() const
{
    LOCKED;
    return lib.adminUser >= 0 ? lib.users[size_t(lib.adminUser)].id.toString() : QString();
}

QString DevServer::partnerUserId() const
{
    LOCKED;
    return lib.partnerUser >= 0 ? lib.users[size_t(lib.partnerUser)].id.toString() : QString();
}

QString DevServer::userIdByEmail(const QString &email) const
{
    LOCKED;
    const int u = lib.userByEmail(email);
    return u >= 0 ? lib.users[size_t(u)].id.toString() : QString();
}

QString DevServer::createSession(const QString &email)
{
    LOCKED;
    return lib.createSession(lib.userByEmail(email));
}

QString DevServer::createApiKey(const QString &email, const QStringList &permissions)
{
    LOCKED;
    return lib.createApiKey(lib.userByEmail(email), permissions);
}

void DevServer::revokeSession(const QString &token)
{
    LOCKED;
    lib.removeSession(token);
}

bool DevServer::hasSession(const QString &token) const
{
    LOCKED;
    return lib.session(token) != nullptr;
}

QStringList DevServer::sessionTokens(const QString &email) const
{
    LOCKED;
    const int user = lib.userByEmail(email);
    return user < 0 ? QStringList() : lib.sessionTokensOf(user);
}

void DevServer::setPendingReset(const QString &token, bool pending)
{
    LOCKED;
    if (Session *s = lib.session(token))
        s->pendingReset = pending;
}

bool DevServer::pendingReset(const QString &token) const
{
    LOCKED;
    const Session *s = lib.session(token);
    return s && s->pendingReset;
}

void DevServer::setSessionCompleteCheckpointAge(const QString &token, int days)
{
    LOCKED;
    if (Session *s = lib.session(token)) {
        const Uuid id
            = Uuid::v7(lib.nowMs() - qint64(days) * 86400000LL, 0x123, 0x0123456789ABCDEFULL);
        s->setCheckpoint(
            QStringLiteral("SyncCompleteV1"), QStringLiteral("SyncCompleteV1|") + id.toString());
    }
}

void DevServer::setCheckpoint(const QString &token, const QString &type, const QString &ack)
{
    LOCKED;
    if (Session *s = lib.session(token))
        s->setCheckpoint(type, ack);
}

QStringList DevServer::addAssets(const QString &ownerId, int count)
{
    LOCKED;
    return lib.addAssets(lib.userById(ownerId), count);
}

void DevServer::updateAsset(const QString &id)
{
    LOCKED;
    lib.touchAsset(lib.assetById(id));
}

void DevServer::trashAsset(const QString &id)
{
    LOCKED;
    lib.trashAsset(lib.assetById(id));
}

void DevServer::restoreAsset(const QString &id)
{
    LOCKED;
    lib.restoreAsset(lib.assetById(id));
}

void DevServer::deleteAsset(const QString &id)
{
    LOCKED;
    lib.purgeAsset(lib.assetById(id));
}

QString DevServer::addUser(const QString &email, const QString &password, const QString &name)
{
    LOCKED;
    return lib.users[size_t(lib.addUser(email, password, name))].id.toString();
}

void DevServer::deleteUser(const QString &userId, bool hard)
{
    LOCKED;
    const int u = lib.userById(userId);
    if (hard)
        lib.hardDeleteUser(u);
    else
        lib.softDeleteUser(u);
}

void DevServer::renameUser(const QString &userId, const QString &name)
{
    LOCKED;
    const int u = lib.userById(userId);
    if (u < 0)
        return;
    lib.users[size_t(u)].name = name;
    lib.users[size_t(u)].updateId = lib.nextId();
}

void DevServer::addPartner(const QString &sharedById, const QString &sharedWithId, bool inTimeline)
{
    LOCKED;
    lib.addPartner(lib.userById(sharedById), lib.userById(sharedWithId), inTimeline);
}

void DevServer::removePartner(const QString &sharedById, const QString &sharedWithId)
{
    LOCKED;
    lib.removePartner(lib.userById(sharedById), lib.userById(sharedWithId));
}

QString DevServer::createAlbum(
    const QString &ownerId, const QString &name, const QStringList &assetIds)
{
    LOCKED;
    const int owner = lib.userById(ownerId);
    if (owner < 0)
        return {};
    const int album = lib.createAlbum(owner, name);
    for (const QString &id : assetIds)
        lib.addAlbumAsset(album, lib.assetById(id));
    return lib.albums[size_t(album)].id.toString();
}

void DevServer::addAssetsToAlbum(const QString &albumId, const QStringList &assetIds)
{
    LOCKED;
    const int album = lib.albumById(albumId);
    for (const QString &id : assetIds)
        lib.addAlbumAsset(album, lib.assetById(id));
}

void DevServer::removeAssetFromAlbum(const QString &albumId, const QString &assetId)
{
    LOCKED;
    lib.removeAlbumAsset(lib.albumById(albumId), lib.assetById(assetId));
}

void DevServer::addAlbumUser(const QString &albumId, const QString &userId, bool editor)
{
    LOCKED;
    lib.addAlbumUser(lib.albumById(albumId), lib.userById(userId), editor);
}

void DevServer::removeAlbumUser(const QString &albumId, const QString &userId)
{
    LOCKED;
    lib.removeAlbumUser(lib.albumById(albumId), lib.userById(userId));
}

void DevServer::renameAlbum(const QString &albumId, const QString &name)
{
    LOCKED;
    lib.renameAlbum(lib.albumById(albumId), name);
}

void DevServer::deleteAlbum(const QString &albumId)
{
    LOCKED;
    lib.deleteAlbum(lib.albumById(albumId));
}

void DevServer::addFault(const Fault &f)
{
    QMutexLocker lock(&m_state->mutex);
    if (f.times != 0)
        m_state->faults.append(f);
}

void DevServer::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
}

int DevServer::pendingFaults() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->faults.size());
}

void DevServer::setChunkPerLine(bool perLine)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->chunkPerLine = perLine;
}

QList<QPair<QString, QString>> DevServer::checkpoints(const QString &token) const
{
    LOCKED;
    const Session *s = lib.session(token);
    return s ? s->checkpoints : QList<QPair<QString, QString>>();
}

QStringList DevServer::visibleAssetIds(const QString &userId) const
{
    LOCKED;
    return lib.visibleAssetIds(lib.userById(userId));
}

QStringList DevServer::ownedAssetIds(const QString &userId) const
{
    LOCKED;
    return lib.ownedAssetIds(lib.userById(userId));
}

QStringList DevServer::albumIds(const QString &userId) const
{
    LOCKED;
    QStringList out;
    for (int a : lib.albumsOf(lib.userById(userId)))
        out.append(lib.albums[size_t(a)].id.toString());
    return out;
}

qint64 DevServer::streamRequestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->streamRequests;
}

qint64 DevServer::ackRequestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->ackRequests;
}

qint64 DevServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

qint64 DevServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requestsByPath.value(path);
}

qint64 DevServer::credentialedRequestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->credentialedRequests;
}

void DevServer::setRequiredHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requiredHeaders = headers;
}

qint64 DevServer::headerSeenCount(const QByteArray &name) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->headersSeen.value(name.toLower());
}

} // namespace TidemarkDev
