// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/CheckpointsPanel.h"

#include "AppController.h"
#include "models/CheckpointModel.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidemark {

CheckpointsPanel::CheckpointsPanel(AppController *app, QWidget *parent)
    : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("checkpointsPanel"));
    auto *intro = new QLabel(tr("The server keeps one checkpoint (ack) per entity type for this "
                                "login session. The next sync sends only what changed after it."),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setModel(app->checkpointModel());
    m_view->setAccessibleName(tr("Checkpoints"));
    m_view->setAccessibleDescription(
        tr("One row per entity type: the ack the server keeps, the one the mirror recorded and any "
           "pending ack. Space checks a type."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QFontMetrics fm = fontMetrics();
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("2026-11-27 05:12:53.000 UTC")) + 16;
    m_view->setColumnWidth(CheckpointModel::TypeColumn,
        fm.horizontalAdvance(QStringLiteral("PartnerAssetExifBackfillV1")) + 48);
    m_view->setColumnWidth(CheckpointModel::ServerTimeColumn, timeWidth);
    m_view->setColumnWidth(CheckpointModel::LocalTimeColumn, timeWidth);
    m_view->setColumnWidth(CheckpointModel::PendingTimeColumn, timeWidth);
    // The short columns fit their (translated) titles.
    for (int column : {int(CheckpointModel::PendingCountColumn), int(CheckpointModel::AgreeColumn)})
        m_view->setColumnWidth(column,
            fm.horizontalAdvance(m_view->model()->headerData(column, Qt::Horizontal).toString())
                + 24);
    // … and the words for a backfill checkpoint the server keeps.
    m_view->setColumnWidth(CheckpointModel::AgreeColumn,
        std::max(m_view->columnWidth(CheckpointModel::AgreeColumn),
            fm.horizontalAdvance(CheckpointModel::tr("kept by server")) + 16));
    // The acks are long opaque strings ("Type|uuidv7|…"): the table shows what they say, the
    // type and the time their id encodes; the acks themselves are on hover over a time and on
    // copy (Ctrl+C, context menu).
    for (int column : {int(CheckpointModel::ServerAckColumn), int(CheckpointModel::LocalAckColumn),
             int(CheckpointModel::PendingAckColumn)})
        m_view->setColumnHidden(column, true);
    // Every title in full, the times as wide as they are.
    for (int column = 0; column < CheckpointModel::ColumnCount; ++column)
        m_view->setColumnWidth(column,
            std::max(m_view->columnWidth(column),
                fm.horizontalAdvance(m_view->model()->headerData(column, Qt::Horizontal).toString())
                    + 24));
    header->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_copy = new QAction(tr("&Copy ack"), m_view);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->installEventFilter(this);
    m_copy->setToolTip(tr("Copies the full ack of the selected rows: the server's, or the local or "
                          "pending one in those columns."));
    m_view->addAction(m_copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(copyText()); });

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Checkpoint summary"));

    auto *ackBox = new QGroupBox(tr("Pending acks (manual mode)"), this);
    auto *ackRow = new QHBoxLayout(ackBox);
    m_ackAll = new QPushButton(tr("Ack &all pending"), ackBox);
    m_ackAll->setAccessibleName(tr("Acknowledge all pending acks"));
    m_ackAll->setAccessibleDescription(
        tr("Sends every pending ack to the server (manual ack mode)."));
    m_ackSelected = new QPushButton(tr("Ack &checked types"), ackBox);
    m_ackSelected->setAccessibleName(
        tr("Acknowledge pending acks of the checked or selected types"));
    m_ackSelected->setAccessibleDescription(
        tr("Sends the pending acks of the checked or selected types to the server."));
    m_upTo = new QSpinBox(ackBox);
    m_upTo->setRange(0, std::numeric_limits<int>::max());
    m_upTo->setPrefix(tr("event #"));
    m_upTo->setAccessibleName(tr("Acknowledge up to this event number"));
    m_upTo->setAccessibleDescription(
        tr("Event number of the current run up to which pending acks are sent."));
    m_ackUpTo = new QPushButton(tr("Ack &up to event"), ackBox);
    m_ackUpTo->setAccessibleName(tr("Acknowledge pending acks up to the chosen event"));
    m_ackUpTo->setAccessibleDescription(
        tr("Sends the pending acks of events up to the chosen number."));
    m_discard = new QPushButton(tr("D&iscard pending"), ackBox);
    m_discard->setAccessibleName(tr("Discard pending acks of the checked or selected types"));
    m_discard->setAccessibleDescription(
        tr("Forgets pending acks without sending them; the server sends those events again."));
    ackRow->addWidget(m_ackAll);
    ackRow->addWidget(m_ackSelected);
    ackRow->addWidget(m_upTo);
    ackRow->addWidget(m_ackUpTo);
    ackRow->addStretch(1);
    ackRow->addWidget(m_discard);

    auto *serverBox = new QGroupBox(tr("Server checkpoints"), this);
    auto *serverRow = new QHBoxLayout(serverBox);
    m_refresh = new QPushButton(tr("&Refresh"), serverBox);
    m_refresh->setAccessibleName(tr("Refresh checkpoints from the server"));
    m_refresh->setAccessibleDescription(
        tr("Reads the checkpoints again from the server (GET /sync/ack)."));
    m_resetSelected = new QPushButton(tr("Reset c&hecked types…"), serverBox);
    m_resetSelected->setAccessibleName(
        tr("Reset the checkpoints of the checked or selected types"));
    m_resetSelected->setAccessibleDescription(
        tr("Deletes the server checkpoints of the checked types, so the next sync sends them from "
           "the start."));
    m_resetAll = new QPushButton(tr("&Delete all checkpoints…"), serverBox);
    m_resetAll->setAccessibleName(tr("Delete all checkpoints on the server"));
    m_resetAll->setAccessibleDescription(
        tr("Deletes all checkpoints of this session on the server; the next sync starts over."));
    serverRow->addWidget(m_refresh);
    serverRow->addStretch(1);
    serverRow->addWidget(m_resetSelected);
    serverRow->addWidget(m_resetAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(ackBox);
    layout->addWidget(serverBox);

    connect(m_refresh, &QPushButton::clicked, this, &CheckpointsPanel::refresh);
    connect(m_ackAll, &QPushButton::clicked, this, &CheckpointsPanel::ackAll);
    connect(m_ackSelected, &QPushButton::clicked, this, &CheckpointsPanel::ackChosen);
    connect(m_ackUpTo, &QPushButton::clicked, this, [this] { ackUpTo(m_upTo->value()); });
    connect(m_discard, &QPushButton::clicked, this, &CheckpointsPanel::discardChosen);
    connect(m_resetSelected, &QPushButton::clicked, this, &CheckpointsPanel::resetChosen);
    connect(m_resetAll, &QPushButton::clicked, this, &CheckpointsPanel::resetAll);

    CheckpointModel *model = app->checkpointModel();
    connect(model, &QAbstractItemModel::modelReset, this, &CheckpointsPanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &CheckpointsPanel::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CheckpointsPanel::updateSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CheckpointsPanel::updateSummary);
    connect(app, &AppController::stateChanged, this, &CheckpointsPanel::updateSummary);
    updateSummary();
}

bool CheckpointsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::KeyPress)
                m_copy->trigger();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CheckpointsPanel::copyText() const
{
    CheckpointModel *model = m_app->checkpointModel();
    QItemSelectionModel *selection = m_view->selectionModel();
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                        : int(CheckpointModel::ServerTimeColumn);
    QList<int> rows;
    if (selection)
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QStringList acks;
    for (int row : std::as_const(rows)) {
        const QString ack = model->ackForColumn(row, column);
        if (!ack.isEmpty())
            acks << ack;
    }
    return acks.join(QLatin1Char('\n'));
}

