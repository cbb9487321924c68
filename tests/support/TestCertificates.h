// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Certificates for mutual-TLS tests, made fresh with the openssl command (the setup script
// installs it; Qt cannot create certificates): a client authority the dev server trusts, a client
// certificate it signed as a PKCS#12 file with a password, and a second authority with a client
// of its own (the "wrong" certificate). EC keys, so the whole set takes well under a second.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Tidemark::Test {

class ClientCertificates
{
public:
    static QByteArray password() { return QByteArrayLiteral("p12 pass, wörd"); }

    //! False with error() when openssl is missing or fails.
    bool make()
    {
        return authority(QStringLiteral("ca"), QStringLiteral("Tidemark test client CA"))
            && client(QStringLiteral("ca"), QStringLiteral("client"), QStringLiteral("alice"))
            && authority(QStringLiteral("other-ca"), QStringLiteral("Somebody else's CA"))
            && client(
                QStringLiteral("other-ca"), QStringLiteral("other"), QStringLiteral("mallory"))
            && expired() && withoutKey();
    }
    QString error() const { return m_error; }

    QList<QSslCertificate> authority() const
    {
        return QSslCertificate::fromPath(path(QStringLiteral("ca.pem")), QSsl::Pem);
    }
    QString clientP12() const
    {
        return path(QStringLiteral("client.p12"));
    } //!< signed by authority()
    QString otherP12() const { return path(QStringLiteral("other.p12")); } //!< signed by another CA
    //! Signed by authority(), valid for one day in 2020.
    QString expiredP12() const { return path(QStringLiteral("expired.p12")); }
    //! Only the authority's certificate, no private key.
    QString noKeyP12() const { return path(QStringLiteral("nokey.p12")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_error;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1: %2 %3")
                          .arg(args.join(QLatin1Char(' ')), p.errorString(),
                              QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }
    static QStringList ecKey()
    {
        return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    }
    bool write(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }
    //! `openssl ca` is the one that takes a start and end date in the past.
    bool expired()
    {
        return write(QStringLiteral("index.txt"), {}) && write(QStringLiteral("serial"), "01\n")
            && write(QStringLiteral("ca.cnf"),
                "[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                "default_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n")
            && openssl(QStringList {QStringLiteral("req")} + ecKey()
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("expired.key"),
                    QStringLiteral("-out"), QStringLiteral("expired.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=bob")})
            && openssl({QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                QStringLiteral("-batch"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                QStringLiteral("expired.csr"), QStringLiteral("-out"),
                QStringLiteral("expired.pem"), QStringLiteral("-startdate"),
                QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200102000000Z")})
            && openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                QStringLiteral("-inkey"), QStringLiteral("expired.key"), QStringLiteral("-in"),
                QStringLiteral("expired.pem"), QStringLiteral("-out"),
                QStringLiteral("expired.p12"), QStringLiteral("-passout"),
                QStringLiteral("pass:") + QString::fromUtf8(password())});
    }
    bool withoutKey()
    {
        return openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
            QStringLiteral("-nokeys"), QStringLiteral("-in"), QStringLiteral("ca.pem"),
            QStringLiteral("-out"), QStringLiteral("nokey.p12"), QStringLiteral("-passout"),
            QStringLiteral("pass:") + QString::fromUtf8(password())});
    }
    bool authority(const QString &name, const QString &cn)
    {
        return openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey()
            + QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
    }
    bool client(const QString &ca, const QString &name, const QString &cn)
    {
        return openssl(QStringList {QStringLiteral("req")} + ecKey()
                   + QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                       QStringLiteral("-out"), name + QStringLiteral(".csr"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=") + cn})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
                QStringLiteral("-out"), name + QStringLiteral(".pem")})
            && openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                QStringLiteral("-inkey"), name + QStringLiteral(".key"), QStringLiteral("-in"),
                name + QStringLiteral(".pem"), QStringLiteral("-out"),
                name + QStringLiteral(".p12"), QStringLiteral("-passout"),
                QStringLiteral("pass:") + QString::fromUtf8(password())});
    }
};

} // namespace Tidemark::Test
