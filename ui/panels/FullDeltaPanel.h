// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FullDeltaPanel: the two older asset endpoints, shown only where the server has them (< 3.0.0):
// full sync (page size, owner), delta sync ("since" time, user ids: empty asks the server for you
// and your partners), needsFullSync explained with a button to run the full sync, and Reconcile.

#include "sync/SyncTypesUi.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Tidemark {

class AppController;

class FullDeltaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FullDeltaPanel(AppController *app, QWidget *parent = nullptr);

    QPushButton *fullSyncButton() const { return m_fullStart; }
    QPushButton *deltaSyncButton() const { return m_deltaStart; }
    QPushButton *reconcileButton() const { return m_reconcile; }
    QPushButton *runFullSyncButton() const { return m_runFull; } //!< shown after "needs full sync"
    QLabel *resultLabel() const { return m_result; }
    QLineEdit *userIdsField() const { return m_userIds; }
    QDateTimeEdit *sinceField() const { return m_since; }

public Q_SLOTS:
    void startFullSync();
    void startDeltaSync();
    void startReconcile();

public:
    //! "Full sync", "Delta sync"… for sentences.
    static QString kindText(RunKind kind);

private:
    void updateEnabled();
    void log(const QString &line);
    void onFinished(const RunResult &result);

    AppController *m_app;
    QLabel *m_unsupported = nullptr;
    QWidget *m_body = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_ownerId = nullptr;
    QPushButton *m_fullStart = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QLineEdit *m_userIds = nullptr;
    bool m_typedUserIds = false; //!< the last delta sync used ids the person typed
    QPushButton *m_deltaStart = nullptr;
    QPushButton *m_reconcile = nullptr;
    QPushButton *m_runFull = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_log = nullptr;
    bool m_running = false;
};

} // namespace Tidemark
