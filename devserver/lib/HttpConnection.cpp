// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "Library.h"
#include "RestApi.h"
#include "ServerState.h"
#include "SyncStream.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QUrl>

namespace TidemarkDev {

namespace {
constexpr qint64 kHighWater = 4 * 1024 * 1024;
constexpr qsizetype kChunkBytes = 64 * 1024;
constexpr qsizetype kMaxHeader = 64 * 1024;
constexpr qint64 kMaxBody = 10 * 1024 * 1024;
constexpr int kIdleMs = 30000;
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, std::shared_ptr<ServerState> state, QObject *parent)
    : QObject(parent), m_sock(socket), m_state(std::move(state))
{
    m_sock->setParent(this);
    m_sock->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_sock, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_sock, &QTcpSocket::bytesWritten, this, [this] {
        if (m_stream && !m_stalled)
            pump();
    });
    connect(m_sock, &QTcpSocket::disconnected, this, [this] {
        m_stream.reset();
        Q_EMIT finished(this);
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy)
            closeNow();
    });
    m_idle.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::closeNow()
{
    m_stream.reset();
    m_closing = true;
    m_sock->abort();
}

void HttpConnection::onReadyRead()
{
    m_in.append(m_sock->readAll());
    m_idle.start();
    if (!m_busy)
        processBuffer();
}

int HttpConnection::parseOne(HttpRequest *req)
{
    // Not HTTP at all (a TLS ClientHello starts with 0x16): answer at once, as Node's parser does
    // for Immich, instead of waiting for a blank line that never comes. Clients read this answer
    // to their TLS hello as "wrong version number", which is how they learn the port is plain HTTP.
    if (!m_in.isEmpty() && (m_in.at(0) < 'A' || m_in.at(0) > 'Z') && m_in.at(0) != '\r'
        && m_in.at(0) != '\n') {
        m_in.clear();
        m_closing = true;
        m_sock->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        m_sock->disconnectFromHost();
        return -1;
    }
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > kMaxHeader) {
            closeNow();
            return -1;
        }
        return 0;
    }
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        closeNow();
        return -1;
    }
    req->method = requestLine[0].toUpper();
    req->target = requestLine[1];
    req->keepAlive = requestLine[2] != "HTTP/1.0";
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req->headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
            req->hasBody = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            if (value.toLower().contains("close"))
                req->keepAlive = false;
            else if (value.toLower().contains("keep-alive"))
                req->keepAlive = true;
        }
    }
    if (contentLength < 0 || contentLength > kMaxBody) {
        HttpResponse r = RestApi::error(
            413, QStringLiteral("request entity too large"), RestApi::newCorrelationId());
        req->keepAlive = false;
        m_in.clear();
        respond(*req, r);
        return -1;
    }
    if (m_in.size() < end + 4 + contentLength)
        return 0;
    req->body = m_in.mid(end + 4, contentLength);
    m_in.remove(0, end + 4 + contentLength);
    const qsizetype q = req->target.indexOf('?');
    const QByteArray rawPath = q < 0 ? req->target : req->target.left(q);
    req->path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0)
        req->query = QUrlQuery(QString::fromUtf8(req->target.mid(q + 1)));
    return 1;
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        HttpRequest req;
        const int r = parseOne(&req);
        if (r <= 0)
            return;
        m_keepAlive = req.keepAlive;
        const QByteArray certificate = m_sock->property("clientCertificateProblem").toByteArray();
        if (!certificate.isEmpty()) {
            // nginx's own page; Immich never sees the request.
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->clientCertificateRefusals;
            }
            const QByteArray why = certificate == "none"
                ? QByteArrayLiteral("No required SSL certificate was sent")
                : QByteArrayLiteral("The SSL certificate error");
            HttpResponse page;
            page.status = 400;
            page.contentType = "text/html";
            page.etag = false;
            page.body = "<html>\r\n<head><title>400 " + why
                + "</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n"
                  "<center>"
                + why + "</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            respond(req, page);
            continue;
        }
        std::optional<Fault> before;
        {
            QMutexLocker lock(&m_state->mutex);
            before = m_state->takeFault(req.path, ServerState::Stage::BeforeHandling);
            if (before) {
                // A request refused by a fault is still a request the client made (retry counts).
                ++m_state->requests;
                ++m_state->requestsByPath[req.path];
                if (req.method == "POST" && req.path == QLatin1StringView("/api/sync/stream"))
                    ++m_state->streamRequests;
                else if (req.method == "POST" && req.path == QLatin1StringView("/api/sync/ack"))
                    ++m_state->ackRequests;
            }
        }
        if (before) {
            HttpResponse resp = RestApi::error(before->status,
                QString::fromLatin1(RestApi::reasonPhrase(before->status)),
                RestApi::newCorrelationId());
            if (before->retryAfterSeconds >= 0)
                resp.extraHeaders.append(
                    {"Retry-After", QByteArray::number(before->retryAfterSeconds)});
            respond(req, resp);
            continue;
        }
        respond(req, RestApi::handle(*m_state, req));
    }
}

