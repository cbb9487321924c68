// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/InspectorPanel.h"

#include "AppController.h"
#include "models/EventLogModel.h"
#include "sync/SyncService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidemark {

InspectorPanel::InspectorPanel(AppController *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("inspectorPanel"));
    EventLogModel *model = app->eventLogModel();

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Type:"), this);
    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Filter by entity type"));
    m_filter->setAccessibleDescription(tr("Shows only the lines of one entity type."));
    m_filter->setMinimumContentsLength(22);
    filterLabel->setBuddy(m_filter);
    m_follow = new QCheckBox(tr("&Follow new events"), this);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Scroll to new events as they arrive"));
    m_follow->setAccessibleDescription(tr("Keeps the newest line in view while a sync runs."));
    auto *open = new QPushButton(tr("&Open JSONL…"), this);
    open->setAccessibleName(tr("Open a JSONL file to inspect"));
    open->setAccessibleDescription(
        tr("Shows the lines of a JSONL file saved earlier or recorded from a server."));
    auto *save = new QPushButton(tr("E&xport JSONL…"), this);
    save->setAccessibleName(tr("Export the run as a JSONL file"));
    save->setAccessibleDescription(tr("Saves every line of the current run to a JSONL file."));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAccessibleName(tr("Clear the event log"));
    clear->setAccessibleDescription(tr("Empties the list of lines; the mirror is not changed."));
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addWidget(m_follow);
    bar->addStretch(1);
    bar->addWidget(open);
    bar->addWidget(save);
    bar->addWidget(clear);

    m_view = new QTableView(this);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Event log"));
    m_view->setAccessibleDescription(tr("Every line of the run: number, entity type, ack and a "
                                        "summary. Select one to see its raw JSON."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(
        EventLogModel::LineColumn, fontMetrics().horizontalAdvance(QStringLiteral("00000000")));
    m_view->setColumnWidth(EventLogModel::TypeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("PartnerAssetExifBackfillV1__")));
    m_view->setColumnWidth(EventLogModel::AckColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("AssetV1|019daa55-2500-72e3-9718-6a67")));
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);

    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON of the selected event"));
    m_raw->setAccessibleDescription(
        tr("The selected line exactly as the server sent it, formatted."));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select an event to see its JSON."));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_ackUpTo = new QPushButton(tr("&Ack pending up to this event"), this);
    m_ackUpTo->setAccessibleName(tr("Acknowledge pending acks up to the selected event"));
    m_ackUpTo->setAccessibleDescription(
        tr("In manual ack mode, sends the pending acks up to the selected line."));
    m_ackUpTo->setEnabled(false);
    connect(m_ackUpTo, &QPushButton::clicked, this, [this] {
        const QModelIndex idx = m_view->currentIndex();
        if (idx.isValid())
            Q_EMIT ackUpToRequested(idx.data(EventLogModel::LineNumberRole).toLongLong());
    });

    auto *rawPane = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_raw, 1);
    rawLayout->addWidget(m_ackUpTo, 0, Qt::AlignRight);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(rawPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Event log status"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(open, &QPushButton::clicked, this, [this] { openJsonl(); });
    connect(save, &QPushButton::clicked, this, [this] { exportJsonl(); });
    connect(clear, &QPushButton::clicked, model, &EventLogModel::clear);
    connect(m_filter, &QComboBox::activated, this, [this, model] {
        const QString t = m_filter->currentData().toString();
        model->setTypeFilter(t.isEmpty() ? QStringList() : QStringList {t});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InspectorPanel::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorPanel::showCurrent, Qt::UniqueConnection);
        showCurrent();
        updateStatus();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Scrolling lays the whole view out at once; a hidden inspector does it when shown
        // (showEvent) instead of on every slice of a running sync.
        if (m_follow->isChecked() && isVisible())
            m_view->scrollToBottom();
        updateStatus();
    });
    connect(model, &EventLogModel::typeCountsChanged, this, &InspectorPanel::rebuildFilter);
    connect(model, &EventLogModel::loadFinished, this,
        [this](qint64 lines, qint64 malformed, bool cancelled) {
            const QLocale locale;
            m_status->setText(cancelled
                    ? tr("Loading cancelled after %Ln line(s).", nullptr, int(lines))
                    : tr("%1: %Ln line(s), %2 malformed.", nullptr, int(lines))
                          .arg(QFileInfo(m_source).fileName(), locale.toString(malformed)));
        });
    connect(app->syncService(), &SyncService::runStarted, this, [this](qint64, RunKind kind) {
        if (kind != RunKind::Stream)
            return; // full/delta runs leave the log (and an opened file) as it is
        m_source.clear();
        updateStatus();
    });
    rebuildFilter();
    updateStatus();
}

void InspectorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

void InspectorPanel::rebuildFilter()
{
    const QString current = m_filter->currentData().toString();
    const QHash<QString, qint64> counts = m_app->eventLogModel()->typeCounts();
    QStringList types = counts.keys();
    std::sort(types.begin(), types.end());
    const QLocale locale;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All types"), QString());
    for (const QString &t : types)
        m_filter->addItem(tr("%1 (%2)").arg(t, locale.toString(counts.value(t))), t);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    m_filter->blockSignals(false);
}

QString InspectorPanel::prettyJson(const QByteArray &raw)
{
    if (raw.isEmpty())
        return {};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
    if (err.error != QJsonParseError::NoError)
        return QString::fromUtf8(raw);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void InspectorPanel::showCurrent()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid()) {
        m_raw->clear();
        m_ackUpTo->setEnabled(false);
        return;
    }
    const QByteArray raw = idx.data(EventLogModel::RawJsonRole).toByteArray();
    if (raw.isEmpty())
        m_raw->setPlainText(tr("(The raw JSON of older lines is not kept. Type: %1, ack: %2)")
                                .arg(idx.data(EventLogModel::TypeRole).toString(),
                                    idx.data(EventLogModel::AckRole).toString()));
    else
        m_raw->setPlainText(prettyJson(raw));
    m_ackUpTo->setEnabled(
        m_source.isEmpty() && !idx.data(EventLogModel::AckRole).toString().isEmpty());
}

void InspectorPanel::updateStatus()
{
    EventLogModel *model = m_app->eventLogModel();
    const QLocale locale;
    QString text = m_source.isEmpty() ? tr("Live log of the current or last run.")
                                      : tr("File: %1.").arg(QFileInfo(m_source).fileName());
    text += QLatin1Char(' ') + tr("%Ln line(s) held", nullptr, int(model->heldCount()));
    if (model->droppedCount() > 0)
        text += tr(", %Ln older line(s) dropped", nullptr, int(model->droppedCount()));
    text += QLatin1Char('.');
    m_status->setText(text);
}

void InspectorPanel::exportJsonl(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export run as JSONL"),
            QStringLiteral("tidemark-run.jsonl"), tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    qint64 reconstructed = 0;
    m_app->eventLogModel()->flushQueued(); // the run's last lines may still wait for a slice
    const qint64 n = m_app->eventLogModel()->exportJsonl(path, &error, &reconstructed);
    const QLocale locale;
    if (n < 0)
        m_status->setText(tr("Could not export: %1").arg(error));
    else if (reconstructed > 0)
        m_status->setText(
            tr("Exported %Ln line(s) to %1 (%2 older lines without their data).", nullptr, int(n))
                .arg(QFileInfo(path).fileName(), locale.toString(reconstructed)));
    else
        m_status->setText(
            tr("Exported %Ln line(s) to %1.", nullptr, int(n)).arg(QFileInfo(path).fileName()));
}

void InspectorPanel::openJsonl(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Open JSONL file"), QString(),
            tr("JSON Lines (*.jsonl *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_app->eventLogModel()->loadJsonl(path, &error)) {
        m_status->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    m_source = path;
    m_status->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
}

} // namespace Tidemark
