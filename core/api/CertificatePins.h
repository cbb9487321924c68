// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CertificatePins: the certificates a person chose to trust for one server although no CA vouches
// for them (self-signed home servers). TLS verification is never switched off: a handshake that Qt
// refuses is accepted only when the certificate the server presented has exactly the SHA-256
// fingerprint pinned for that server's origin. A different certificate (renewed, or someone in
// between) is refused again, with its own fingerprint shown, until it is pinned in turn.
//
// Process-wide because every ImmichClient (GUI, sync worker thread, probes, CLI) must agree; the
// pins are persisted per server by AccountStore, which registers them here. Thread-safe.
// Fingerprints are not secrets.

#include <QByteArray>
#include <QHash>
#include <QString>

class QSslCertificate;
class QUrl;

namespace Tidemark {

class CertificatePins
{
public:
    //! "AB:CD:…" (32 upper-case hex pairs) of the DER encoding.
    static QString fingerprint(const QSslCertificate &certificate);
    //! Accepts "AB:CD:…", "abcd…" or "sha256/AB:CD…"; returns the canonical form, or an empty
    //! string when the text is not a SHA-256 fingerprint.
    static QString normalize(QStringView text);

    //! origin: "https://host[:port]" (what ServerUrl::origin() gives; path ignored).
    static void pin(const QUrl &origin, const QString &fingerprint);
    static void unpin(const QUrl &origin);
    //! The canonical pinned fingerprint, or empty.
    static QString pinned(const QUrl &origin);
    static void clear();

private:
    static QString key(const QUrl &origin);
};

} // namespace Tidemark
