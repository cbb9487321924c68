// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "api/CertificatePins.h"
#include "protocol/ServerUrl.h"

#include <QUrl>
#include <QUuid>

namespace Tidemark {

using namespace Qt::StringLiterals;

QString AccountInfo::displayName() const
{
    const QString host = QUrl(serverUrl).host();
    return email.isEmpty() ? host : u"%1 @ %2"_s.arg(email, host);
}

AccountStore::AccountStore() : m_settings(std::make_unique<QSettings>())
{
    registerPins();
}

AccountStore::AccountStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    registerPins();
}

namespace {
//! "https://host:port" → a settings key without '/' (QSettings treats it as a group separator).
QString pinKey(const QUrl &origin)
{
    const QString scheme = origin.scheme();
    return u"%1_%2_%3"_s.arg(scheme, origin.host())
        .arg(origin.port(scheme == u"https"_s ? 443 : 80));
}
} // namespace

void AccountStore::registerPins() const
{
    m_settings->beginGroup(u"certificatePins"_s);
    const QStringList keys = m_settings->childGroups();
    for (const QString &k : keys) {
        const QUrl origin(m_settings->value(k + u"/origin"_s).toString());
        const QString fp = m_settings->value(k + u"/sha256"_s).toString();
        if (origin.isValid() && !fp.isEmpty())
            CertificatePins::pin(origin, fp);
    }
    m_settings->endGroup();
}

QString AccountStore::pinnedCertificate(const QString &serverUrl) const
{
    const auto server = ServerUrl::parse(serverUrl);
    if (!server)
        return {};
    return m_settings->value(u"certificatePins/"_s + pinKey(server->origin()) + u"/sha256"_s)
        .toString();
}

bool AccountStore::setPinnedCertificate(const QString &serverUrl, const QString &sha256)
{
    const auto server = ServerUrl::parse(serverUrl);
    if (!server)
        return false;
    const QString fp = CertificatePins::normalize(sha256);
    if (!sha256.isEmpty() && fp.isEmpty())
        return false;
    const QString group = u"certificatePins/"_s + pinKey(server->origin());
    if (fp.isEmpty()) {
        m_settings->remove(group);
        CertificatePins::unpin(server->origin());
    } else {
        m_settings->setValue(group + u"/origin"_s, server->origin().toString());
        m_settings->setValue(group + u"/sha256"_s, fp);
        CertificatePins::pin(server->origin(), fp);
    }
    m_settings->sync();
    return true;
}

QList<AccountInfo> AccountStore::accounts() const
{
    QList<AccountInfo> list;
    m_settings->beginGroup(u"accounts"_s);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        AccountInfo a;
        a.id = id;
        a.serverUrl = m_settings->value(u"serverUrl"_s).toString();
        a.email = m_settings->value(u"email"_s).toString();
        a.userId = m_settings->value(u"userId"_s).toString();
        a.userName = m_settings->value(u"userName"_s).toString();
        a.serverVersion = m_settings->value(u"serverVersion"_s).toString();
        a.addresses = m_settings->value(u"addresses"_s).toStringList();
        a.serverIdentity = m_settings->value(u"serverIdentity"_s).toString();
        a.headerNames = m_settings->value(u"headerNames"_s).toStringList();
        a.clientCertificateFile = m_settings->value(u"clientCertificate"_s).toString();
        a.lastUsed = m_settings->value(u"lastUsed"_s).toDateTime();
        m_settings->endGroup();
        list.append(a);
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(),
        [](const AccountInfo &l, const AccountInfo &r) { return l.lastUsed > r.lastUsed; });
    return list;
}

AccountInfo AccountStore::account(const QString &id) const
{
    for (const AccountInfo &a : accounts())
        if (a.id == id)
            return a;
    return {};
}

AccountInfo AccountStore::find(const QString &serverUrl, const QString &email) const
{
    for (const AccountInfo &a : accounts())
        if (a.serverUrl == serverUrl && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return a;
    return {};
}

AccountInfo AccountStore::save(AccountInfo a)
{
    if (a.demo)
        return a; // the demo server lives only as long as the process
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!a.lastUsed.isValid())
        a.lastUsed = QDateTime::currentDateTimeUtc();
    m_settings->beginGroup(u"accounts/"_s + a.id);
    m_settings->setValue(u"serverUrl"_s, a.serverUrl);
    m_settings->setValue(u"email"_s, a.email);
    m_settings->setValue(u"userId"_s, a.userId);
    m_settings->setValue(u"userName"_s, a.userName);
    m_settings->setValue(u"serverVersion"_s, a.serverVersion);
    if (a.addresses.isEmpty())
        m_settings->remove(u"addresses"_s);
    else
        m_settings->setValue(u"addresses"_s, a.addresses);
    m_settings->setValue(u"serverIdentity"_s, a.serverIdentity);
    if (a.headerNames.isEmpty())
        m_settings->remove(u"headerNames"_s);
    else
        m_settings->setValue(u"headerNames"_s, a.headerNames);
    if (a.clientCertificateFile.isEmpty())
        m_settings->remove(u"clientCertificate"_s);
    else
        m_settings->setValue(u"clientCertificate"_s, a.clientCertificateFile);
    m_settings->setValue(u"lastUsed"_s, a.lastUsed);
    m_settings->endGroup();
    m_settings->sync();
    return a;
}

void AccountStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(u"accounts/"_s + id);
    if (currentAccountId() == id)
        m_settings->remove(u"currentAccount"_s);
    m_settings->sync();
}

QString AccountStore::currentAccountId() const
{
    return m_settings->value(u"currentAccount"_s).toString();
}

void AccountStore::setCurrentAccountId(const QString &id)
{
    m_settings->setValue(u"currentAccount"_s, id);
    m_settings->sync();
}

} // namespace Tidemark