QStringList CheckpointsPanel::chosenTypes() const
{
    CheckpointModel *model = m_app->checkpointModel();
    QStringList types = model->checkedTypes();
    if (types.isEmpty() && m_view->selectionModel())
        types = model->typesForRows(m_view->selectionModel()->selectedRows());
    return types;
}

void CheckpointsPanel::updateSummary()
{
    const QList<CheckpointRow> rows = m_app->checkpointModel()->rows();
    int disagree = 0, kept = 0, pending = 0, pendingTypes = 0;
    for (const CheckpointRow &r : rows) {
        if (r.keptByServer())
            ++kept;
        else if (!r.agree())
            ++disagree;
        if (r.pendingCount > 0) {
            pending += r.pendingCount;
            ++pendingTypes;
        }
    }
    const QLocale locale;
    QString text = tr("%n entity type(s) with a checkpoint.", nullptr, int(rows.size()));
    if (disagree)
        text += QLatin1Char(' ') + tr("%n differ between server and local.", nullptr, disagree);
    else if (!rows.isEmpty())
        text += QLatin1Char(' ') + tr("Server and local agree.");
    if (kept)
        text += QLatin1Char(' ') + tr("%n kept by the server for backfill.", nullptr, kept);
    if (pending)
        text += QLatin1Char(' ')
            + tr("%1 in %n type(s).", nullptr, int(pendingTypes))
                  .arg(tr("%Ln pending ack(s)", nullptr, int(pending)));
    m_summary->setText(text);
    const bool online = m_app->state() == AppController::State::Connected && m_app->hasSession();
    for (QPushButton *b : {m_refresh, m_resetSelected, m_resetAll})
        b->setEnabled(online);
    for (QPushButton *b : {m_ackAll, m_ackSelected, m_ackUpTo})
        b->setEnabled(online && pending > 0);
    m_discard->setEnabled(pending > 0);
}

