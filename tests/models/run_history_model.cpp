// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RunHistoryModel: newest first, new runs inserted at the top without a reset, live rows; the
// mirror is read off the calling thread (setMirrorPath() returns before the rows are in).
#include "models/RunHistoryModel.h"

#include "MirrorFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

void addRun(QSqlDatabase &db, const QString &kind, const QString &outcome, const QString &started,
    const QString &finished, qint64 events, const QString &error = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs(kind, mode, started_at, finished_at, outcome, error_text,"
        " bytes, events, ack_requests) VALUES (?, 'automatic', ?, ?, ?, ?, ?, ?, 3)"));
    q.addBindValue(kind);
    q.addBindValue(started);
    q.addBindValue(finished.isEmpty() ? QVariant() : QVariant(finished));
    q.addBindValue(outcome);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(events * 300);
    q.addBindValue(events);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

} // namespace

class TestRunHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderingAndInsertAtTop()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mirror.sqlite"));
        QSqlDatabase db = openWriter(path, QStringLiteral("writer"));
        createSchema(db);
        addRun(db, QStringLiteral("stream"), QStringLiteral("complete"),
            QStringLiteral("2026-04-18T10:00:00.000Z"), QStringLiteral("2026-04-18T10:00:05.500Z"),
            1200);
        addRun(db, QStringLiteral("full-sync"), QStringLiteral("failed"),
            QStringLiteral("2026-04-18T11:00:00.000Z"), QStringLiteral("2026-04-18T11:00:01.000Z"),
            10, QStringLiteral("Server unreachable"));

        RunHistoryModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy refreshed(&model, &RunHistoryModel::refreshed);
        model.setMirrorPath(path);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // the read runs in the thread pool
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::RunIdRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(1, 0), RunHistoryModel::RunIdRole).toLongLong(), 1);
        QCOMPARE(model.data(model.index(1, 0), RunHistoryModel::DurationMsRole).toLongLong(), 5500);
        QCOMPARE(model.data(model.index(0, RunHistoryModel::ErrorColumn)).toString(),
            QStringLiteral("Server unreachable"));
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::IsFailureRole).toBool(), true);
        QCOMPARE(model.data(model.index(1, RunHistoryModel::KindColumn)).toString(),
            QStringLiteral("stream"));
        QCOMPARE(model.data(model.index(1, 0), RunHistoryModel::StartedRole).toDateTime(),
            QDateTime(QDate(2026, 4, 18), QTime(10, 0), Qt::UTC));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A run starts: shown at the top at once (the worker writes its row later).
        model.onRunStarted(3, RunKind::Stream, AckMode::Manual);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::OutcomeRole).toString(),
            QStringLiteral("running"));

        // It finishes; the mirror now holds it: the row is updated in place, not re-inserted.
        addRun(db, QStringLiteral("stream"), QStringLiteral("complete"),
            QStringLiteral("2026-04-18T12:00:00.000Z"), QStringLiteral("2026-04-18T12:01:00.000Z"),
            5000);
        RunResult result;
        result.runId = 3;
        result.outcome = RunOutcome::Complete;
        result.events = 5000;
        result.elapsedMs = 60000;
        model.onRunFinished(result);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::OutcomeRole).toString(),
            QStringLiteral("complete"));
        QCOMPARE(
            model.data(model.index(0, 0), RunHistoryModel::DurationMsRole).toLongLong(), 60000);
        // The mirror's row arrives and replaces the live one in place (its times: 60 s too).
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 5000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::StartedRole).toDateTime(),
            QDateTime(QDate(2026, 4, 18), QTime(12, 0), Qt::UTC));
        QCOMPARE(
            model.data(model.index(0, 0), RunHistoryModel::DurationMsRole).toLongLong(), 60000);

        // A run the mirror never recorded (e.g. a dry run) still appears, at the top.
        RunResult dry;
        dry.runId = 9;
        dry.mode = AckMode::DryRun;
        dry.outcome = RunOutcome::Complete;
        model.onRunFinished(dry);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0, 0), RunHistoryModel::RunIdRole).toLongLong(), 9);
        QCOMPARE(model.data(model.index(0, RunHistoryModel::ModeColumn)).toString(),
            QStringLiteral("dry run"));

        // Another run written by someone else shows up on refresh, in id order.
        addRun(db, QStringLiteral("delta-sync"), QStringLiteral("complete"),
            QStringLiteral("2026-04-18T13:00:00.000Z"), QStringLiteral("2026-04-18T13:00:01.000Z"),
            1);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 5000);
        QCOMPARE(model.data(model.index(1, 0), RunHistoryModel::RunIdRole).toLongLong(), 4);
        QCOMPARE(reset.size(), 0);

        // Refreshes asked for while a read runs are coalesced into one more read.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 5000);
        refreshed.clear();
        for (int i = 0; i < 10; ++i)
            model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && refreshed.size() >= 1, 5000);
        QTest::qWait(100);
        QVERIFY2(refreshed.size() <= 2, qPrintable(QString::number(refreshed.size())));

        // The same read, synchronous, for headless callers.
        const auto newest = RunHistoryModel::readRuns(path, 1);
        QVERIFY(newest.ok());
        QCOMPARE(newest.value.size(), 1);
        QCOMPARE(newest.value.first().runId, 4);
        QCOMPARE(newest.value.first().kind, QStringLiteral("delta-sync"));

        // The bound.
        model.setMaxRows(2);
        QCOMPARE(model.rowCount(), 2);
        db.close();
    }

    void unreadableMirrorReportsAnError()
    {
        QTemporaryDir dir;
        RunHistoryModel model;
        QSignalSpy failed(&model, &RunHistoryModel::loadFailed);
        model.setMirrorPath(dir.filePath(QStringLiteral("missing/mirror.sqlite")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!RunHistoryModel::readRuns(dir.filePath(QStringLiteral("missing/mirror.sqlite")), 5)
                     .ok());

        // A live run still shows without a mirror.
        model.onRunStarted(1, RunKind::Stream, AckMode::DryRun);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunHistoryModel)
#include "run_history_model.moc"
