// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyncPanel: choose what to sync and how, start and cancel, watch the run live, read the outcome.

#include "sync/SyncTypesUi.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Tidemark {

class AppController;
class Sparkline;

class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPanel(AppController *app, QWidget *parent = nullptr);

    //! The options the controls describe.
    StreamOptions options() const;
    void setAckMode(AckMode mode);
    //! Checks exactly these request types (others unchecked).
    void setSelectedTypes(const QList<SyncRequestType> &types);

    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QComboBox *ackModeBox() const { return m_ackMode; }
    QCheckBox *resetBox() const { return m_reset; }
    QListWidget *typeList() const { return m_types; }
    Sparkline *sparkline() const { return m_sparkline; }
    QLabel *eventsLabel() const { return m_events; }
    QLabel *phaseLabel() const { return m_phase; }
    QTableView *historyView() const { return m_history; } //!< Recent runs

    //! Human outcome sentence of a run result.
    static QString outcomeSentence(const RunResult &result);

public Q_SLOTS:
    void start();
    void cancel();
    void selectDefaults();

Q_SIGNALS:
    //! The outcome offers an action (Retry / Log in again / Reset…).
    void actionRequested(Tidemark::Error::Action action);

private:
    void rebuildTypes();
    void updateEnabled();
    void onRunStarted(qint64 runId, RunKind kind, AckMode mode);
    void onProgress(const RunProgress &progress);
    void onFinished(const RunResult &result);
    void setPerType(const QHash<QString, qint64> &perType);
    void setPhase(const QString &phase);

    AppController *m_app;
    QListWidget *m_types = nullptr;
    QComboBox *m_ackMode = nullptr;
    QCheckBox *m_reset = nullptr;
    QLabel *m_sessionNote = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_events = nullptr;
    QLabel *m_committed = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_acks = nullptr;
    Sparkline *m_sparkline = nullptr;
    QTableWidget *m_perType = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_outcomeAction = nullptr;
    QTableView *m_history = nullptr;
    Error::Action m_pendingAction = Error::Action::None;
    bool m_running = false;
    qint64 m_lastSampleMs = -1;
};

} // namespace Tidemark
