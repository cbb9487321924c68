// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PeriodicSync: starts a stream sync every N minutes while the app runs (off by default,
// Settings › Sync periodically).
//
// A tick never interrupts or queues behind anything: when a run is active it is skipped (the
// running one already brings the mirror up to date), and when the app is not Connected (offline,
// log in needed, checking) or the account cannot stream it is skipped as well; the next tick
// tries again. The timer restarts after every run, so a manual sync pushes the next periodic one
// a full interval away instead of following it closely.
//
// It does not start the run itself: due() is connected to the Sync panel's start(), so a
// periodic run uses the request types and ack mode chosen there, like a click on "Start".

#include <QObject>
#include <QTimer>

namespace Tidemark {

class AppController;

class PeriodicSync : public QObject
{
    Q_OBJECT
public:
    enum class Skip { Running, NotConnected };
    Q_ENUM(Skip)

    explicit PeriodicSync(AppController *app, QObject *parent = nullptr);

    //! Reads UiSettings (enabled, interval) and restarts the timer.
    void applySettings();
    //! Interval in milliseconds; 0 or less stops the timer (tests use short intervals).
    void setInterval(int ms);
    int interval() const { return m_interval; }
    bool isActive() const { return m_timer.isActive(); }
    //! Remaining time to the next tick in ms, -1 when off.
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

public Q_SLOTS:
    //! One tick now: emits due() or skipped().
    void tick();

Q_SIGNALS:
    //! Time for a run: the app is connected and idle.
    void due();
    void skipped(Tidemark::PeriodicSync::Skip reason);

private:
    void restart();

    AppController *m_app;
    QTimer m_timer;
    int m_interval = 0;
};

} // namespace Tidemark
