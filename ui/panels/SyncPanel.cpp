// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/SyncPanel.h"

#include "panels/FullDeltaPanel.h"

#include "AppController.h"
#include "RunPhaseText.h"
#include "UiSettings.h"
#include "desktop/StatusColors.h"
#include "models/RunHistoryModel.h"
#include "protocol/ServerCapabilities.h"
#include "sync/SyncService.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Sparkline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidemark {

namespace {
//! The font of the live figures: the label's own when its digits share one width (most UI
//! fonts), else the system's fixed-width font, so that a changing number never shifts.
QFont figureFont(const QFont &base)
{
    const QFontMetrics fm(base);
    const int zero = fm.horizontalAdvance(QLatin1Char('0'));
    for (char c = '1'; c <= '9'; ++c) {
        if (fm.horizontalAdvance(QLatin1Char(c)) != zero) {
            QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            fixed.setPointSizeF(base.pointSizeF());
            return fixed;
        }
    }
    return base;
}

//! A live figure. Its size is fixed (width for the widest expected text): a label whose minimum
//! and maximum sizes agree never invalidates the layout when its text changes, so a progress
//! tick repaints two labels instead of relaying out the panel.
QLabel *valueLabel(QWidget *parent, const QString &accessible, const QString &description,
    const QString &widest, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *l = new QLabel(QStringLiteral("–"), parent);
    l->setTextFormat(Qt::PlainText);
    l->setAccessibleName(accessible);
    l->setAccessibleDescription(description);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setFont(figureFont(l->font()));
    l->setAlignment(align);
    const QFontMetrics fm(l->font());
    l->setFixedSize(fm.horizontalAdvance(widest) + 2 * l->margin() + 4, l->sizeHint().height());
    return l;
}

QString formatElapsed(qint64 ms)
{
    if (ms < 1000) // short runs (a small library, an up-to-date mirror) read better in ms
        return QObject::tr("%1 ms").arg(std::max<qint64>(ms, 0));
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) / 100);
}
} // namespace

