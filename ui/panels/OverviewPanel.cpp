// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/OverviewPanel.h"

#include "AppController.h"
#include "desktop/StatusColors.h"
#include "models/RunHistoryModel.h"
#include "panels/FullDeltaPanel.h"
#include "widgets/BarChart.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidemark {

namespace {
QLabel *plain(QWidget *parent, const QString &accessible)
{
    auto *l = new QLabel(QStringLiteral("–"), parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setAccessibleName(accessible);
    return l;
}
} // namespace

OverviewPanel::OverviewPanel(AppController *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("overviewPanel"));

    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(accountBox);
    m_server = plain(accountBox, tr("Server"));
    m_version = plain(accountBox, tr("Server version"));
    m_features = plain(accountBox, tr("Server features"));
    m_user = plain(accountBox, tr("User"));
    m_state = plain(accountBox, tr("Connection"));
    m_lastRun = plain(accountBox, tr("Last run"));
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Supports:"), m_features);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Connection:"), m_state);
    form->addRow(tr("Last run:"), m_lastRun);

    auto *countsBox = new QGroupBox(tr("Mirror and server"), this);
    auto *countsLayout = new QVBoxLayout(countsBox);
    m_counts = new QTableWidget(0, 3, countsBox);
    m_counts->setHorizontalHeaderLabels({tr("What"), tr("In the mirror"), tr("On the server")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setAccessibleName(tr("Counts in the mirror and on the server"));
    m_counts->setAccessibleDescription(
        tr("Rows per mirror table beside the server's own counts of your photos and videos."));
    m_counts->setAlternatingRowColors(true);
    m_counts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_complete = plain(countsBox, tr("Mirror completeness"));
    QFont bold = m_complete->font();
    bold.setBold(true);
    m_complete->setFont(bold);
    m_refresh = new QPushButton(tr("&Refresh"), countsBox);
    m_refresh->setAccessibleName(tr("Refresh the overview"));
    m_refresh->setAccessibleDescription(
        tr("Reads the server's statistics and the mirror's counts again."));
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPanel::refresh);
    auto *completeRow = new QHBoxLayout;
    completeRow->addWidget(m_complete, 1);
    completeRow->addWidget(m_refresh);
    countsLayout->addWidget(m_counts, 1);
    countsLayout->addLayout(completeRow);

    m_months = new BarChart(this);
    m_months->setTitle(tr("Assets in the mirror per month"));
    m_months->setAccessibleName(tr("Chart of assets per month"));
    m_months->setEmptyText(tr("No assets in the mirror yet"));
    m_months->setMinimumHeight(200);
    m_runs = new BarChart(this);
    m_runs->setOrientation(Qt::Horizontal);
    m_runs->setTitle(tr("Events per type in recent runs"));
    m_runs->setAccessibleName(tr("Chart of events per type in recent runs"));
    m_runs->setEmptyText(tr("No runs in this session yet"));

    auto *top = new QHBoxLayout;
    top->addWidget(accountBox, 1);
    top->addWidget(countsBox, 1);
    auto *topWidget = new QWidget(this);
    topWidget->setLayout(top);
    top->setContentsMargins(0, 0, 0, 0);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_months);
    charts->addWidget(m_runs);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(topWidget);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(app, &AppController::accountChanged, this, &OverviewPanel::updateAccount);
    connect(app, &AppController::addressChanged, this, &OverviewPanel::updateAccount);
    connect(app, &AppController::stateChanged, this, &OverviewPanel::updateAccount);
    connect(app, &AppController::capabilitiesChanged, this, &OverviewPanel::updateAccount);
    connect(app, &AppController::capabilitiesChanged, this, &OverviewPanel::updateCounts);
    connect(app, &AppController::overviewChanged, this, &OverviewPanel::updateCounts);
    connect(app, &AppController::recentRunsChanged, this, &OverviewPanel::updateRuns);
    connect(app, &AppController::recentRunsChanged, this, &OverviewPanel::updateAccount);
    connect(app->runHistoryModel(), &QAbstractItemModel::modelReset, this,
        &OverviewPanel::updateAccount);
    connect(app->runHistoryModel(), &QAbstractItemModel::rowsInserted, this,
        &OverviewPanel::updateAccount);
    connect(app->runHistoryModel(), &QAbstractItemModel::dataChanged, this,
        &OverviewPanel::updateAccount);
    updateAccount();
    updateCounts();
    updateRuns();
}

void OverviewPanel::refresh()
{
    m_app->refreshOverview();
}

