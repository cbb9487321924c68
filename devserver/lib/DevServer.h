// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TidemarkDev::DevServer: a local Immich-compatible server (the six Sync API endpoints plus login,
// users/me, server info, asset statistics and thumbnails) for tests, the demo mode and benchmarks.
// It runs its own HTTP/1.1 on QTcpServer in a thread it owns; every public method is thread-safe.
// It shares no protocol code with core/: it writes its JSON by hand from the protocol reference.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace TidemarkDev {

struct LibrarySpec
{
    quint64 seed = 42;
    int ownAssets = 50; //!< assets of admin@example.test (1 .. 1,000,000)
    int partnerAssets = 10; //!< assets of bob@example.test (shares with admin and admin with him)
    int albums = 3; //!< album 0: admin's, shared with bob as editor; album 1 (if >1): bob's, shared
                    //!< with admin as viewer
    bool stacks = true;
    bool people = true;
    bool memories = true;
    bool metadata = true; //!< user metadata, asset metadata
    bool edits = true; //!< asset edits (and isEdited)
    int deletedAssets = 2; //!< admin assets permanently deleted before the first sync (audit rows)
    int unrelatedAssets = 3; //!< assets of carol@example.test, who shares with nobody
    bool unrelatedUser = true; //!< create carol@example.test ("Carol Unrelated")
    double trashedRatio = 0.02;
    double archivedRatio = 0.05;
    double favoriteRatio = 0.05;
    double videoRatio = 0.08;
    double livePhotoRatio
        = 0.03; //!< images with a hidden motion part (the part counts in ownAssets)
    double lockedRatio = 0.005;
};

//! How people log in to this server: `GET /api/server/features` and `/api/server/config` answer
//! with it, and `POST /api/auth/login` refuses passwords when passwordLogin is off (as Immich does
//! when an administrator turns password login off for single sign-on).
struct LoginOptions
{
    bool passwordLogin = true;
    bool oauth = false;
    bool oauthAutoLaunch = false;
    QString oauthButtonText = QStringLiteral("Login with OAuth");
    QString loginPageMessage;
    //! The server's own small OpenID-Connect-like provider (OAuthProvider.h): whom it signs in,
    //! how long a code lives, and which redirect addresses it allows (loopback addresses on any
    //! port, Immich's app link).
    QString oauthUserEmail = QStringLiteral("admin@example.test");
    int oauthCodeLifetimeMs = 60 * 1000;
    bool oauthAllowLoopback = true;
    bool oauthAllowAppLink = true;
};

struct Fault
{
    enum class Kind {
        None,
        CutAfterBytes, //!< close the connection after `after` body bytes (mid-chunk if so)
        CutAfterLines, //!< stream: close after `after` complete lines, no terminating chunk
        MalformedLine, //!< stream: the line after `after` good lines is cut in half (still
                       //!< \n-terminated)
        TruncateFinalLine, //!< stream: the last line loses its second half and its \n; body ends
                           //!< cleanly
        Stall, //!< stream: after `after` lines, send nothing for stallMs (<= 0: forever)
        HttpStatus, //!< answer `status` (+ Retry-After when retryAfterSeconds >= 0) instead
        RevokeSessionAfterLines, //!< stream: after `after` lines the session is revoked and the
                                 //!< connection closed
        OversizedLine, //!< stream: after `after` good lines, one JSON line of `lineBytes` bytes,
                       //!< then the rest
        InjectLine, //!< stream: after `after` good lines, `line` verbatim (plus '\n'), then the
                    //!< rest
    };
    Kind kind = Kind::None;
    QString path; //!< e.g. "/api/sync/stream"; empty = any request
    qint64 after = 0;
    int status = 500;
    int retryAfterSeconds = -1;
    int stallMs = 0;
    int times = 1; //!< how many requests it hits; -1 = forever
    int skip = 0; //!< matching requests let through untouched before it hits (e.g. the 3rd ack)
    qint64 lineBytes
        = 17 * 1024 * 1024; //!< OversizedLine: its length (more than the client's 16 MiB limit)
    QByteArray line
        = {}; //!< InjectLine: a record of the test's choosing (a key missing, a foreign ack, …)
};

class ServerState;
class HttpWorker;

class DevServer : public QObject
{
    Q_OBJECT
public:
    explicit DevServer(QObject *parent = nullptr);
    ~DevServer() override;

    //! Starts listening on 127.0.0.1:port (0 = pick). Generates the default library if none exists.
    bool start(quint16 port = 0);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const; //!< "http://127.0.0.1:<port>" or "https://…" with TLS (no /api)
    QString errorString() const;

