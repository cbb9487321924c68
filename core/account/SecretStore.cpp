// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Tidemark {

using namespace Qt::StringLiterals;

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{
    if (qEnvironmentVariableIsSet("TIDEMARK_NO_KEYCHAIN"))
        setMemoryOnly(true);
}

void SecretStore::setMemoryOnly(bool memoryOnly)
{
    m_memoryOnly = memoryOnly;
    if (memoryOnly) {
        m_keychainAvailable = false;
        m_keychainError = tr("the OS keychain is turned off");
    }
}

QString SecretStore::keyFor(const QString &accountId, Kind kind)
{
    switch (kind) {
    case Kind::SessionToken:
        return accountId + u"/session-token"_s;
    case Kind::ApiKey:
        return accountId + u"/api-key"_s;
    case Kind::Headers:
        return accountId + u"/headers"_s;
    }
    return accountId;
}

void SecretStore::fallBack(const QString &reason)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_keychainError = reason;
    qCWarning(lcAccount) << "OS keychain unavailable, keeping secrets in memory only:" << reason;
    Q_EMIT keychainUnavailable(reason);
}

static bool isBackendFailure(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented
        || e == QKeychain::OtherError || e == QKeychain::AccessDenied;
}

void SecretStore::read(const QString &accountId, Kind kind, ReadCallback done)
{
    const QString key = keyFor(accountId, kind);
    if (!m_keychainAvailable || m_memoryAccounts.contains(accountId)) {
        done(m_memory.value(key), {});
        return;
    }
    ++m_keychainRequests;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(m_memory.value(key), {});
        } else {
            if (isBackendFailure(job->error()))
                fallBack(job->errorString());
            done(m_memory.value(key), m_keychainAvailable ? job->errorString() : QString());
        }
    });
    job->start();
}

void SecretStore::write(
    const QString &accountId, Kind kind, const QString &secret, DoneCallback done)
{
    const QString key = keyFor(accountId, kind);
    if (!m_keychainAvailable || m_memoryAccounts.contains(accountId)) {
        m_memory.insert(key, secret);
        if (done)
            done({});
        return;
    }
    ++m_keychainRequests;
    ++m_pendingRequests;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done](QKeychain::Job *) {
        --m_pendingRequests;
        QString error;
        if (job->error() != QKeychain::NoError) {
            if (isBackendFailure(job->error()))
                fallBack(job->errorString());
            else
                error = job->errorString();
            m_memory.insert(key, secret);
        }
        if (error.isEmpty())
            m_writeErrors.remove(key);
        else
            m_writeErrors.insert(key, error);
        if (done)
            done(error);
    });
    job->start();
}

void SecretStore::remove(const QString &accountId, Kind kind, DoneCallback done)
{
    const QString key = keyFor(accountId, kind);
    m_memory.remove(key);
    if (!m_keychainAvailable || m_memoryAccounts.contains(accountId)) {
        if (done)
            done({});
        return;
    }
    ++m_keychainRequests;
    ++m_pendingRequests;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job *) {
        --m_pendingRequests;
        const bool ok
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (done)
            done(ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::waitForPendingRequests()
{
    while (m_pendingRequests > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

QString SecretStore::writeError(const QString &accountId, Kind kind) const
{
    return m_writeErrors.value(keyFor(accountId, kind));
}

QString SecretStore::readBlocking(const QString &accountId, Kind kind, QString *error)
{
    QEventLoop loop;
    QString result;
    bool finished = false;
    read(accountId, kind, [&](const QString &secret, const QString &err) {
        result = secret;
        if (error)
            *error = err;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

bool SecretStore::writeBlocking(
    const QString &accountId, Kind kind, const QString &secret, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QString err;
    write(accountId, kind, secret, [&](const QString &e) {
        err = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (error)
        *error = err;
    return err.isEmpty();
}

bool SecretStore::removeBlocking(const QString &accountId, Kind kind)
{
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    remove(accountId, kind, [&](const QString &e) {
        ok = e.isEmpty();
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return ok;
}

} // namespace Tidemark
