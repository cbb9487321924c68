// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailDelegate: paints one asset of the grid: the thumbnail (or its thumbhash placeholder
// while loading), a video badge with the duration, a favourite mark, a trash mark, and the file
// name under it. Painting an item is what requests its thumbnail, so only visible items are
// ever fetched.

#include <QStyledItemDelegate>

namespace Tidemark {

class ThumbnailCache;

class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ThumbnailDelegate(ThumbnailCache *cache, QObject *parent = nullptr);

    void setCellSize(int pixels);
    int cellSize() const { return m_cell; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! "1:05" / "1:02:03" from milliseconds.
    static QString formatDuration(qint64 ms);

private:
    ThumbnailCache *m_cache;
    int m_cell = 160;
};

} // namespace Tidemark