SyncPanel::SyncPanel(AppController *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("syncPanel"));

    // ---- what to sync -------------------------------------------------------------------------
    auto *request = new QGroupBox(tr("What to sync"), this);
    auto *reqLayout = new QVBoxLayout(request);
    auto *typesLabel = new QLabel(tr("&Request types (only those this server supports):"), request);
    m_types = new QListWidget(request);
    m_types->setAccessibleName(tr("Request types"));
    m_types->setAccessibleDescription(
        tr("Check the request types to stream; Space toggles the current one"));
    m_types->setSelectionMode(QAbstractItemView::SingleSelection);
    typesLabel->setBuddy(m_types);
    auto *typeButtons = new QHBoxLayout;
    auto *defaults = new QPushButton(tr("&Defaults"), request);
    defaults->setAccessibleName(tr("Select the default request types"));
    defaults->setAccessibleDescription(
        tr("Checks the request types this server streams by default"));
    auto *all = new QPushButton(tr("A&ll"), request);
    all->setAccessibleName(tr("Select all request types"));
    all->setAccessibleDescription(tr("Checks every request type this server supports"));
    auto *none = new QPushButton(tr("&None"), request);
    none->setAccessibleName(tr("Clear the request types"));
    none->setAccessibleDescription(tr("Unchecks every request type"));
    typeButtons->addWidget(defaults);
    typeButtons->addWidget(all);
    typeButtons->addWidget(none);
    typeButtons->addStretch(1);
    connect(defaults, &QPushButton::clicked, this, &SyncPanel::selectDefaults);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_types->count(); ++i)
            m_types->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_types->count(); ++i)
            m_types->item(i)->setCheckState(Qt::Unchecked);
    });

    auto *form = new QFormLayout;
    m_ackMode = new QComboBox(request);
    m_ackMode->addItem(tr("Automatic"), ackModeName(AckMode::Automatic));
    m_ackMode->addItem(tr("Manual"), ackModeName(AckMode::Manual));
    m_ackMode->addItem(tr("Dry run"), ackModeName(AckMode::DryRun));
    m_ackMode->setItemData(
        0, tr("Save each batch, then acknowledge it to the server."), Qt::ToolTipRole);
    m_ackMode->setItemData(1,
        tr("Save, but keep the acks pending until you send them in Checkpoints."), Qt::ToolTipRole);
    m_ackMode->setItemData(2,
        tr("Save nothing and acknowledge nothing: see what the server would send."),
        Qt::ToolTipRole);
    m_ackMode->setAccessibleName(tr("Acknowledgement mode"));
    m_ackMode->setAccessibleDescription(
        tr("Automatic acknowledges each saved batch, manual keeps the acks "
           "pending, dry run saves and acknowledges nothing"));
    setAckMode(UiSettings::defaultAckMode());
    auto *ackLabel = new QLabel(tr("&Ack mode:"), request);
    ackLabel->setBuddy(m_ackMode);
    form->addRow(ackLabel, m_ackMode);
    m_reset = new QCheckBox(
        tr("R&eset: ask the server to start over (re-downloads everything)"), request);
    m_reset->setAccessibleName(tr("Reset the server's checkpoints before streaming"));
    m_reset->setAccessibleDescription(
        tr("The server starts over and sends everything again; the local "
           "mirror is rebuilt"));
    form->addRow(QString(), m_reset);

    m_sessionNote = new QLabel(request);
    m_sessionNote->setTextFormat(Qt::PlainText);
    m_sessionNote->setWordWrap(true);
    m_sessionNote->setVisible(false);

    m_start = new QPushButton(tr("&Start sync"), request);
    m_start->setAccessibleName(tr("Start sync"));
    m_start->setAccessibleDescription(tr("Streams the checked request types in the chosen mode"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel"), request);
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->setAccessibleDescription(
        tr("Stops the run; what was saved stays, the next sync resumes"));
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_start);
    runButtons->addWidget(m_cancel);
    runButtons->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, &SyncPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPanel::cancel);

    reqLayout->addWidget(typesLabel);
    reqLayout->addWidget(m_types, 1);
    reqLayout->addLayout(typeButtons);
    reqLayout->addLayout(form);
    reqLayout->addWidget(m_sessionNote);
    reqLayout->addLayout(runButtons);

    // ---- progress -------------------------------------------------------------------------------
    auto *progressBox = new QGroupBox(tr("Progress"), this);
    auto *progLayout = new QVBoxLayout(progressBox);
    auto *figures = new QFormLayout;
    // The widest text each figure shows: counts up to ten billion, "1,023.9 MiB", the average
    // rate, "99:59:59.9". All figures share that width, so their column reads as one.
    const QLocale locale;
    const QString widest
        = std::max({locale.toString(qint64(9'999'999'999)),
                       locale.formattedDataSize(qint64(1023) * 1024 * 1024 * 1024 + 999),
                       tr("%1 events/s (average)").arg(locale.toString(9'999'999.0, 'f', 0)),
                       QStringLiteral("99:59:59.9")},
            [this](const QString &a, const QString &b) {
                return fontMetrics().horizontalAdvance(a) < fontMetrics().horizontalAdvance(b);
            });
    m_phase = valueLabel(progressBox, tr("Phase"), tr("What the run is doing now"), widest,
        Qt::AlignLeft | Qt::AlignVCenter);
    m_events = valueLabel(
        progressBox, tr("Events received"), tr("Events read from the server's stream"), widest);
    m_committed = valueLabel(
        progressBox, tr("Events saved"), tr("Events committed to the local mirror"), widest);
    m_bytes = valueLabel(
        progressBox, tr("Bytes received"), tr("Size of the stream received so far"), widest);
    m_rate = valueLabel(progressBox, tr("Events per second"),
        tr("Events received per second, last second"), widest);
    m_elapsed
        = valueLabel(progressBox, tr("Elapsed time"), tr("Time since the run started"), widest);
    m_acks = valueLabel(
        progressBox, tr("Ack requests"), tr("Acknowledgements sent to the server"), widest);
    figures->addRow(tr("Phase:"), m_phase);
    figures->addRow(tr("Events received:"), m_events);
    figures->addRow(tr("Saved in the mirror:"), m_committed);
    figures->addRow(tr("Bytes received:"), m_bytes);
    figures->addRow(tr("Rate:"), m_rate);
    figures->addRow(tr("Elapsed:"), m_elapsed);
    figures->addRow(tr("Ack requests:"), m_acks);
    m_sparkline = new Sparkline(progressBox);
    m_sparkline->setUnit(tr("events/s"));
    m_perType = new QTableWidget(0, 2, progressBox);
    m_perType->setHorizontalHeaderLabels({tr("Entity type"), tr("Events")});
    m_perType->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_perType->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_perType->verticalHeader()->hide();
    m_perType->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perType->setAccessibleName(tr("Events per entity type"));
    m_perType->setAccessibleDescription(tr("Events received in this run, per entity type"));
    m_perType->setSortingEnabled(false);
    m_perType->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto *outcomeRow = new QHBoxLayout;
    m_outcome = new QLabel(tr("No sync has run yet."), progressBox);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setAccessibleDescription(tr("How the last run ended"));
    QFont f = m_outcome->font();
    f.setBold(true);
    m_outcome->setFont(f);
    m_outcomeAction = new QPushButton(progressBox);
    m_outcomeAction->setVisible(false);
    m_outcomeAction->setAccessibleName(tr("Outcome action"));
    m_outcomeAction->setAccessibleDescription(
        tr("What to do after the last run: retry, log in again or reset"));
    connect(m_outcomeAction, &QPushButton::clicked, this, [this] {
        if (m_pendingAction == Error::Action::Retry)
            start();
        else
            Q_EMIT actionRequested(m_pendingAction);
    });
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_outcomeAction);

    auto *top = new QHBoxLayout;
    top->addLayout(figures, 1);
    progLayout->addLayout(top);
    progLayout->addWidget(m_sparkline);
    progLayout->addWidget(m_perType, 1);
    progLayout->addLayout(outcomeRow);

    // ---- history --------------------------------------------------------------------------------
    auto *historyBox = new QGroupBox(tr("Recent runs"), this);
    auto *histLayout = new QVBoxLayout(historyBox);
    m_history = new QTableView(historyBox);
    m_history->setModel(app->runHistoryModel());
    m_history->setAccessibleName(tr("Run history"));
    m_history->setAccessibleDescription(
        tr("Past runs, newest first: kind, mode, outcome, events and errors"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_history->setWordWrap(false);
    // The start time in full (the column would otherwise cut it to "2026-11-27 …").
    m_history->setColumnWidth(RunHistoryModel::StartedColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2026-11-27 09:00:00")) + 16);
    histLayout->addWidget(m_history);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(request);
    upper->addWidget(progressBox);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    SyncService *sync = app->syncService();
    connect(sync, &SyncService::runStarted, this, &SyncPanel::onRunStarted);
    connect(sync, &SyncService::progress, this, &SyncPanel::onProgress);
    connect(sync, &SyncService::runFinished, this, &SyncPanel::onFinished);
    connect(sync, &SyncService::waitingForMirror, this, [this](qint64 pid) {
        // The run waits for another process's write lock; Cancel ends the wait.
        m_running = true;
        setPhase(tr("waiting for another process"));
        m_outcomeAction->setVisible(false);
        m_outcome->setText(
            tr("%1 This sync starts as soon as that one has finished; Cancel stops waiting.")
                .arg(Error::make(
                    Error::Kind::Busy, QStringLiteral("mirror: lock"), QString::number(pid))
                         .userMessage()));
        StatusColors::apply(m_outcome, palette(), StatusColors::Tone::Normal);
        updateEnabled();
    });
    connect(app, &AppController::capabilitiesChanged, this, &SyncPanel::rebuildTypes);
    connect(app, &AppController::stateChanged, this, &SyncPanel::updateEnabled);
    connect(app, &AppController::accountChanged, this, &SyncPanel::updateEnabled);
    rebuildTypes();
    updateEnabled();
}

void SyncPanel::setAckMode(AckMode mode)
{
    m_ackMode->setCurrentIndex(std::max(0, m_ackMode->findData(ackModeName(mode))));
}

void SyncPanel::rebuildTypes()
{
    const ServerCapabilities caps = m_app->capabilities();
    const QList<SyncRequestType> supported = caps.supportedRequestTypes();
    m_types->clear();
    for (SyncRequestType t : supported) {
        auto *item = new QListWidgetItem(requestTypeName(t), m_types);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, int(t));
        QStringList produces;
        for (SyncEntityType e : entityTypesOf(t))
            produces << entityTypeName(e);
        item->setToolTip(tr("Sends: %1").arg(produces.join(QStringLiteral(", "))));
        item->setCheckState(Qt::Unchecked);
    }
    selectDefaults();
    updateEnabled();
}

void SyncPanel::selectDefaults()
{
    const QList<SyncRequestType> defaults = m_app->capabilities().defaultRequestTypes();
    setSelectedTypes(defaults);
}

void SyncPanel::setSelectedTypes(const QList<SyncRequestType> &types)
{
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *item = m_types->item(i);
        const auto t = SyncRequestType(item->data(Qt::UserRole).toInt());
        item->setCheckState(types.contains(t) ? Qt::Checked : Qt::Unchecked);
    }
}

StreamOptions SyncPanel::options() const
{
    StreamOptions o;
    for (int i = 0; i < m_types->count(); ++i) {
        const QListWidgetItem *item = m_types->item(i);
        if (item->checkState() == Qt::Checked)
            o.types << SyncRequestType(item->data(Qt::UserRole).toInt());
    }
    o.mode = ackModeFromName(m_ackMode->currentData().toString());
    o.reset = m_reset->isChecked();
    return o;
}

void SyncPanel::updateEnabled()
{
    const bool canStream = m_app->capabilities().hasSyncStream()
        && (m_app->state() == AppController::State::Connected);
    m_start->setEnabled(canStream && !m_running);
    m_cancel->setEnabled(m_running);
    if (m_app->hasAccount() && !m_app->hasSession() && m_app->hasApiKey()) {
        m_sessionNote->setText(tr("You are connected with an API key only. The sync stream and "
                                  "checkpoints need a login session: log in with email and "
                                  "password to stream. Full and delta sync work with the key."));
        m_sessionNote->setVisible(true);
    } else if (m_app->state() == AppController::State::Connected
        && !m_app->capabilities().hasSyncStream()) {
        m_sessionNote->setText(
            tr("This server is older than 1.127 and has no sync stream. Use full "
               "and delta sync instead."));
        m_sessionNote->setVisible(true);
    } else {
        m_sessionNote->setVisible(false);
    }
}

void SyncPanel::start()
{
    const StreamOptions o = options();
    if (o.types.isEmpty()) {
        m_outcome->setText(tr("Choose at least one request type."));
        return;
    }
    m_app->syncService()->startStream(o);
}

void SyncPanel::cancel()
{
    m_app->syncService()->cancel();
}

void SyncPanel::onRunStarted(qint64, RunKind kind, AckMode mode)
{
    m_running = true;
    m_lastSampleMs = -1;
    m_sparkline->clear();
    m_perType->setRowCount(0);
    m_outcomeAction->setVisible(false);
    m_outcome->setText(kind == RunKind::Stream
            ? tr("Streaming (%1 mode)…")
                  .arg(m_ackMode->itemText(m_ackMode->findData(ackModeName(mode))))
            : tr("Running %1…").arg(FullDeltaPanel::kindText(kind)));
    for (QLabel *l : {m_events, m_committed, m_bytes, m_rate, m_elapsed, m_acks})
        l->setText(QStringLiteral("0"));
    setPhase(tr("connecting"));
    updateEnabled();
}

void SyncPanel::onProgress(const RunProgress &p)
{
    const QLocale locale;
    setPhase(runPhaseText(p));
    m_events->setText(locale.toString(p.events));
    m_committed->setText(locale.toString(p.committed));
    m_bytes->setText(locale.formattedDataSize(p.bytes));
    m_rate->setText(tr("%1 events/s").arg(locale.toString(p.eventsPerSecond, 'f', 0)));
    m_elapsed->setText(formatElapsed(p.elapsedMs));
    m_acks->setText(locale.toString(p.ackRequests));
    // One sample per ~250 ms of run time keeps the graph's time axis even.
    if (m_lastSampleMs < 0 || p.elapsedMs - m_lastSampleMs >= 250) {
        m_sparkline->addSample(p.eventsPerSecond);
        m_lastSampleMs = p.elapsedMs;
    }
    setPerType(p.perType);
}

void SyncPanel::setPhase(const QString &phase)
{
    // "paging owner <id>" can be wider than the label: elide, the whole text in the tooltip.
    const QString shown
        = m_phase->fontMetrics().elidedText(phase, Qt::ElideMiddle, m_phase->width() - 4);
    if (shown != m_phase->text())
        m_phase->setText(shown);
    m_phase->setToolTip(
        shown == phase ? QString() : QStringLiteral("<p>%1</p>").arg(phase.toHtmlEscaped()));
}

void SyncPanel::setPerType(const QHash<QString, qint64> &perType)
{
    QStringList keys = perType.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ia = int(entityTypeFromName(QStringView(a)));
        const int ib = int(entityTypeFromName(QStringView(b)));
        return ia != ib ? ia < ib : a < b;
    });
    if (m_perType->rowCount() != keys.size())
        m_perType->setRowCount(int(keys.size()));
    const QLocale locale;
    for (int r = 0; r < keys.size(); ++r) {
        auto setCell = [&](int c, const QString &text, Qt::Alignment align) {
            QTableWidgetItem *item = m_perType->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(align);
                m_perType->setItem(r, c, item);
            }
            if (item->text() != text)
                item->setText(text);
        };
        setCell(0, keys.at(r), Qt::AlignLeft | Qt::AlignVCenter);
        setCell(1, locale.toString(perType.value(keys.at(r))), Qt::AlignRight | Qt::AlignVCenter);
    }
}

