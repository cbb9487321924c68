// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the mirror tests: hand-built stream events and a store in a temporary folder.

#include "mirror/MirrorStore.h"
#include "protocol/SyncPayloads.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>
#include <QtTest>

namespace Tidemark::MirrorTest {

inline SyncEvent ev(SyncEntityType type, SyncPayload payload, QString ack = {})
{
    static qint64 line = 0;
    SyncEvent e;
    e.type = type;
    e.typeName = entityTypeName(type);
    e.payload = std::move(payload);
    e.ack = ack.isEmpty()
        ? QStringLiteral("%1|%2").arg(e.typeName).arg(++line, 8, 10, QLatin1Char('0'))
        : ack;
    e.lineNumber = line;
    return e;
}

inline SyncAssetV1 asset(const QString &id, const QString &owner,
    const QString &localDate = QStringLiteral("2024-05-18T10:22:31.000Z"),
    const QString &type = QStringLiteral("IMAGE"))
{
    SyncAssetV1 a;
    a.id = id;
    a.ownerId = owner;
    a.originalFileName = QStringLiteral("IMG_%1.jpg").arg(id);
    a.checksum = QStringLiteral("c2hhMS1jaGVja3N1bS0xMjM0NTY3OA==");
    a.thumbhash = QStringLiteral("1QcSHQRnh493V4dIh4eXh1h4kJUI");
    a.fileCreatedAt = localDate;
    a.fileModifiedAt = localDate;
    a.localDateTime = localDate;
    a.type = type;
    a.visibility = QStringLiteral("timeline");
    a.width = 4000;
    a.height = 3000;
    if (type == QLatin1StringView("VIDEO"))
        a.duration = QStringLiteral("00:01:12.345");
    return a;
}

inline SyncEvent assetEvent(SyncEntityType type, const SyncAssetV1 &a)
{
    return ev(type, a);
}

inline qint64 count(MirrorStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "query failed" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QVariant value(MirrorStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline MirrorResult<ApplyCounts> apply(MirrorStore &store, const QList<SyncEvent> &events)
{
    return store.applyBatch(events);
}

//! Adds the "native" column: every data-driven test runs on both write paths.
inline void addPathRows()
{
    QTest::addColumn<bool>("native");
    QTest::newRow("native") << true;
    QTest::newRow("qsqlquery") << false;
}

inline MirrorOpenOptions options(bool native)
{
    MirrorOpenOptions o;
    o.nativeStatements = native;
    return o;
}

} // namespace Tidemark::MirrorTest

#define MIRROR_VERIFY_OK(expr)                                                                     \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        if (!r_.ok())                                                                              \
            QFAIL(qPrintable(r_.error.technicalDetails()));                                        \
    } while (false)

#define MIRROR_VERIFY_NO_ERROR(expr)                                                               \
    do {                                                                                           \
        const Error e_ = (expr);                                                                   \
        if (e_.isError())                                                                          \
            QFAIL(qPrintable(e_.technicalDetails()));                                              \
    } while (false)
