// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;

// Runs against whatever keychain the machine has. On a bare CI machine there is none: the store
// must then fall back to memory, say so once, and still round-trip within the process.
class SecretStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInMemory()
    {
        SecretStore store(u"TidemarkTest"_s);
        store.setMemoryOnly(true);
        QVERIFY(!store.keychainAvailable());
        QVERIFY(store.writeBlocking(u"acc1"_s, SecretStore::Kind::SessionToken, u"tok-1"_s));
        QCOMPARE(store.readBlocking(u"acc1"_s, SecretStore::Kind::SessionToken), u"tok-1"_s);
        QVERIFY(store.readBlocking(u"acc1"_s, SecretStore::Kind::ApiKey).isEmpty());
        QVERIFY(store.removeBlocking(u"acc1"_s, SecretStore::Kind::SessionToken));
        QVERIFY(store.readBlocking(u"acc1"_s, SecretStore::Kind::SessionToken).isEmpty());
    }

    void keychainOrFallback()
    {
        SecretStore store(u"TidemarkTest-"_s + QString::number(QCoreApplication::applicationPid()));
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        QString error;
        store.writeBlocking(u"acc2"_s, SecretStore::Kind::ApiKey, u"key-2"_s, &error);
        QCOMPARE(store.readBlocking(u"acc2"_s, SecretStore::Kind::ApiKey), u"key-2"_s);
        if (!store.keychainAvailable()) {
            QCOMPARE(unavailable.size(), 1);
            QVERIFY(!store.keychainError().isEmpty());
        }
        QVERIFY(store.removeBlocking(u"acc2"_s, SecretStore::Kind::ApiKey));
        QVERIFY(store.readBlocking(u"acc2"_s, SecretStore::Kind::ApiKey).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "secret_store.moc"