QByteArray HttpConnection::headerBlock(
    const HttpResponse &resp, qint64 contentLength, bool chunked) const
{
    QByteArray h;
    h.reserve(512);
    h += "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + RestApi::reasonPhrase(resp.status)
        + "\r\n";
    h += "X-Powered-By: Express\r\n";
    h += "x-immich-cid: " + resp.correlationId + "\r\n";
    for (const auto &[k, v] : resp.extraHeaders)
        h += k + ": " + v + "\r\n";
    if (!resp.contentType.isEmpty())
        h += "Content-Type: " + resp.contentType + "\r\n";
    if (contentLength >= 0 && resp.status != 204)
        h += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (resp.etag && resp.status != 204 && !chunked) {
        const QByteArray sha
            = QCryptographicHash::hash(resp.body, QCryptographicHash::Sha1).toBase64();
        h += "ETag: \"" + QByteArray::number(resp.body.size(), 16) + '-' + sha.left(27) + "\"\r\n";
    }
    if (resp.status != 204 && (resp.etag || chunked))
        h += "Vary: Accept-Encoding\r\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    h += QLocale::c()
             .toString(now, QStringLiteral("'Date: 'ddd, dd MMM yyyy hh:mm:ss' GMT'"))
             .toLatin1()
        + "\r\n";
    if (m_keepAlive)
        h += "Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n";
    else
        h += "Connection: close\r\n";
    if (chunked)
        h += "Transfer-Encoding: chunked\r\n";
    h += "\r\n";
    return h;
}

void HttpConnection::respond(const HttpRequest &req, HttpResponse resp)
{
    Q_UNUSED(req);
    if (resp.hang) {
        m_busy = true; // the poisoned stream: no status line, no bytes, never closes
        return;
    }
    if (resp.stream) {
        m_busy = true;
        m_stream = resp.stream;
        m_next = 0;
        m_bodyBytes = 0;
        m_faultDone = false;
        m_stalled = false;
        m_token = resp.streamToken;
        {
            QMutexLocker lock(&m_state->mutex);
            m_fault = m_state->takeFault(req.path, ServerState::Stage::StreamResponse);
            m_perLine = m_state->chunkPerLine;
        }
        m_sock->write(headerBlock(resp, -1, true));
        pump();
        return;
    }
    std::optional<Fault> cut;
    {
        QMutexLocker lock(&m_state->mutex);
        cut = m_state->takeFault(req.path, ServerState::Stage::JsonResponse);
    }
    m_sock->write(headerBlock(resp, resp.body.size(), false));
    if (cut && cut->after < resp.body.size()) {
        m_sock->write(resp.body.constData(), qMax<qint64>(0, cut->after));
        m_busy = true;
        m_closing = true;
        m_sock->disconnectFromHost();
        return;
    }
    if (resp.status != 204)
        m_sock->write(resp.body);
    if (!m_keepAlive) {
        m_closing = true;
        m_sock->disconnectFromHost();
    }
}

void HttpConnection::writeChunk(const char *data, qsizetype n)
{
    if (n <= 0)
        return;
    const QByteArray head = QByteArray::number(n, 16) + "\r\n";
    if (m_fault && !m_faultDone && m_fault->kind == Fault::Kind::CutAfterBytes
        && m_bodyBytes + n > m_fault->after) {
        const qint64 keep = qMax<qint64>(0, m_fault->after - m_bodyBytes);
        m_sock->write(head);
        m_sock->write(data, keep);
        m_bodyBytes += keep;
        endAbruptly();
        return;
    }
    m_sock->write(head);
    m_sock->write(data, n);
    m_sock->write("\r\n", 2);
    m_bodyBytes += n;
}

