// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/AssetsPanel.h"

#include "AppController.h"
#include "MirrorReader.h"
#include "ThumbnailCache.h"
#include "UiSettings.h"
#include "mirror/MirrorStore.h"
#include "models/AssetTableModel.h"
#include "widgets/ThumbHash.h"
#include "widgets/ThumbnailDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tidemark {

namespace {
QString yesNo(bool v)
{
    return v ? QObject::tr("yes") : QObject::tr("no");
}

QString optNumber(const std::optional<double> &v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QString();
}

QString optInt(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : QString();
}

//! The text with zero-width spaces after '_', '-', '.' and inside long runs: a long file name
//! then wraps in the details pane instead of running past its edge.
QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || run >= 16) {
            out.append(QChar(0x200B));
            run = 0;
        }
    }
    return out;
}

//! The name of a detail field, as plain text, naming its field for assistive technology.
QLabel *keyLabel(const QString &key, QWidget *field)
{
    auto *label = new QLabel(key, field->parentWidget());
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(field);
    return label;
}
} // namespace

AssetsPanel::AssetsPanel(AppController *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("assetsPanel"));
    AssetTableModel *model = app->assetModel();

    // ---- filter bar -----------------------------------------------------------------------------
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search file names"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search by file name"));
    m_search->setAccessibleDescription(
        tr("Shows only assets whose file name contains this text (Ctrl+F)"));
    m_search->setMinimumWidth(180);
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_owner = new QComboBox(this);
    m_owner->addItem(tr("Everyone"), int(AssetFilter::Owner::Any));
    m_owner->addItem(tr("Mine"), int(AssetFilter::Owner::Me));
    m_owner->addItem(tr("Partners"), int(AssetFilter::Owner::Partners));
    m_owner->addItem(tr("Shared albums only"), int(AssetFilter::Owner::Others));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->setAccessibleDescription(
        tr("Everyone's assets, only yours, only your partners' or only those "
           "you see through shared albums"));

    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Photos"), QStringLiteral("IMAGE"));
    m_type->addItem(tr("Videos"), QStringLiteral("VIDEO"));
    m_type->addItem(tr("Audio"), QStringLiteral("AUDIO"));
    m_type->addItem(tr("Other"), QStringLiteral("OTHER"));
    m_type->setAccessibleName(tr("Type filter"));
    m_type->setAccessibleDescription(tr("Photos, videos, audio or other files only"));

    m_album = new QComboBox(this);
    m_album->addItem(tr("All albums"), QString());
    m_album->setAccessibleName(tr("Album filter"));
    m_album->setAccessibleDescription(tr("Only the assets of one album"));
    m_album->setMinimumContentsLength(14);
    m_album->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_sort = new QComboBox(this);
    m_sort->addItem(tr("Date taken"), int(AssetTableModel::DateColumn));
    m_sort->addItem(tr("File name"), int(AssetTableModel::FileNameColumn));
    m_sort->addItem(tr("Type"), int(AssetTableModel::TypeColumn));
    m_sort->addItem(tr("Owner"), int(AssetTableModel::OwnerColumn));
    m_sort->addItem(tr("Size"), int(AssetTableModel::SizeColumn));
    m_sort->addItem(tr("Dimensions"), int(AssetTableModel::DimensionsColumn));
    m_sort->addItem(tr("Favorite"), int(AssetTableModel::FavoriteColumn));
    m_sort->addItem(tr("Visibility"), int(AssetTableModel::VisibilityColumn));
    m_sort->addItem(tr("In trash"), int(AssetTableModel::TrashedColumn));
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setAccessibleDescription(tr("The field the assets are ordered by"));
    m_order = new QToolButton(this);
    m_order->setCheckable(true);
    m_order->setAccessibleName(tr("Sort order"));
    m_order->setAccessibleDescription(tr("Checked: descending, unchecked: ascending"));
    // The model holds the sort; the box, the button and the table's header show it. Every
    // change goes to the model first, then syncSortControls() shows it everywhere.
    connect(m_order, &QToolButton::toggled, this, [this](bool desc) {
        if (m_syncingSort)
            return;
        m_app->assetModel()->setSort(
            m_sort->currentData().toInt(), desc ? Qt::DescendingOrder : Qt::AscendingOrder);
        syncSortControls();
    });

    m_tableButton = new QToolButton(this);
    m_tableButton->setText(tr("&Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setAutoExclusive(true);
    m_tableButton->setAccessibleName(tr("Show as table"));
    m_tableButton->setAccessibleDescription(tr("One asset per row with all its columns"));
    m_gridButton = new QToolButton(this);
    m_gridButton->setText(tr("&Grid"));
    m_gridButton->setCheckable(true);
    m_gridButton->setAutoExclusive(true);
    m_gridButton->setAccessibleName(tr("Show as thumbnail grid"));
    m_gridButton->setAccessibleDescription(tr("Thumbnails with their file names"));

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_search, 2);
    row1->addWidget(m_owner);
    row1->addWidget(m_type);
    row1->addWidget(m_album, 1);
    auto *sortLabel = new QLabel(tr("S&ort:"), this);
    sortLabel->setBuddy(m_sort);
    row1->addWidget(sortLabel);
    row1->addWidget(m_sort);
    row1->addWidget(m_order);
    row1->addSpacing(12);
    row1->addWidget(m_tableButton);
    row1->addWidget(m_gridButton);

    m_favorite = triState(tr("Favorite"), tr("Favorite filter"));
    m_archived = triState(tr("Archived"), tr("Archived filter"));
    m_trashed = triState(tr("Trashed"), tr("Trashed filter"));
    m_hidden = triState(tr("Hidden"), tr("Hidden filter"));
    m_locked = triState(tr("Locked"), tr("Locked filter"));
    auto *timeline = new QToolButton(this);
    timeline->setText(tr("Ti&meline"));
    timeline->setToolTip(
        tr("What the Immich timeline shows: not trashed, archived, hidden or locked"));
    timeline->setAccessibleName(tr("Show the timeline view"));
    timeline->setAccessibleDescription(timeline->toolTip());
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear &filters"));
    clear->setAccessibleName(tr("Clear all filters"));
    clear->setAccessibleDescription(tr("Shows every asset of the mirror again"));
    auto *row2 = new QHBoxLayout;
    for (QComboBox *c : {m_favorite, m_archived, m_trashed, m_hidden, m_locked})
        row2->addWidget(c);
    row2->addWidget(timeline);
    row2->addWidget(clear);
    row2->addStretch(1);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of assets"));
    m_count->setAccessibleDescription(tr("Assets matching the filters"));
    row2->addWidget(m_count);

    // ---- views ----------------------------------------------------------------------------------
    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setAccessibleName(tr("Assets table"));
    m_table->setAccessibleDescription(tr("The mirror's assets; select one to see its details"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Enabling sorting sorts the model by the header's indicator: start from the model's sort.
    m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    // Tab leaves the table for the next control (arrows move between rows and cells).
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows (a million of them).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AssetTableModel::FileNameColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("IMG_20240518_102231_HDR.HEIC")));
    m_table->setColumnWidth(AssetTableModel::DateColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2024-05-18 10:22:31__")));
    const QByteArray header = UiSettings::viewState(QStringLiteral("assets/header"));
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(
            header); // column widths; the sort comes from the model

    m_grid = new QListView(this);
    // The grid holds the model only while it is shown (setViewMode): a QListView lays out all
    // its items again on every insert, hidden or not, and a million rows arriving in steps then
    // stalled the window for up to 80 ms per step (gui_bench).
    m_grid->setAccessibleName(tr("Thumbnail grid"));
    m_grid->setAccessibleDescription(
        tr("Thumbnails of the mirror's assets; select one to see its details"));
    // A grid of uniform cells: IconMode with static movement, uniform item sizes and batched
    // layout. With a million items the layout runs in batches of 2000 between events (measured
    // on the offscreen platform: longest GUI stall 64 ms, all rows laid out in under 4 s) and
    // only painted items touch the model's data or the thumbnail cache.
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(2000);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSpacing(0);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->verticalScrollBar()->setSingleStep(40);
    m_delegate = new ThumbnailDelegate(app->thumbnailCache(), m_grid);
    m_grid->setItemDelegate(m_delegate);
    // Cells are at least this big; fitGridToWidth() shares the viewport's width among whole
    // columns so that the grid ends at the right edge (items are centred in their cells).
    m_cellSize = m_delegate->sizeHint(QStyleOptionViewItem(), QModelIndex()) + QSize(4, 4);
    m_grid->setGridSize(m_cellSize);
    m_grid->viewport()->installEventFilter(this);
    connect(app->thumbnailCache(), &ThumbnailCache::thumbnailReady, m_grid->viewport(),
        qOverload<>(&QWidget::update));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_grid);

    // ---- details --------------------------------------------------------------------------------
    auto *details = new QScrollArea(this);
    m_details = details;
    details->setWidgetResizable(true);
    details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    details->setAccessibleName(tr("Asset details"));
    details->setAccessibleDescription(tr("Fields and exif of the selected asset"));
    details->setMinimumWidth(260);
    m_detailBody = new QWidget(details);
    auto *dlayout = new QVBoxLayout(m_detailBody);
    m_preview = new QLabel(m_detailBody);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(200);
    // As wide as the pane, whatever the picture (scaled to fit in updatePreview()).
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->installEventFilter(this);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("Thumbnail of the selected asset"));
    m_detailTitle = new QLabel(m_detailBody);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    // Its width is the pane's, never the longest word's (a wider body is cut at the right).
    m_detailTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailTitle->setAccessibleDescription(tr("File name of the selected asset"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailForm = new QFormLayout;
    m_detailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    dlayout->addWidget(m_preview);
    dlayout->addWidget(m_detailTitle);
    dlayout->addLayout(m_detailForm);
    dlayout->addStretch(1);
    details->setWidget(m_detailBody);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(split, 1);

    // ---- wiring ---------------------------------------------------------------------------------
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &AssetsPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AssetsPanel::applyFilter);
    for (QComboBox *c :
        {m_owner, m_type, m_album, m_favorite, m_archived, m_trashed, m_hidden, m_locked})
        connect(c, &QComboBox::activated, this, &AssetsPanel::applyFilter);
    connect(m_sort, &QComboBox::activated, this, [this] {
        m_app->assetModel()->setSort(m_sort->currentData().toInt(),
            m_order->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
        syncSortControls();
    });
    // A header click: QTableView has already sorted the model (sorting is enabled).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int section, Qt::SortOrder order) {
            if (m_syncingSort)
                return;
            if (section == AssetTableModel::AlbumsColumn) // sorted by date in the model
                m_app->assetModel()->setSort(AssetTableModel::DateColumn, order);
            else if (m_app->assetModel()->sortColumn() != section
                || m_app->assetModel()->sortOrder() != order)
                m_app->assetModel()->setSort(section, order);
            syncSortControls();
        });
    connect(timeline, &QToolButton::clicked, this, [this] {
        m_favorite->setCurrentIndex(0);
        m_archived->setCurrentIndex(2);
        m_trashed->setCurrentIndex(2);
        m_hidden->setCurrentIndex(2);
        m_locked->setCurrentIndex(2);
        applyFilter();
    });
    connect(clear, &QToolButton::clicked, this, &AssetsPanel::clearFilters);
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Table); });
    connect(m_gridButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Grid); });
    connect(model, &AssetTableModel::countChanged, this, &AssetsPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_app->thumbnailCache()->cancelPending();
        updateCount();
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetsPanel::showDetails, Qt::UniqueConnection);
        if (m_grid->model() == m_app->assetModel())
            connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &AssetsPanel::showDetails, Qt::UniqueConnection);
    });
    connect(model, &AssetTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Cannot read the mirror: %1").arg(message));
    });
    // A page that arrives for the selected row fills in the details.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_detailId.isEmpty()) {
            QAbstractItemView *v
                = viewMode() == ViewMode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_table;
            if (v->currentIndex().isValid())
                showDetails(v->currentIndex());
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AssetsPanel::showDetails);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        UiSettings::setViewState(
            QStringLiteral("assets/header"), m_table->horizontalHeader()->saveState());
    });
    connect(app, &AppController::accountChanged, this, [this] {
        refreshAlbums();
        clearDetails(tr("Select an asset to see its details."));
    });
    connect(app, &AppController::overviewChanged, this, &AssetsPanel::refreshAlbums);
    connect(
        app->thumbnailCache(), &ThumbnailCache::thumbnailReady, this, [this](const QString &id) {
            if (id == m_detailId) {
                bool placeholder = true;
                setPreview(m_app->thumbnailCache()->pixmap(id, m_detailThumbhash, &placeholder));
            }
        });

    const bool grid = UiSettings::viewState(QStringLiteral("assets/viewMode")) == "grid";
    setViewMode(grid ? ViewMode::Grid : ViewMode::Table);
    syncSortControls();
    clearDetails(tr("Select an asset to see its details."));
    updateCount();
}