QString SyncPanel::outcomeSentence(const RunResult &r)
{
    switch (r.outcome) {
    case RunOutcome::Complete:
        if (r.mode == AckMode::DryRun)
            return tr("Dry run complete: %Ln event(s) received; nothing was saved or acknowledged.",
                nullptr, int(r.events));
        if (r.mode == AckMode::Manual)
            return tr(
                "Complete: %Ln event(s) saved. Their acks are pending: send them in Checkpoints.",
                nullptr, int(r.events));
        return tr("Complete: %Ln event(s) received and acknowledged.", nullptr, int(r.events));
    case RunOutcome::Interrupted:
        return r.error.isError()
            ? tr("Interrupted after %Ln event(s): %1 The next sync resumes from the last saved "
                 "point.",
                nullptr, int(r.events))
                  .arg(r.error.userMessage())
            : tr("Interrupted after %Ln event(s): the server ended the stream early. The next sync "
                 "resumes from the last saved point.",
                nullptr, int(r.events));
    case RunOutcome::ResetByServer:
        // The worker starts the fresh run by itself (SyncWorker, sawReset), except in a dry run.
        if (r.mode == AckMode::DryRun)
            return tr("The server asked for a reset. A dry run changes nothing, so the local "
                      "copy was kept; the next sync that saves starts over.");
        return tr("The server asked for a reset: the local copy was cleared, and a new sync "
                  "downloads everything again now.");
    case RunOutcome::Cancelled:
        if (r.error.kind == Error::Kind::Busy)
            return tr(
                "Cancelled before it started, while another Tidemark process was syncing this "
                "account. Nothing was changed.");
        return tr("Cancelled after %Ln event(s). The next sync resumes from the last saved point.",
            nullptr, int(r.events));
    case RunOutcome::Failed:
        return tr("Failed: %1").arg(r.error.userMessage());
    case RunOutcome::FullSyncNeeded:
        return tr("The server asks for a full sync: nothing was changed.");
    case RunOutcome::Running:
        return tr("Running…");
    }
    return {};
}

