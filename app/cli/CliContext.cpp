// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "cli/CliExitCodes.h"
#include "cli/CliHttp.h"

#include "account/SecretStore.h"
#include "mirror/MirrorLocation.h"
#include "session/AddressPicker.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

namespace {
struct ContextWords
{
    Q_DECLARE_TR_FUNCTIONS(Tidemark::Cli)
};

//! Says on stderr that the path typed after the host ("/photos") is not used, and which address is.
void warnDroppedPath(Output &out, const ServerUrl &url)
{
    if (url.droppedPath().isEmpty())
        return;
    out.warn(ContextWords::tr(
        "Immich cannot live under a sub-path of a web address, so \"%1\" is left out: "
        "Tidemark uses %2")
                 .arg(url.droppedPath(), url.toString()));
}
} // namespace

Context::Context(const ParsedArgs &args, Output &out) : m_args(args), m_out(out)
{
    if (args.has(u"no-keychain"_s))
        m_secrets.setMemoryOnly(true);
    if (args.has(u"mirror-dir"_s))
        MirrorLocation::setDefaultDirectoryOverride(args.value(u"mirror-dir"_s));
}

int Context::usage(const QString &message)
{
    return m_out.fail(ExitUsage, message);
}

static int parseTimeout(const QString &text, bool *ok)
{
    const int seconds = text.toInt(ok);
    if (!*ok || seconds < 1 || seconds > 86400) {
        *ok = false;
        return 0;
    }
    return seconds * 1000;
}

int Context::resolveServerForLogin()
{
    if (m_args.has(u"timeout"_s)) {
        bool ok = false;
        m_timeoutMs = parseTimeout(m_args.value(u"timeout"_s), &ok);
        if (!ok)
            return usage(u"--timeout needs a number of seconds between 1 and 86400"_s);
    }
    if (m_args.has(u"server"_s)) {
        Expected<ServerUrl> url = ServerUrl::parse(m_args.value(u"server"_s));
        if (!url)
            return m_out.fail(ExitUsage, url.error());
        m_server = *url;
        warnDroppedPath(m_out, m_server);
        if (m_server.scheme() == u"http"_s && !m_server.isLoopback())
            m_out.warn(u"%1 is plain http: the password and the session token cross the network "
                       u"unencrypted; use https:// unless this network is entirely yours"_s.arg(
                           m_server.toString()));
        if (m_args.has(u"pin-sha256"_s)
            && !m_accounts.setPinnedCertificate(m_server.toString(), m_args.value(u"pin-sha256"_s)))
            return usage(
                u"--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)"_s);
        if (m_args.has(u"email"_s)) {
            const AccountInfo found
                = m_accounts.find(m_server.toString(), m_args.value(u"email"_s));
            if (!found.id.isEmpty())
                m_account = found;
        }
        m_account.serverUrl = m_server.toString();
        if (m_args.has(u"email"_s))
            m_account.email = m_args.value(u"email"_s);
        return ExitOk;
    }
    // No --server: the saved account named by --account, or the current one.
    if (!m_args.has(u"account"_s) && m_accounts.currentAccountId().isEmpty()
        && m_accounts.accounts().size() != 1)
        return usage(u"no server given: use --server URL"_s);
    if (const int code = resolveAccount(true))
        return code;
    if (m_args.has(u"email"_s)
        && m_account.email.compare(m_args.value(u"email"_s), Qt::CaseInsensitive) != 0) {
        // Another user on the same server.
        const AccountInfo found = m_accounts.find(m_server.toString(), m_args.value(u"email"_s));
        m_account = found.id.isEmpty() ? AccountInfo {} : found;
        m_account.serverUrl = m_server.toString();
        m_account.email = m_args.value(u"email"_s);
    }
    return ExitOk;
}