AssetsPanel::~AssetsPanel() = default;

bool AssetsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        fitGridToWidth();
    if (watched == m_preview && event->type() == QEvent::Resize)
        updatePreview();
    return QWidget::eventFilter(watched, event);
}

void AssetsPanel::fitGridToWidth()
{
    const int width = m_grid->viewport()->width();
    if (width <= 0 || m_cellSize.isEmpty())
        return;
    const int columns = std::max(1, width / m_cellSize.width());
    const QSize cell(std::max(m_cellSize.width(), width / columns), m_cellSize.height());
    if (cell != m_grid->gridSize())
        m_grid->setGridSize(cell); // relayout (batched), same as any resize in Adjust mode
}

void AssetsPanel::syncSortControls()
{
    const AssetTableModel *model = m_app->assetModel();
    const int column = model->sortColumn() == AssetTableModel::AlbumsColumn
        ? int(AssetTableModel::DateColumn)
        : model->sortColumn();
    const bool desc = model->sortOrder() == Qt::DescendingOrder;
    m_syncingSort = true;
    const int index = m_sort->findData(column);
    if (index >= 0)
        m_sort->setCurrentIndex(index);
    m_order->setChecked(desc);
    m_order->setText(desc ? tr("Descending") : tr("Ascending"));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() != column
        || header->sortIndicatorOrder() != model->sortOrder())
        header->setSortIndicator(
            column, model->sortOrder()); // the view re-sorts: a no-op in the model
    m_syncingSort = false;
}