void SyncPanel::onFinished(const RunResult &r)
{
    m_running = false;
    m_outcome->setText(outcomeSentence(r));
    const bool bad = r.outcome == RunOutcome::Failed || r.outcome == RunOutcome::Interrupted;
    // Colours that stay readable on light and dark palettes.
    StatusColors::apply(m_outcome, palette(),
        bad ? StatusColors::Tone::Error
            : (r.outcome == RunOutcome::Complete ? StatusColors::Tone::Good
                                                 : StatusColors::Tone::Normal));
    m_pendingAction = Error::Action::None;
    if (r.outcome == RunOutcome::ResetByServer || r.outcome == RunOutcome::Interrupted)
        m_pendingAction = Error::Action::Retry;
    if (r.error.isError())
        m_pendingAction = r.error.suggestedAction();
    const QString text = ErrorBanner::actionText(m_pendingAction);
    m_outcomeAction->setText(text);
    m_outcomeAction->setVisible(!text.isEmpty());
    setPerType(r.perType);
    const QLocale locale;
    m_events->setText(locale.toString(r.events));
    m_bytes->setText(locale.formattedDataSize(r.bytes));
    // The live figures describe the last second of the run; the final ones describe all of it.
    m_elapsed->setText(formatElapsed(r.elapsedMs));
    const double average = r.elapsedMs > 0 ? double(r.events) * 1000.0 / double(r.elapsedMs) : 0.0;
    m_rate->setText(r.elapsedMs > 0
            ? tr("%1 events/s (average)").arg(locale.toString(average, 'f', 0))
            : QStringLiteral("–"));
    const QList<double> &samples = m_sparkline->samples();
    if (r.events > 0 && r.elapsedMs > 0
        && std::all_of(samples.cbegin(), samples.cend(), [](double v) { return v <= 0; })) {
        // A run shorter than the rate's window: its only sample is 0. Show the average instead.
        m_sparkline->clear();
        m_sparkline->addSample(average); // two points: a flat line at the average
        m_sparkline->addSample(average);
    }
    m_acks->setText(locale.toString(r.ackRequests));
    setPhase(runWordText(runOutcomeName(r.outcome)));
    updateEnabled();
}

} // namespace Tidemark
