// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/FullDeltaPanel.h"

#include "AppController.h"
#include "sync/SyncService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace Tidemark {

QString FullDeltaPanel::kindText(RunKind kind)
{
    switch (kind) {
    case RunKind::Stream:
        return tr("Stream");
    case RunKind::FullSync:
        return tr("Full sync");
    case RunKind::DeltaSync:
        return tr("Delta sync");
    case RunKind::Reconcile:
        return tr("Reconcile");
    }
    return {};
}

FullDeltaPanel::FullDeltaPanel(AppController *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("fullDeltaPanel"));
    m_unsupported = new QLabel(this);
    m_unsupported->setTextFormat(Qt::PlainText);
    m_unsupported->setWordWrap(true);

    m_body = new QWidget(this);
    auto *intro = new QLabel(tr("Full and delta sync are the asset endpoints of older servers "
                                "(deprecated from 2.3, removed in 3.0). They work with an API key "
                                "and fill the same mirror as the stream."),
        m_body);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *fullBox = new QGroupBox(tr("Full sync: list every asset"), m_body);
    auto *fullForm = new QFormLayout(fullBox);
    m_pageSize = new QSpinBox(fullBox);
    m_pageSize->setRange(1, 100000);
    m_pageSize->setValue(1000);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setAccessibleDescription(
        tr("Number of assets requested per page of the full sync."));
    auto *pageLabel = new QLabel(tr("&Page size:"), fullBox);
    pageLabel->setBuddy(m_pageSize);
    fullForm->addRow(pageLabel, m_pageSize);
    m_owner = new QComboBox(fullBox);
    m_owner->addItem(tr("Me and every partner who shares with me"), 0);
    m_owner->addItem(tr("Only me"), 1);
    m_owner->addItem(tr("One user id:"), 2);
    m_owner->setAccessibleName(tr("Whose assets"));
    m_owner->setAccessibleDescription(
        tr("Whose assets the full sync lists: yours, a partner's or any user id."));
    m_ownerId = new QLineEdit(fullBox);
    m_ownerId->setPlaceholderText(tr("user id (UUID)"));
    m_ownerId->setAccessibleName(tr("Owner user id"));
    m_ownerId->setAccessibleDescription(
        tr("The user id whose assets are listed when \"another user id\" is chosen."));
    m_ownerId->setEnabled(false);
    connect(m_owner, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_ownerId->setEnabled(i == 2); });
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner);
    ownerRow->addWidget(m_ownerId, 1);
    auto *ownerLabel = new QLabel(tr("&Owner:"), fullBox);
    ownerLabel->setBuddy(m_owner);
    fullForm->addRow(ownerLabel, ownerRow);
    m_fullStart = new QPushButton(tr("Run &full sync"), fullBox);
    m_fullStart->setAccessibleName(tr("Run full sync"));
    m_fullStart->setAccessibleDescription(
        tr("Lists every asset page by page (POST /sync/full-sync) into the mirror."));
    fullForm->addRow(QString(), m_fullStart);

    auto *deltaBox = new QGroupBox(tr("Delta sync: what changed since a time"), m_body);
    auto *deltaForm = new QFormLayout(deltaBox);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), deltaBox);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setAccessibleName(tr("Changed since"));
    m_since->setAccessibleDescription(
        tr("The delta sync asks for changes after this date and time."));
    auto *sinceLabel = new QLabel(tr("&Since:"), deltaBox);
    sinceLabel->setBuddy(m_since);
    deltaForm->addRow(sinceLabel, m_since);
    m_userIds = new QLineEdit(deltaBox);
    m_userIds->setAccessibleName(tr("User ids, comma-separated"));
    m_userIds->setAccessibleDescription(
        tr("The users whose changes the delta sync asks for; empty means you and your partners."));
    m_userIds->setPlaceholderText(
        tr("empty: you and every partner who shares with you, as the server lists them"));
    auto *usersLabel = new QLabel(tr("&User ids:"), deltaBox);
    usersLabel->setBuddy(m_userIds);
    deltaForm->addRow(usersLabel, m_userIds);
    auto *usersNote
        = new QLabel(tr("Leave it empty and Tidemark asks the server who your partners are "
                        "when the delta sync starts. The server answers \"needs full sync\" "
                        "unless the ids are exactly you and every partner who shares with "
                        "you, or when more than 100 days or 10,000 changes have passed."),
            deltaBox);
    usersNote->setTextFormat(Qt::PlainText);
    usersNote->setWordWrap(true);
    deltaForm->addRow(QString(), usersNote);
    m_deltaStart = new QPushButton(tr("Run &delta sync"), deltaBox);
    m_deltaStart->setAccessibleName(tr("Run delta sync"));
    m_deltaStart->setAccessibleDescription(
        tr("Asks the server what changed since the chosen time (POST /sync/delta-sync)."));
    deltaForm->addRow(QString(), m_deltaStart);

    auto *reconcileBox = new QGroupBox(tr("Reconcile"), m_body);
    auto *recLayout = new QHBoxLayout(reconcileBox);
    auto *recText
        = new QLabel(tr("Delta sync never reports permanently deleted assets. Reconcile "
                        "lists every asset id and removes the ones the server no longer has."),
            reconcileBox);
    recText->setTextFormat(Qt::PlainText);
    recText->setWordWrap(true);
    m_reconcile = new QPushButton(tr("&Reconcile"), reconcileBox);
    m_reconcile->setAccessibleName(tr("Reconcile the mirror with the server"));
    m_reconcile->setAccessibleDescription(
        tr("Compares the mirror with a full listing and removes assets the server no longer has."));
    recLayout->addWidget(recText, 1);
    recLayout->addWidget(m_reconcile);

    auto *resultRow = new QHBoxLayout;
    m_result = new QLabel(m_body);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    m_runFull = new QPushButton(tr("Run the full sync &now"), m_body);
    m_runFull->setAccessibleName(tr("Run the full sync now"));
    m_runFull->setAccessibleDescription(
        tr("The server answered that a delta is not possible: runs the full sync instead."));
    m_runFull->setVisible(false);
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_runFull);

    m_log = new QPlainTextEdit(m_body);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Full and delta sync log"));
    m_log->setAccessibleDescription(
        tr("What the full and delta syncs did, one line per page or step."));
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Pages and results appear here."));

    auto *columns = new QHBoxLayout;
    columns->addWidget(fullBox, 1);
    columns->addWidget(deltaBox, 1);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(intro);
    body->addLayout(columns);
    body->addWidget(reconcileBox);
    body->addLayout(resultRow);
    body->addWidget(m_log, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unsupported);
    layout->addWidget(m_body, 1);

    connect(m_fullStart, &QPushButton::clicked, this, &FullDeltaPanel::startFullSync);
    connect(m_deltaStart, &QPushButton::clicked, this, &FullDeltaPanel::startDeltaSync);
    connect(m_reconcile, &QPushButton::clicked, this, &FullDeltaPanel::startReconcile);
    connect(m_runFull, &QPushButton::clicked, this, [this] {
        m_owner->setCurrentIndex(0);
        startFullSync();
    });

    SyncService *sync = app->syncService();
    connect(sync, &SyncService::fullSyncPage, this,
        [this](const QString &owner, int assets, bool last) {
            log(tr("Full sync: page of %Ln asset(s) of %1%2", nullptr, assets)
                    .arg(owner, last ? tr(" (last page)") : QString()));
        });
    connect(sync, &SyncService::deltaSyncResult, this,
        [this](int upserted, int deleted, bool needsFull) {
            if (needsFull) {
                m_result->setText(m_typedUserIds
                        ? tr("The server says a full sync is needed: the time is more than 100 "
                             "days ago, more than 10,000 assets changed, or the user ids are "
                             "not exactly you and your partners. Nothing was changed.")
                        : tr("The server says a full sync is needed: the time is more than 100 "
                             "days ago, or more than 10,000 assets changed since then. Nothing "
                             "was changed. A full sync lists everything once and sets "
                             "\"Since\" to its time, so the next delta sync can start there."));
                m_runFull->setVisible(true);
            } else {
                m_result->setText(
                    tr("Delta sync: %Ln asset(s) added or changed, %1 deleted.", nullptr, upserted)
                        .arg(deleted));
            }
            log(m_result->text());
        });
    connect(sync, &SyncService::runStarted, this, [this](qint64, RunKind kind, AckMode) {
        m_running = true;
        if (kind != RunKind::Stream) {
            m_runFull->setVisible(false);
            m_result->setText(tr("Running %1…").arg(kindText(kind)));
            log(m_result->text());
        }
        updateEnabled();
    });
    connect(sync, &SyncService::runFinished, this, &FullDeltaPanel::onFinished);
    connect(app, &AppController::capabilitiesChanged, this, &FullDeltaPanel::updateEnabled);
    connect(app, &AppController::stateChanged, this, &FullDeltaPanel::updateEnabled);
    // Ids typed for one account mean nothing for another.
    connect(app, &AppController::accountChanged, m_userIds, &QLineEdit::clear);
    updateEnabled();
}