QComboBox *AssetsPanel::triState(const QString &name, const QString &accessible)
{
    auto *c = new QComboBox(this);
    c->addItem(tr("%1: any").arg(name));
    c->addItem(tr("%1: yes").arg(name));
    c->addItem(tr("%1: no").arg(name));
    c->setAccessibleName(accessible);
    c->setAccessibleDescription(tr("Any, only %1 assets or only the others").arg(name.toLower()));
    return c;
}

AssetFilter AssetsPanel::currentFilter() const
{
    AssetFilter f;
    f.owner = AssetFilter::Owner(m_owner->currentData().toInt());
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        f.types = QStringList {type};
    auto tri = [](QComboBox *c) -> std::optional<bool> {
        switch (c->currentIndex()) {
        case 1:
            return true;
        case 2:
            return false;
        default:
            return std::nullopt;
        }
    };
    f.favorite = tri(m_favorite);
    f.archived = tri(m_archived);
    f.trashed = tri(m_trashed);
    f.hidden = tri(m_hidden);
    f.locked = tri(m_locked);
    f.albumId = m_album->currentData().toString();
    f.fileNameContains = m_search->text().trimmed();
    return f;
}

void AssetsPanel::applyFilter()
{
    m_searchDelay->stop();
    m_app->assetModel()->setFilter(currentFilter());
}