int Context::resolveAccount(bool needSaved)
{
    if (m_args.has(u"timeout"_s)) {
        bool ok = false;
        m_timeoutMs = parseTimeout(m_args.value(u"timeout"_s), &ok);
        if (!ok)
            return usage(u"--timeout needs a number of seconds between 1 and 86400"_s);
    }
    const QList<AccountInfo> all = m_accounts.accounts();

    if (m_args.has(u"account"_s)) {
        const QString id = m_args.value(u"account"_s);
        m_account = m_accounts.account(id);
        if (m_account.id.isEmpty())
            return usage(u"there is no saved account with id %1"_s.arg(id));
    } else if (m_args.has(u"server"_s)) {
        Expected<ServerUrl> url = ServerUrl::parse(m_args.value(u"server"_s));
        if (!url)
            return m_out.fail(ExitUsage, url.error());
        warnDroppedPath(m_out, *url);
        const QString base = url->toString();
        if (m_args.has(u"pin-sha256"_s)
            && !m_accounts.setPinnedCertificate(base, m_args.value(u"pin-sha256"_s)))
            return usage(
                u"--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)"_s);
        if (m_args.has(u"email"_s)) {
            m_account = m_accounts.find(base, m_args.value(u"email"_s));
        } else {
            QList<AccountInfo> matches;
            for (const AccountInfo &a : all)
                if (a.serverUrl == base)
                    matches << a;
            if (matches.size() == 1)
                m_account = matches.constFirst();
            else if (matches.size() > 1 && m_accounts.currentAccountId().size()) {
                for (const AccountInfo &a : std::as_const(matches))
                    if (a.id == m_accounts.currentAccountId())
                        m_account = a;
                if (m_account.id.isEmpty())
                    return usage(
                        u"several accounts are saved for %1: add --email or --account"_s.arg(base));
            }
        }
        if (m_account.id.isEmpty()) {
            if (needSaved)
                return m_out.fail(ExitAuth,
                    u"no saved account for %1%2: run `tidemark login` first"_s.arg(base,
                        m_args.has(u"email"_s) ? u" and "_s + m_args.value(u"email"_s) : QString()),
                    u"unauthorized"_s);
            m_account.serverUrl = base;
            m_account.email = m_args.value(u"email"_s);
        }
    } else {
        const QString current = m_accounts.currentAccountId();
        if (!current.isEmpty())
            m_account = m_accounts.account(current);
        if (m_account.id.isEmpty() && all.size() == 1)
            m_account = all.constFirst();
        if (m_account.id.isEmpty()) {
            if (all.isEmpty())
                return m_out.fail(ExitAuth,
                    u"no account is saved: run `tidemark login --server URL --email EMAIL`"_s,
                    u"unauthorized"_s);
            return usage(
                u"several accounts are saved and none is current: use --account ID or --server/--email"_s);
        }
        if (m_args.has(u"email"_s)
            && m_account.email.compare(m_args.value(u"email"_s), Qt::CaseInsensitive) != 0) {
            m_account = m_accounts.find(m_account.serverUrl, m_args.value(u"email"_s));
            if (m_account.id.isEmpty())
                return m_out.fail(ExitAuth,
                    u"no saved account for %1: run `tidemark login` first"_s.arg(
                        m_args.value(u"email"_s)),
                    u"unauthorized"_s);
        }
    }
    if (m_account.hasAccessSecret()) {
        ServerAccess access = ServerAccess::fromSecret(
            m_secrets.readBlocking(m_account.id, SecretStore::Kind::Headers));
        access.clientCertificate.file = m_account.clientCertificateFile;
        if (!access.clientCertificate.isEmpty()) {
            const QByteArray variable = certificatePasswordVariable().toLatin1();
            if (qEnvironmentVariableIsSet(variable.constData()))
                access.clientCertificate.password = qgetenv(variable.constData());
            QString why;
            if (!access.clientCertificate.load(&why) && access.clientCertificate.password.isEmpty())
                m_out.note(u"the client certificate's password is neither in the keychain nor in "
                           "%1"_s.arg(certificatePasswordVariable()));
            if (!why.isEmpty())
                return m_out.fail(
                    ExitUsage, Error::clientCertificate(u"file"_s, why, m_account.serverUrl));
        }
        for (const QString &name : std::as_const(m_account.headerNames)) {
            const QByteArray variable = headerVariable(name).toLatin1();
            if (qEnvironmentVariableIsSet(variable.constData())) {
                access.headers.removeIf([&](const CustomHeader &h) {
                    return h.name.compare(name.toLatin1(), Qt::CaseInsensitive) == 0;
                });
                access.headers.append({name.toLatin1(), qgetenv(variable.constData())});
            }
        }
        QStringList missing = m_account.headerNames;
        for (const CustomHeader &h : std::as_const(access.headers))
            missing.removeAll(QString::fromLatin1(h.name));
        if (!missing.isEmpty())
            m_out.warn(u"the proxy header(s) %1 are not in the keychain: set %2"_s.arg(
                missing.join(u", "_s), headerVariable(missing.first())));
        setAccess(access);
    }
    QString address = m_account.serverUrl;
    if (!m_account.id.isEmpty() && m_account.allAddresses().size() > 1) {
        // Several addresses (home and public): the first that answers as the same installation,
        // checked without credentials before any is sent.
        QObject context;
        QEventLoop loop;
        AddressChoice choice;
        AddressPicker::run(
            &context, m_account.allAddresses(), m_account.serverUrl, m_account.serverIdentity,
            std::min(m_timeoutMs, 5000),
            [&](const AddressChoice &c) {
                choice = c;
                loop.quit();
            },
            m_access);
        loop.exec();
        if (!choice.ok()) {
            const Error e = choice.error();
            return m_out.fail(exitCodeFor(e), e);
        }
        for (const ServerProbe &other : std::as_const(choice.otherServers))
            m_out.warn(Error::make(Error::Kind::OtherServer, other.apiBase).userMessage());
        address = choice.address;
    }
    Expected<ServerUrl> url = ServerUrl::parse(address);
    if (!url)
        return m_out.fail(ExitUsage, url.error());
    m_server = *url;
    return ExitOk;
}

void Context::setAccess(const ServerAccess &access)
{
    m_access = access;
    Http::setDefaultAccess(access);
}

QString Context::headerVariable(const QString &name)
{
    QString v = name.toUpper();
    for (QChar &c : v)
        if (!c.isLetterOrNumber())
            c = u'_';
    return u"TIDEMARK_HEADER_"_s + v;
}

QString Context::sessionToken()
{
    const QString env = qEnvironmentVariable("TIDEMARK_SESSION_TOKEN").trimmed();
    if (!env.isEmpty()) {
        m_tokenSource = u"environment"_s;
        return env;
    }
    if (m_account.id.isEmpty())
        return {};
    QString error;
    const QString token
        = m_secrets.readBlocking(m_account.id, SecretStore::Kind::SessionToken, &error);
    if (!token.isEmpty())
        m_tokenSource = u"keychain"_s;
    return token;
}

QString Context::apiKey()
{
    const QString env = qEnvironmentVariable("TIDEMARK_API_KEY").trimmed();
    if (!env.isEmpty())
        return env;
    if (m_account.id.isEmpty())
        return {};
    return m_secrets.readBlocking(m_account.id, SecretStore::Kind::ApiKey);
}

QString Context::mirrorPath(const QString &userId) const
{
    const MirrorLocation location(m_server.baseUrl(), userId);
    if (!location.isValid())
        return {};
    location.ensureDirectory();
    return location.filePath();
}

} // namespace Tidemark::Cli
