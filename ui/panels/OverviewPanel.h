// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OverviewPanel: per account, the server, its version, the user, the last run and its outcome,
// and the mirror's counts beside the server's statistics, so a person sees at a glance whether
// the mirror is complete. Two charts: the mirror's assets per month (photos/videos, own/partner)
// and events per entity type in recent runs.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Tidemark {

class AppController;
class BarChart;

class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(AppController *app, QWidget *parent = nullptr);
    //! The Server line: the address in use and, with several, which of them.
    QLabel *serverLabel() const { return m_server; }

    BarChart *monthsChart() const { return m_months; }
    BarChart *runsChart() const { return m_runs; }
    QTableWidget *countsTable() const { return m_counts; }
    QLabel *completenessLabel() const { return m_complete; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAccount();
    void updateCounts();
    void updateRuns();

    AppController *m_app;
    QLabel *m_server = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_features = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_complete = nullptr;
    int m_completeTone = 0; //!< StatusColors::Tone, re-applied when the palette changes
    QTableWidget *m_counts = nullptr;
    BarChart *m_months = nullptr;
    BarChart *m_runs = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace Tidemark