void AssetsPanel::clearFilters()
{
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    for (QComboBox *c :
        {m_owner, m_type, m_album, m_favorite, m_archived, m_trashed, m_hidden, m_locked})
        c->setCurrentIndex(0);
    applyFilter();
}

AssetsPanel::ViewMode AssetsPanel::viewMode() const
{
    return m_stack->currentWidget() == m_grid ? ViewMode::Grid : ViewMode::Table;
}

void AssetsPanel::setViewMode(ViewMode mode)
{
    AssetTableModel *model = m_app->assetModel();
    if (mode == ViewMode::Grid && m_grid->model() != model) {
        m_grid->setModel(model);
        m_grid->setModelColumn(AssetTableModel::FileNameColumn);
        connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssetsPanel::showDetails, Qt::UniqueConnection);
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_grid->setCurrentIndex(current.siblingAtColumn(AssetTableModel::FileNameColumn));
    } else if (mode == ViewMode::Table && m_grid->model() == model) {
        const QModelIndex current = m_grid->currentIndex();
        if (current.isValid() && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(current);
        m_grid->setModel(nullptr);
    }
    m_stack->setCurrentWidget(mode == ViewMode::Grid ? static_cast<QWidget *>(m_grid) : m_table);
    if (mode == ViewMode::Grid)
        m_grid->doItemsLayout(); // wrap to the width it has now, not the width it had hidden
    (mode == ViewMode::Grid ? m_gridButton : m_tableButton)->setChecked(true);
    // One Tab stop for the pair, on the checked button, as Qt does when they are clicked;
    // the arrow keys move between them.
    m_gridButton->setFocusPolicy(mode == ViewMode::Grid ? Qt::TabFocus : Qt::NoFocus);
    m_tableButton->setFocusPolicy(mode == ViewMode::Grid ? Qt::NoFocus : Qt::TabFocus);
    UiSettings::setViewState(
        QStringLiteral("assets/viewMode"), mode == ViewMode::Grid ? "grid" : "table");
}