void FullDeltaPanel::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void FullDeltaPanel::updateEnabled()
{
    const ServerCapabilities caps = m_app->capabilities();
    const bool known = caps.version().isValid();
    const bool has = caps.hasFullAndDeltaSync();
    m_body->setVisible(!known || has);
    m_unsupported->setVisible(known && !has);
    if (known && !has)
        m_unsupported->setText(
            tr("This server (%1) no longer has full and delta sync: they were removed "
               "in Immich 3.0. The sync stream does everything they did.")
                .arg(caps.version().toString()));
    const bool online = m_app->state() == AppController::State::Connected && has;
    for (QPushButton *b : {m_fullStart, m_deltaStart, m_reconcile, m_runFull})
        b->setEnabled(online && !m_running);
}

void FullDeltaPanel::startFullSync()
{
    FullSyncOptions o;
    o.pageSize = m_pageSize->value();
    if (m_owner->currentIndex() == 1)
        o.ownerIds = QStringList {m_app->currentAccount().userId};
    else if (m_owner->currentIndex() == 2) {
        const QString id = m_ownerId->text().trimmed();
        if (id.isEmpty()) {
            m_result->setText(tr("Enter the user id whose assets to list."));
            return;
        }
        o.ownerIds = QStringList {id};
    }
    m_app->syncService()->startFullSync(o);
}

