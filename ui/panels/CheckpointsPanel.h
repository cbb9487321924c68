// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CheckpointsPanel: the server's checkpoints (GET /sync/ack) beside the local ones and the
// pending acks of manual mode. Ack pending (all / checked types / up to an event), reset types
// or all (DELETE /sync/ack), discard pending, refresh. Destructive actions ask first and say
// what the next sync will download again.

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Tidemark {

class AppController;

class CheckpointsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CheckpointsPanel(AppController *app, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QAction *copyAction() const { return m_copy; }
    //! What "Copy ack" puts on the clipboard: the full acks of the selected rows (one a line),
    //! of the side (server, local, pending) of the current column.
    QString copyText() const;
    QPushButton *ackAllButton() const { return m_ackAll; }
    QPushButton *ackSelectedButton() const { return m_ackSelected; }
    QPushButton *resetSelectedButton() const { return m_resetSelected; }
    QPushButton *resetAllButton() const { return m_resetAll; }
    QPushButton *refreshButton() const { return m_refresh; }

    //! Tests answer the confirmation dialogs through this (true = always yes).
    void setConfirmForTesting(bool autoYes) { m_autoConfirm = autoYes; }

    //! Types the actions apply to: checked rows, else the selected rows.
    QStringList chosenTypes() const;

public Q_SLOTS:
    void refresh();
    void ackAll();
    void ackChosen();
    void ackUpTo(qint64 lineNumber);
    void resetChosen();
    void resetAll();
    void discardChosen();

protected:
    //! Ctrl+C in the table copies the full acks (the view would copy the shown time).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool confirm(const QString &title, const QString &text, const QString &informative,
        const QString &confirmButton);
    void updateSummary();

    AppController *m_app;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_ackAll = nullptr;
    QPushButton *m_ackSelected = nullptr;
    QPushButton *m_ackUpTo = nullptr;
    QSpinBox *m_upTo = nullptr;
    QPushButton *m_discard = nullptr;
    QAction *m_copy = nullptr;
    QPushButton *m_resetSelected = nullptr;
    QPushButton *m_resetAll = nullptr;
    bool m_autoConfirm = false;
};

} // namespace Tidemark