void AssetsPanel::updateCount()
{
    AssetTableModel *model = m_app->assetModel();
    const QLocale locale;
    if (model->mirrorPath().isEmpty())
        m_count->setText(tr("No mirror yet: connect and sync first."));
    else
        m_count->setText(
            tr("%n asset(s)", nullptr, int(std::min<qint64>(model->totalCount(), INT_MAX)))
                .replace(
                    QString::number(model->totalCount()), locale.toString(model->totalCount())));
}

void AssetsPanel::refreshAlbums()
{
    using Albums = QList<QPair<QString, QString>>;
    m_app->mirrorReader()->run<Albums>(
        [](MirrorStore *store) -> Albums { return store ? store->albumNames().value : Albums(); },
        [this](const Albums &albums) {
            const QString current = m_album->currentData().toString();
            m_album->clear();
            m_album->addItem(tr("All albums"), QString());
            for (const auto &[id, name] : albums)
                m_album->addItem(name.isEmpty() ? tr("(untitled album)") : name, id);
            m_album->setCurrentIndex(std::max(0, m_album->findData(current)));
        });
}

void AssetsPanel::clearDetails(const QString &message)
{
    m_detailId.clear();
    m_previewSource = QPixmap();
    m_preview->clear();
    m_detailTitle->setText(breakable(message));
    m_detailTitle->setAccessibleName(message);
    while (m_detailForm->rowCount() > 0)
        m_detailForm->removeRow(0);
}

void AssetsPanel::setDetail(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    // Ids, checksums and times are one long token: break opportunities let them wrap in the
    // pane's width instead of running past its edge.
    auto *label = new QLabel(breakable(value), m_detailBody);
    label->setTextFormat(Qt::PlainText); // everything from the server is plain text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(key);
    label->setAccessibleDescription(tr("Value of the selected asset"));
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailForm->addRow(keyLabel(key, label), label);
}

void AssetsPanel::setPreview(const QPixmap &pixmap)
{
    if (pixmap.isNull())
        return;
    m_previewSource = pixmap;
    updatePreview();
}