void OverviewPanel::updateAccount()
{
    const AccountInfo a = m_app->currentAccount();
    const bool has = m_app->hasAccount();
    // The address in use; with several, which of them (a home address or the public one).
    const QString address
        = m_app->currentAddress().isEmpty() ? a.serverUrl : m_app->currentAddress();
    const QStringList all = a.allAddresses();
    QString server = has ? address : tr("Not connected");
    if (has && a.demo)
        server += tr(" (demo server on this computer)");
    else if (has && all.size() > 1)
        server += tr(" (address %1 of %2)").arg(all.indexOf(address) + 1).arg(all.size());
    m_server->setText(server);
    m_server->setToolTip(has && all.size() > 1
            ? tr("Addresses, in the order they are tried:\n%1").arg(all.join(QLatin1Char('\n')))
            : QString());
    const ServerVersion v = m_app->serverVersion();
    m_version->setText(
        v.isValid() ? v.toString() : (a.serverVersion.isEmpty() ? tr("unknown") : a.serverVersion));
    const ServerCapabilities caps = m_app->capabilities();
    if (v.isValid()) {
        QStringList f;
        f << (caps.hasSyncStream() ? tr("sync stream (%n request types)", nullptr,
                  int(caps.supportedRequestTypes().size()))
                                   : tr("no sync stream"));
        f << (caps.hasFullAndDeltaSync() ? tr("full and delta sync") : tr("no full or delta sync"));
        f << (caps.usesV2AssetTypes() ? tr("V2 asset types") : tr("V1 asset types"));
        m_features->setText(f.join(QStringLiteral(" · ")));
    } else {
        m_features->setText(tr("unknown until the server answers"));
    }
    m_user->setText(has ? (a.userName.isEmpty() ? a.email : tr("%1 <%2>").arg(a.userName, a.email))
                        : QStringLiteral("–"));
    QString state = AppController::stateText(m_app->state());
    if (has && !m_app->hasSession() && m_app->hasApiKey())
        state += QLatin1Char(' ') + tr("(API key only: no stream)");
    m_state->setText(state);

    RunHistoryModel *history = m_app->runHistoryModel();
    if (history->rowCount() > 0) {
        const RunHistoryEntry e = history->entryAt(0);
        const QLocale locale;
        QString text = tr("%1, %2 (%3 mode): %4, %Ln event(s)", nullptr, int(e.events))
                           .arg(locale.toString(e.started.toLocalTime(), QLocale::ShortFormat),
                               runWordText(e.kind), runWordText(e.mode), runWordText(e.outcome));
        if (!e.error.isEmpty())
            text += QStringLiteral(" – ") + RunHistoryModel::errorSentence(e.error);
        m_lastRun->setText(text);
    } else {
        m_lastRun->setText(tr("none yet"));
    }
}

