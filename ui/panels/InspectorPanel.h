// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// InspectorPanel: the live event log of the current or last run (EventLogModel): type, ack,
// summary; the raw JSON of the selected line (plain text, read-only); filter by type; export the
// run as JSONL; open a JSONL file to inspect offline.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Tidemark {

class AppController;

class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(AppController *app, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QComboBox *typeFilter() const { return m_filter; }

    //! Pretty-printed JSON of a raw line (the line itself when it is not JSON).
    static QString prettyJson(const QByteArray &raw);

public Q_SLOTS:
    void exportJsonl(const QString &path = {});
    void openJsonl(const QString &path = {});

Q_SIGNALS:
    //! "Ack pending up to this event" on the selected line.
    void ackUpToRequested(qint64 lineNumber);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildFilter();
    void showCurrent();
    void updateStatus();

    AppController *m_app;
    QComboBox *m_filter = nullptr;
    QCheckBox *m_follow = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ackUpTo = nullptr;
    QString m_source;
};

} // namespace Tidemark
