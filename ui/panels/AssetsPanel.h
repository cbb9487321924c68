// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AssetsPanel: the mirror's assets as a table and as a thumbnail grid (the same windowed model),
// with search by file name, filters, sort, and a details pane with the asset's fields and exif.
// Smooth at a million rows: the model pages in SQL on its reader thread, the views use fixed row
// heights / uniform item sizes, and thumbnails are fetched only for the items being painted.

#include "mirror/MirrorTypes.h"

#include <QPixmap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Tidemark {

class AppController;
class ThumbnailDelegate;

class AssetsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { Table, Grid };

    explicit AssetsPanel(AppController *app, QWidget *parent = nullptr);
    ~AssetsPanel() override;

    //! The filter the controls describe.
    AssetFilter currentFilter() const;
    ViewMode viewMode() const;
    void setViewMode(ViewMode mode);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *albumBox() const { return m_album; }
    QComboBox *favoriteBox() const { return m_favorite; }
    QComboBox *trashedBox() const { return m_trashed; }
    QComboBox *sortBox() const { return m_sort; }
    QToolButton *orderButton() const { return m_order; }
    QTableView *tableView() const { return m_table; }
    QListView *gridView() const { return m_grid; }
    QLabel *countLabel() const { return m_count; }
    QLabel *detailsTitle() const { return m_detailTitle; }
    QLabel *previewLabel() const { return m_preview; }
    //! The scroll area of the details pane (preview, title, fields).
    QWidget *detailsPane() const { return m_details; }
    //! The widget showing a detail field (by its label, e.g. tr("Owner")), or null.
    QWidget *detailField(const QString &key) const;
    //! The asset whose details are shown (empty when none).
    QString detailAssetId() const { return m_detailId; }

public Q_SLOTS:
    //! Applies the controls' filter to the model now (the search field applies it after a pause).
    void applyFilter();
    void clearFilters();
    void refreshAlbums();
    void showDetails(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *triState(const QString &name, const QString &accessible);
    //! Shows the model's sort in the "Sort:" box, the order button and the table header.
    void syncSortControls();
    //! Widens the grid's cells so that whole columns fill the viewport (no empty strip).
    void fitGridToWidth();
    void updateCount();
    void setDetail(const QString &key, const QString &value);
    void setPreview(const QPixmap &pixmap);
    //! Scales the preview's source to the pane's width (at most 240 × 240).
    void updatePreview();
    void clearDetails(const QString &message);

    AppController *m_app;
    QLineEdit *m_search = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_album = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_order = nullptr;
    QComboBox *m_favorite = nullptr;
    QComboBox *m_archived = nullptr;
    QComboBox *m_trashed = nullptr;
    QComboBox *m_hidden = nullptr;
    QComboBox *m_locked = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_gridButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_grid = nullptr;
    ThumbnailDelegate *m_delegate = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_detailTitle = nullptr;
    QFormLayout *m_detailForm = nullptr;
    QWidget *m_detailBody = nullptr;
    QWidget *m_details = nullptr;
    QPixmap m_previewSource;
    qint64 m_previewScaledFrom = 0;
    QTimer *m_searchDelay = nullptr;
    QSize m_cellSize; //!< the delegate's cell plus margins: the narrowest grid cell
    bool m_syncingSort = false;
    QString m_detailId;
    QString m_detailThumbhash;
};

} // namespace Tidemark
