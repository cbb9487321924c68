// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;

class AccountStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveFindRemove()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"t.ini"_s);
        AccountStore store(ini);
        QVERIFY(store.accounts().isEmpty());
        AccountInfo a;
        a.serverUrl = u"https://photos.example.com/api"_s;
        a.email = u"Alice@Example.com"_s;
        a.userId = u"791b7fbd-510a-402d-878e-e80f70a1700a"_s;
        a = store.save(a);
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(store.find(u"https://photos.example.com/api"_s, u"alice@example.com"_s).id, a.id);
        a.userName = u"Alice"_s;
        store.save(a);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(AccountStore(ini).account(a.id).userName, u"Alice"_s);
        store.setCurrentAccountId(a.id);
        QCOMPARE(store.currentAccountId(), a.id);
        store.remove(a.id);
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.currentAccountId().isEmpty());
    }

    void demoAccountsAreNotSaved()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"t.ini"_s));
        AccountInfo a;
        a.demo = true;
        a.serverUrl = u"http://127.0.0.1:1234/api"_s;
        store.save(a);
        QVERIFY(store.accounts().isEmpty());
    }

    void settingsFileHoldsNoSecretKeys()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"t.ini"_s);
        AccountStore store(ini);
        AccountInfo a;
        a.serverUrl = u"https://x.example/api"_s;
        a.email = u"a@x.example"_s;
        store.save(a);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("apikey"));
    }
};

QTEST_GUILESS_MAIN(AccountStoreTest)
#include "account_store.moc"