bool CheckpointsPanel::confirm(const QString &title, const QString &text,
    const QString &informative, const QString &confirmButton)
{
    if (m_autoConfirm)
        return true;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informative);
    QPushButton *yes = box.addButton(confirmButton, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void CheckpointsPanel::refresh()
{
    m_app->syncService()->refreshCheckpoints();
}

void CheckpointsPanel::ackAll()
{
    PendingAckScope scope;
    scope.kind = PendingAckScope::Kind::All;
    m_app->syncService()->sendPendingAcks(scope);
}

void CheckpointsPanel::ackChosen()
{
    const QStringList types = chosenTypes();
    if (types.isEmpty()) {
        m_summary->setText(tr("Check or select the entity types to acknowledge first."));
        return;
    }
    PendingAckScope scope;
    scope.kind = PendingAckScope::Kind::Types;
    scope.types = types;
    m_app->syncService()->sendPendingAcks(scope);
}

void CheckpointsPanel::ackUpTo(qint64 lineNumber)
{
    PendingAckScope scope;
    scope.kind = PendingAckScope::Kind::UpToSequence;
    scope.sequence = lineNumber;
    m_app->syncService()->sendPendingAcks(scope);
}

void CheckpointsPanel::resetChosen()
{
    const QStringList types = chosenTypes();
    if (types.isEmpty()) {
        m_summary->setText(tr("Check or select the entity types to reset first."));
        return;
    }
    if (!confirm(tr("Reset checkpoints"),
            tr("Reset the checkpoints of %n type(s) on the server?", nullptr, int(types.size())),
            tr("The next sync downloads every %1 event again from the beginning. Nothing is "
               "deleted on the server or in your photos.")
                .arg(types.join(QStringLiteral(", "))),
            tr("Reset")))
        return;
    m_app->syncService()->resetCheckpoints(types);
}

void CheckpointsPanel::resetAll()
{
    if (!confirm(tr("Delete all checkpoints"),
            tr("Delete every checkpoint of this session on the server?"),
            tr("The next sync downloads everything again (all users, assets, albums, exif…). "
               "Nothing is deleted on the server or in your photos."),
            tr("Delete all")))
        return;
    m_app->syncService()->resetCheckpoints({});
}

void CheckpointsPanel::discardChosen()
{
    QStringList types = chosenTypes();
    const QString what = types.isEmpty() ? tr("all types") : types.join(QStringLiteral(", "));
    if (!confirm(tr("Discard pending acks"), tr("Discard the pending acks of %1?").arg(what),
            tr("They are not sent to the server, so the next sync sends those events again. "
               "The data already saved stays in the mirror."),
            tr("Discard")))
        return;
    m_app->syncService()->discardPendingAcks(types);
}

} // namespace Tidemark