void OverviewPanel::updateCounts()
{
    const MirrorOverview o = m_app->mirrorOverview();
    const ServerStatistics s = m_app->serverStatistics();
    const QLocale locale;
    struct Row
    {
        QString what;
        QString mirror;
        QString server;
        QString mirrorTip = {};
    };
    QList<Row> rows;
    auto num = [&](qint64 v) { return locale.toString(v); };
    const QString none = QStringLiteral("–");
    rows.append(
        {tr("My photos"), o.valid ? num(o.ownImages) : none, s.valid ? num(s.images) : none});
    rows.append(
        {tr("My videos"), o.valid ? num(o.ownVideos) : none, s.valid ? num(s.videos) : none});
    rows.append({tr("Partners' photos"), o.valid ? num(o.partnerImages) : none, none});
    rows.append({tr("Partners' videos"), o.valid ? num(o.partnerVideos) : none, none});
    // Each mirror table and the stream types that fill it. A server version that has none of
    // them cannot fill the table: its count says so rather than a 0 that looks like "none".
    using R = SyncRequestType;
    struct Table
    {
        QString name;
        const char *label;
        QList<SyncRequestType> types;
    };
    static const QList<Table> tables = {
        {QStringLiteral("assets"), QT_TR_NOOP("All assets (incl. trash, hidden, albums)"),
            {R::AssetsV1, R::AssetsV2, R::PartnerAssetsV1, R::PartnerAssetsV2, R::AlbumAssetsV1,
                R::AlbumAssetsV2}},
        {QStringLiteral("exif"), QT_TR_NOOP("Exif records"),
            {R::AssetExifsV1, R::PartnerAssetExifsV1, R::AlbumAssetExifsV1}},
        {QStringLiteral("users"), QT_TR_NOOP("Users"), {R::UsersV1, R::AuthUsersV1}},
        {QStringLiteral("partners"), QT_TR_NOOP("Partner shares"), {R::PartnersV1}},
        {QStringLiteral("albums"), QT_TR_NOOP("Albums"), {R::AlbumsV1, R::AlbumsV2}},
        {QStringLiteral("album_assets"), QT_TR_NOOP("Album entries"), {R::AlbumToAssetsV1}},
        {QStringLiteral("stacks"), QT_TR_NOOP("Stacks"), {R::StacksV1, R::PartnerStacksV1}},
        {QStringLiteral("memories"), QT_TR_NOOP("Memories"), {R::MemoriesV1}},
        {QStringLiteral("people"), QT_TR_NOOP("People"), {R::PeopleV1}},
        {QStringLiteral("asset_faces"), QT_TR_NOOP("Faces"), {R::AssetFacesV1, R::AssetFacesV2}},
    };
    const ServerCapabilities caps = m_app->capabilities();
    const bool versionKnown = caps.version().isValid() && caps.hasSyncStream();
    for (const Table &t : tables) {
        if (!o.tables.contains(t.name))
            continue;
        const bool available = !versionKnown
            || std::any_of(t.types.cbegin(), t.types.cend(),
                [&](SyncRequestType type) { return caps.supportsRequestType(type); });
        if (available) {
            rows.append({tr(t.label), num(o.tables.value(t.name)), none});
            continue;
        }
        ServerVersion first(999, 0, 0);
        for (SyncRequestType type : t.types)
            first = std::min(first, ServerCapabilities::firstVersion(type));
        rows.append({tr(t.label), tr("not available on this server version"), none,
            tr("Immich %1 cannot send these; they came with Immich %2.")
                .arg(caps.version().toString(), first.toString())});
    }

    m_counts->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells {rows.at(r).what, rows.at(r).mirror, rows.at(r).server};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 1 && !rows.at(r).mirrorTip.isEmpty())
                item->setToolTip(rows.at(r).mirrorTip);
            item->setTextAlignment(
                c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
            m_counts->setItem(r, c, item);
        }
    }

    StatusColors::Tone tone = StatusColors::Tone::Normal;
    if (!o.valid) {
        m_complete->setText(o.error.isEmpty() ? tr("No mirror yet: run a sync.") : o.error);
    } else if (!s.valid) {
        m_complete->setText(tr("Server statistics unavailable (offline?): compare later."));
    } else if (o.ownImages == s.images && o.ownVideos == s.videos) {
        m_complete->setText(tr("Complete: your photos and videos in the mirror match the server."));
        tone = StatusColors::Tone::Good;
    } else {
        const qint64 missing = (s.images + s.videos) - (o.ownImages + o.ownVideos);
        m_complete->setText(missing > 0
                ? tr("Incomplete: %Ln of your assets are not in the mirror yet. Run a sync.",
                    nullptr, int(missing))
                : tr("The mirror has %Ln more of your assets than the server counts "
                     "(deleted on the server? a sync will catch up).",
                    nullptr, int(-missing)));
        tone = StatusColors::Tone::Caution;
    }
    m_completeTone = int(tone);
    StatusColors::apply(m_complete, palette(), tone);

    // Assets per month; a long history is shown per quarter, a very long one per year, so that
    // every bar stays readable (never folded into one giant "older" bar).
    QStringList months = o.months;
    QList<qint64> op = o.ownPhotos, ov = o.ownVideosPerMonth, pp = o.partnerPhotos,
                  pv = o.partnerVideosPerMonth;
    auto regroup = [&](auto keyOf) {
        QStringList keys;
        QList<qint64> a, b, c, e;
        for (qsizetype i = 0; i < months.size(); ++i) {
            const QString k = keyOf(months.at(i));
            if (keys.isEmpty() || keys.constLast() != k) {
                keys << k;
                a << 0;
                b << 0;
                c << 0;
                e << 0;
            }
            a.last() += op.value(i);
            b.last() += ov.value(i);
            c.last() += pp.value(i);
            e.last() += pv.value(i);
        }
        months = keys;
        op = a;
        ov = b;
        pp = c;
        pv = e;
    };
    if (months.size() > 36)
        regroup([](const QString &m) {
            const int month = QStringView(m).mid(5, 2).toInt();
            return m.left(4) + QStringLiteral("-Q")
                + QString::number((std::max(month, 1) - 1) / 3 + 1);
        });
    if (months.size() > 36)
        regroup([](const QString &m) { return m.left(4); });
    auto toD = [](const QList<qint64> &l) {
        QList<double> d;
        d.reserve(l.size());
        for (qint64 v : l)
            d.append(double(v));
        return d;
    };
    m_months->setData(months,
        {{tr("My photos"), BarChart::seriesColor(0), toD(op)},
            {tr("My videos"), BarChart::seriesColor(1), toD(ov)},
            {tr("Partner photos"), BarChart::seriesColor(2), toD(pp)},
            {tr("Partner videos"), BarChart::seriesColor(3), toD(pv)}});
}

void OverviewPanel::updateRuns()
{
    const QList<RunResult> runs = m_app->recentRuns();
    QHash<QString, double> totals;
    for (const RunResult &r : runs)
        for (auto it = r.perType.cbegin(); it != r.perType.cend(); ++it)
            totals[it.key()] += double(it.value());
    QStringList types = totals.keys();
    std::sort(types.begin(), types.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    if (types.size() > 14)
        types = types.mid(0, 14);
    QList<BarChart::Series> series;
    const int n = int(std::min<qsizetype>(runs.size(), 5));
    const QLocale locale;
    for (int i = n - 1; i >= 0; --i) {
        const RunResult &r = runs.at(i);
        BarChart::Series s;
        s.name = i == 0 ? tr("Last run (%1)").arg(FullDeltaPanel::kindText(r.kind))
                        : tr("Run −%1").arg(i);
        s.color = BarChart::seriesColor(i == 0 ? 0 : 6 - i);
        for (const QString &t : types)
            s.values.append(double(r.perType.value(t)));
        series.append(s);
    }
    m_runs->setData(types, series);
    m_runs->updateGeometry();
}

void OverviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        StatusColors::apply(m_complete, palette(), StatusColors::Tone(m_completeTone));
}

} // namespace Tidemark