void FullDeltaPanel::startDeltaSync()
{
    DeltaSyncOptions o;
    o.updatedAfter = m_since->dateTime().toUTC();
    for (const QString &part : m_userIds->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            o.userIds << part.trimmed();
    // Empty: the worker asks GET /api/partners (the mirror's partners table is empty before
    // a stream, and a wrong list makes the server answer needsFullSync).
    m_typedUserIds = !o.userIds.isEmpty();
    m_app->syncService()->startDeltaSync(o);
}

void FullDeltaPanel::startReconcile()
{
    m_app->syncService()->startReconcile();
}

void FullDeltaPanel::onFinished(const RunResult &r)
{
    m_running = false;
    updateEnabled();
    if (r.kind == RunKind::Stream)
        return;
    const QLocale locale;
    QString text;
    switch (r.outcome) {
    case RunOutcome::Complete:
        if (r.kind == RunKind::DeltaSync) {
            // deltaSyncResult() already said what happened.
            m_runFull->setVisible(r.needsFullSync);
            return;
        }
        text = tr("%1 complete: %Ln asset(s) in %2 s.", nullptr, int(r.events))
                   .arg(kindText(r.kind), locale.toString(double(r.elapsedMs) / 1000.0, 'f', 1));
        if (r.kind == RunKind::FullSync)
            m_since->setDateTime(QDateTime::currentDateTime());
        break;
    case RunOutcome::FullSyncNeeded:
        // deltaSyncResult() already said that the server asks for a full sync.
        m_runFull->setVisible(true);
        return;
    case RunOutcome::Cancelled:
        text = tr("%1 cancelled.").arg(kindText(r.kind));
        break;
    default:
        text = tr("%1 failed: %2").arg(kindText(r.kind), r.error.userMessage());
        break;
    }
    m_result->setText(text);
    m_runFull->setVisible(r.needsFullSync);
    log(text);
}

} // namespace Tidemark