    //! Serve HTTPS with this certificate and key (before start(); while running, connections
    //! accepted afterwards get the new certificate). A null certificate turns TLS off at the next
    //! start().
    void setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key);
    //! PEM files; false (and errorString()) when they cannot be read.
    bool setTlsCertificateFiles(const QString &certificatePath, const QString &keyPath);
    bool isTls() const { return m_tls.has_value(); }
    //! Mutual TLS: with TLS on, only clients that show a certificate signed by one of these
    //! authorities complete the handshake (empty: no client certificate is asked). Takes effect
    //! for connections accepted afterwards.
    void setClientCertificateAuthority(const QList<QSslCertificate> &authority);
    //! How a client without a certificate from the authority is refused: true (default) as
    //! nginx does (the handshake completes, every request gets a 400 page "No required SSL
    //! certificate was sent" / "The SSL certificate error"); false: the connection is closed in
    //! the handshake.
    void setClientCertificatePage(bool page);
    qint64 clientCertificateRefusals() const; //!< requests refused for the certificate
    QSslCertificate tlsCertificate() const;

    void setVersion(int major, int minor, int patch);
    bool setVersion(const QString &version); //!< "X.Y.Z"
    QString version() const; //!< default "2.7.5"
    void setLoginOptions(const LoginOptions &options);
    LoginOptions loginOptions() const;
    //! The id of the oldest row of `GET /api/server/version-history`: what a real server makes
    //! once, at its first start. Random per DevServer; set the same id on two servers to make
    //! them one installation (tests of an account's several addresses).
    QString installationId() const;
    void setInstallationId(const QString &id);
    static QStringList knownVersions();

    //! Deterministic for a seed; replaces all state (sessions included; running streams are
    //! closed).
    void generateLibrary(const LibrarySpec &spec);
    //! Tidemark's demo mode: a server (not started) with the sample library the window shows
    //! (600 own and 150 partner assets, 6 albums, seed 2026).
    static std::unique_ptr<DevServer> createDemo();
    static QString adminEmail() { return QStringLiteral("admin@example.test"); }
    static QString adminPassword() { return QStringLiteral("admin-password"); }
    static QString partnerEmail() { return QStringLiteral("bob@example.test"); }
    static QString partnerPassword() { return QStringLiteral("bob-password"); }
    QString adminUserId() const;
    QString partnerUserId() const;
    QString userIdByEmail(const QString &email) const;

    // sessions and keys
    QString createSession(
        const QString &email); //!< an accessToken, like a login ("" if no such user)
    QString createApiKey(
        const QString &email, const QStringList &permissions = {QStringLiteral("all")});
    void revokeSession(const QString &token);
    bool hasSession(const QString &token) const;
    //! Tokens of the user's login sessions (tests: find the session a client logged in with).
    QStringList sessionTokens(const QString &email) const;
    void setPendingReset(const QString &token, bool pending);
    bool pendingReset(const QString &token) const;
    //! Stores a SyncCompleteV1 checkpoint dated `days` ago (to trigger the 30-day SyncResetV1).
    void setSessionCompleteCheckpointAge(const QString &token, int days);
    //! Sets a checkpoint row directly (verbatim, like POST /sync/ack would).
    void setCheckpoint(const QString &token, const QString &type, const QString &ack);

    // mutations that drive incremental syncs (ids are the JSON ids)
    QStringList addAssets(const QString &ownerId, int count);
    void updateAsset(const QString &id); //!< toggles isFavorite, new updateId
    void trashAsset(const QString &id); //!< deletedAt = now (stays an AssetV1)
    void restoreAsset(const QString &id); //!< out of the trash
    void deleteAsset(const QString
            &id); //!< permanent: AssetDeleteV1 / PartnerAssetDeleteV1 / AlbumToAssetDeleteV1
    QString addUser(const QString &email, const QString &password, const QString &name);
    void deleteUser(const QString &userId, bool hard);
    void renameUser(const QString &userId,
        const QString &
            name); //!< new UserV1 / AuthUserV1 //!< soft: UserV1 with deletedAt; hard: UserDeleteV1
    void addPartner(const QString &sharedById, const QString &sharedWithId, bool inTimeline = true);
    void removePartner(const QString &sharedById, const QString &sharedWithId);
    QString createAlbum(
        const QString &ownerId, const QString &name, const QStringList &assetIds = {});
    void addAssetsToAlbum(const QString &albumId, const QStringList &assetIds);
    void removeAssetFromAlbum(const QString &albumId, const QString &assetId);
    void addAlbumUser(const QString &albumId, const QString &userId, bool editor = false);
    void removeAlbumUser(const QString &albumId, const QString &userId);
    void renameAlbum(const QString &albumId, const QString &name);
    void deleteAlbum(const QString &albumId);

    // faults
    void addFault(const Fault &f);
    void clearFaults();
    int pendingFaults() const;
    //! true: one HTTP chunk per stream line (like the real server); false (default): ~64 KB chunks.
    void setChunkPerLine(bool perLine);

    // introspection (the server's truth)
    QList<QPair<QString, QString>> checkpoints(const QString &token) const; //!< (type, ack)
    QStringList visibleAssetIds(const QString &userId) const;
    QStringList ownedAssetIds(const QString &userId) const; //!< not permanently deleted
    QStringList albumIds(const QString &userId) const; //!< owned or joined
    qint64 streamRequestCount() const;
    qint64 ackRequestCount() const;
    qint64 requestCount() const;
    //! Requests to one path ("/api/sync/full-sync"), refused ones included.
    qint64 requestCount(const QString &path) const;
    //! Requests that carried credentials (a bearer token, an x-api-key, a session cookie),
    //! whatever the answer: a server that must never see them can count zero.
    qint64 credentialedRequestCount() const;
    //! A proxy in front of the server (Cloudflare Access, Basic auth): every request without all
    //! of these headers, with these values, is refused with 403 before Immich sees it.
    void setRequiredHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    //! Requests that carried a header of this name (any value), whatever the answer.
    qint64 headerSeenCount(const QByteArray &name) const;

private:
    std::shared_ptr<ServerState> m_state;
    HttpWorker *m_worker = nullptr;
    class QThread *m_thread = nullptr;
    quint16 m_port = 0;
    QString m_error;
    std::optional<QSslConfiguration> m_tls;
    QList<QSslCertificate> m_clientAuthority;
    void applyClientAuthority(QSslConfiguration &tls) const;
    void pushTls();
};

} // namespace TidemarkDev
