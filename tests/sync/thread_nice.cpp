// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadNice: a per-thread nice value lowers the calling thread only (the window's stream
// threads yield to its GUI thread; the process and its other threads keep their priority).

#include "util/ThreadNice.h"

#include <QTest>
#include <QThread>

using namespace Tidemark;

class ThreadNiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lowersOnlyTheCallingThread()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#endif
        const int mine = ThreadNice::currentThreadNice();
        int before = -100, after = -100;
        bool lowered = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            before = ThreadNice::currentThreadNice();
            lowered = ThreadNice::lowerCurrentThread(5);
            after = ThreadNice::currentThreadNice();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(lowered);
        QCOMPARE(before, mine); // a new thread starts with its creator's value
        QCOMPARE(after, qMin(19, before + 5));
        QCOMPARE(ThreadNice::currentThreadNice(), mine); // this thread is untouched
    }
};

QTEST_GUILESS_MAIN(ThreadNiceTest)
#include "thread_nice.moc"