bool HttpConnection::lineFaultPending() const
{
    if (!m_fault || m_faultDone)
        return false;
    switch (m_fault->kind) {
    case Fault::Kind::CutAfterLines:
    case Fault::Kind::MalformedLine:
    case Fault::Kind::Stall:
    case Fault::Kind::RevokeSessionAfterLines:
    case Fault::Kind::OversizedLine:
    case Fault::Kind::InjectLine:
        return true;
    default:
        return false;
    }
}

void HttpConnection::endAbruptly()
{
    m_stream.reset();
    m_closing = true;
    m_sock->disconnectFromHost(); // flushes what was written, then FIN: no terminating chunk
}

void HttpConnection::pump()
{
    while (m_stream && !m_stalled && !m_closing && m_sock->bytesToWrite() < kHighWater) {
        const qsizetype total = m_stream->lineCount();
        const bool pending = lineFaultPending();
        const qsizetype faultAt = pending ? qsizetype(qMax<qint64>(0, m_fault->after)) : total;
        if (pending && m_next == faultAt) {
            switch (m_fault->kind) {
            case Fault::Kind::CutAfterLines:
                endAbruptly();
                return;
            case Fault::Kind::RevokeSessionAfterLines: {
                QMutexLocker lock(&m_state->mutex);
                m_state->lib.removeSession(m_token);
                lock.unlock();
                endAbruptly();
                return;
            }
            case Fault::Kind::Stall:
                m_faultDone = true;
                m_stalled = true;
                if (m_fault->stallMs > 0)
                    QTimer::singleShot(m_fault->stallMs, this, [this] {
                        m_stalled = false;
                        pump();
                    });
                return;
            case Fault::Kind::OversizedLine: {
                m_faultDone = true;
                const QByteArray head = "{\"type\":\"AssetV1\",\"data\":{\"padding\":\"";
                const QByteArray tail = "\"}}\n";
                QByteArray line = head;
                line.append(
                    qMax<qint64>(0, m_fault->lineBytes - head.size() - tail.size() + 1), 'x');
                line += tail;
                writeChunk(line.constData(), line.size());
                continue;
            }
            case Fault::Kind::InjectLine: {
                m_faultDone = true;
                QByteArray line = m_fault->line;
                line += '\n';
                writeChunk(line.constData(), line.size());
                continue;
            }
            case Fault::Kind::MalformedLine: {
                m_faultDone = true;
                if (m_next >= total)
                    continue;
                m_out.clear();
                {
                    QMutexLocker lock(&m_state->mutex);
                    m_stream->formatLine(m_state->lib, m_next, m_out);
                }
                ++m_next;
                m_out.truncate(qMax<qsizetype>(1, (m_out.size() - 1) / 2));
                m_out.ch('\n');
                writeChunk(m_out.data(), m_out.size());
                continue;
            }
            default:
                break;
            }
        }
        if (m_next >= total) {
            finishStream();
            return;
        }
        const qsizetype stop = qMin(total, faultAt > m_next ? faultAt : total);
        const bool truncateLast
            = m_fault && !m_faultDone && m_fault->kind == Fault::Kind::TruncateFinalLine;
        m_out.clear();
        {
            QMutexLocker lock(&m_state->mutex);
            if (m_stream->libraryGeneration() != m_state->lib.generation()) {
                lock.unlock();
                endAbruptly();
                return;
            }
            while (m_next < stop && m_out.size() < kChunkBytes) {
                const qsizetype start = m_out.size();
                m_stream->formatLine(m_state->lib, m_next, m_out);
                if (truncateLast && m_next == total - 1)
                    m_out.truncate(start + qMax<qsizetype>(1, (m_out.size() - start - 1) / 2));
                ++m_next;
                if (m_perLine)
                    break;
            }
        }
        writeChunk(m_out.data(), m_out.size());
    }
}

void HttpConnection::finishStream()
{
    if (m_fault && !m_faultDone) {
        switch (m_fault->kind) {
        case Fault::Kind::CutAfterLines:
        case Fault::Kind::CutAfterBytes:
        case Fault::Kind::RevokeSessionAfterLines:
            if (m_fault->kind == Fault::Kind::RevokeSessionAfterLines) {
                QMutexLocker lock(&m_state->mutex);
                m_state->lib.removeSession(m_token);
            }
            endAbruptly();
            return;
        default:
            break;
        }
    }
    m_sock->write("0\r\n\r\n", 5);
    m_stream.reset();
    m_fault.reset();
    m_busy = false;
    m_idle.start();
    if (!m_keepAlive) {
        m_closing = true;
        m_sock->disconnectFromHost();
        return;
    }
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

} // namespace TidemarkDev