void AssetsPanel::updatePreview()
{
    if (m_previewSource.isNull())
        return;
    const QSize box(std::min(240, m_preview->contentsRect().width()), 240);
    if (box.width() <= 0)
        return;
    const QSize target = m_previewSource.size().scaled(box, Qt::KeepAspectRatio);
    if (m_preview->pixmap().size() != target || m_previewScaledFrom != m_previewSource.cacheKey()) {
        m_previewScaledFrom = m_previewSource.cacheKey();
        m_preview->setPixmap(
            m_previewSource.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
}

QWidget *AssetsPanel::detailField(const QString &key) const
{
    for (int row = 0; row < m_detailForm->rowCount(); ++row) {
        QLayoutItem *label = m_detailForm->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *field = m_detailForm->itemAt(row, QFormLayout::FieldRole);
        const auto *text = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
        if (text && field && text->text() == key)
            return field->widget();
    }
    return nullptr;
}

void AssetsPanel::showDetails(const QModelIndex &index)
{
    if (!index.isValid()) {
        clearDetails(tr("Select an asset to see its details."));
        return;
    }
    const QString id = index.data(AssetTableModel::IdRole).toString();
    if (id.isEmpty()) {
        clearDetails(tr("Loading…"));
        return;
    }
    if (id == m_detailId)
        return;
    clearDetails(index.data(AssetTableModel::FileNameRole).toString());
    m_detailId = id;
    m_detailThumbhash = index.data(AssetTableModel::ThumbhashRole).toString();
    bool placeholder = true;
    setPreview(m_app->thumbnailCache()->pixmap(id, m_detailThumbhash, &placeholder));
    const QString owner = index.data(AssetTableModel::OwnerNameRole).toString();

    using Result = MirrorResult<std::optional<AssetDetails>>;
    m_app->mirrorReader()->run<Result>(
        [id](MirrorStore *store) -> Result {
            if (!store)
                return Result(Error::make(
                    Error::Kind::Storage, QStringLiteral("mirror"), QStringLiteral("no mirror")));
            return store->assetDetails(id);
        },
        [this, id, owner](const Result &r) {
            if (id != m_detailId)
                return;
            if (!r.ok() || !r.value) {
                setDetail(tr("Id"), id);
                return;
            }
            const AssetDetails &d = *r.value;
            const SyncAssetV1 &a = d.asset;
            const QLocale locale;
            setDetail(tr("Type"), a.type);
            setDetail(tr("Taken"), a.localDateTime);
            setDetail(tr("File created"), a.fileCreatedAt);
            setDetail(tr("File modified"), a.fileModifiedAt);
            setDetail(tr("Owner"), owner.isEmpty() ? a.ownerId : owner);
            if (a.width && a.height)
                setDetail(tr("Dimensions"), tr("%1 × %2").arg(*a.width).arg(*a.height));
            if (a.durationMs)
                setDetail(tr("Duration"), ThumbnailDelegate::formatDuration(*a.durationMs));
            else if (a.type == QLatin1StringView("VIDEO"))
                setDetail(tr("Duration"), a.duration);
            setDetail(tr("Favorite"),
                (d.unknownFields & AssetFavoriteUnknown)
                    ? tr("unknown (a full sync does not say; a stream sync will)")
                    : yesNo(a.isFavorite));
            setDetail(tr("Visibility"), a.visibility);
            setDetail(tr("In trash"),
                a.deletedAt.isNull()                            ? tr("no")
                    : (d.unknownFields & AssetDeletedAtUnknown) ? tr("yes, since an unknown time")
                                                                : tr("since %1").arg(a.deletedAt));
            setDetail(tr("Edited"), a.isEdited ? tr("yes") : QString());
            setDetail(
                tr("Offline"), d.isOffline ? tr("yes (file missing on the server)") : QString());
            setDetail(tr("Albums"),
                d.albumIds.isEmpty() ? tr("none") : locale.toString(d.albumIds.size()));
            setDetail(tr("Faces"), d.faceCount ? locale.toString(d.faceCount) : QString());
            setDetail(tr("Stack"), a.stackId);
            setDetail(tr("Live photo video"), a.livePhotoVideoId);
            setDetail(tr("Checksum"), a.checksum);
            setDetail(tr("Id"), a.id);
            setDetail(tr("Updated"), d.updatedAt);
            if (d.exif) {
                const SyncAssetExifV1 &e = *d.exif;
                QString camera = (e.make + QLatin1Char(' ') + e.model).trimmed();
                setDetail(tr("Camera"), camera);
                setDetail(tr("Lens"), e.lensModel);
                if (e.fNumber)
                    setDetail(tr("Aperture"), QStringLiteral("ƒ/") + optNumber(e.fNumber));
                setDetail(tr("Exposure"),
                    e.exposureTime.isEmpty() ? QString() : e.exposureTime + QStringLiteral(" s"));
                setDetail(tr("ISO"), optInt(e.iso));
                if (e.focalLength)
                    setDetail(tr("Focal length"), optNumber(e.focalLength) + QStringLiteral(" mm"));
                if (e.fileSizeInByte)
                    setDetail(tr("File size"), locale.formattedDataSize(*e.fileSizeInByte));
                if (e.exifImageWidth && e.exifImageHeight)
                    setDetail(tr("Exif dimensions"),
                        tr("%1 × %2").arg(*e.exifImageWidth).arg(*e.exifImageHeight));
                setDetail(tr("Taken (exif)"), e.dateTimeOriginal);
                setDetail(tr("Time zone"), e.timeZone);
                QStringList place;
                for (const QString &p : {e.city, e.state, e.country})
                    if (!p.isEmpty())
                        place << p;
                setDetail(tr("Place"), place.join(QStringLiteral(", ")));
                if (e.latitude && e.longitude)
                    setDetail(tr("Coordinates"),
                        QStringLiteral("%1, %2")
                            .arg(*e.latitude, 0, 'f', 5)
                            .arg(*e.longitude, 0, 'f', 5));
                setDetail(tr("Description"), e.description);
                setDetail(tr("Orientation"), e.orientation);
                setDetail(tr("Rating"), optInt(e.rating));
                setDetail(tr("Projection"), e.projectionType);
            } else {
                setDetail(tr("Exif"), tr("none in the mirror (sync AssetExifsV1 to get it)"));
            }
        });
}

} // namespace Tidemark
