// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThumbnailDelegate.h"

#include "ThumbnailCache.h"
#include "models/AssetTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Tidemark {

ThumbnailDelegate::ThumbnailDelegate(ThumbnailCache *cache, QObject *parent)
    : QStyledItemDelegate(parent), m_cache(cache)
{ }

void ThumbnailDelegate::setCellSize(int pixels)
{
    m_cell = pixels;
}

QString ThumbnailDelegate::formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {m_cell, m_cell + option.fontMetrics.height() + 6};
}

void ThumbnailDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const int textH = option.fontMetrics.height() + 2;
    const QRect imageRect(cell.left(), cell.top(), cell.width(), cell.height() - textH);

    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight));

    const bool loaded = index.data(AssetTableModel::IsLoadedRole).toBool();
    painter->fillRect(imageRect, pal.color(QPalette::AlternateBase));
    if (loaded) {
        const QString id = index.data(AssetTableModel::IdRole).toString();
        const QString hash = index.data(AssetTableModel::ThumbhashRole).toString();
        bool placeholder = true;
        QPixmap pm = m_cache ? m_cache->pixmap(id, hash, &placeholder) : QPixmap();
        if (!pm.isNull()) {
            // Cover the square (crop) so that the grid reads as a grid.
            const QSize scaled = pm.size().scaled(imageRect.size(), Qt::KeepAspectRatioByExpanding);
            QRect target(QPoint(0, 0), scaled);
            target.moveCenter(imageRect.center());
            painter->setClipRect(imageRect);
            painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter->drawPixmap(target, pm);
            painter->setClipping(false);
        } else if (m_cache && m_cache->hasFailed(id)) {
            painter->setPen(pal.color(QPalette::PlaceholderText));
            painter->drawText(imageRect, Qt::AlignCenter | Qt::TextWordWrap, tr("No thumbnail"));
        }

        painter->setRenderHint(QPainter::Antialiasing, true);
        const QFontMetrics fm = option.fontMetrics;
        auto badge = [&](const QString &text, Qt::Alignment corner, const QColor &bg) {
            const int w = fm.horizontalAdvance(text) + 8;
            const int h = fm.height() + 2;
            QRect r(0, 0, w, h);
            if (corner & Qt::AlignRight)
                r.moveRight(imageRect.right() - 3);
            else
                r.moveLeft(imageRect.left() + 3);
            if (corner & Qt::AlignBottom)
                r.moveBottom(imageRect.bottom() - 3);
            else
                r.moveTop(imageRect.top() + 3);
            QPainterPath path;
            path.addRoundedRect(r, 4, 4);
            painter->fillPath(path, bg);
            painter->setPen(Qt::white);
            painter->drawText(r, Qt::AlignCenter, text);
        };
        const QString type = index.data(AssetTableModel::TypeRole).toString();
        if (type == QLatin1StringView("VIDEO")) {
            const QVariant dur = index.data(AssetTableModel::DurationRole);
            badge(dur.isValid() ? QStringLiteral("▶ ") + formatDuration(dur.toLongLong())
                                : QStringLiteral("▶"),
                Qt::AlignRight | Qt::AlignBottom, QColor(0, 0, 0, 170));
        }
        if (index.data(AssetTableModel::IsFavoriteRole).toBool())
            badge(QStringLiteral("♥"), Qt::AlignLeft | Qt::AlignBottom, QColor(200, 40, 70, 200));
        if (index.data(AssetTableModel::IsTrashedRole).toBool())
            badge(tr("trash"), Qt::AlignLeft | Qt::AlignTop, QColor(120, 30, 30, 210));
        else if (index.data(AssetTableModel::IsPartnerRole).toBool())
            badge(tr("partner"), Qt::AlignLeft | Qt::AlignTop, QColor(30, 90, 150, 200));
        const QString vis = index.data(AssetTableModel::VisibilityRole).toString();
        if (!vis.isEmpty() && vis != QLatin1StringView("timeline"))
            badge(vis, Qt::AlignRight | Qt::AlignTop, QColor(60, 60, 60, 190));

        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect(cell.left(), imageRect.bottom() + 2, cell.width(), textH);
        painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter,
            fm.elidedText(index.data(AssetTableModel::FileNameRole).toString(), Qt::ElideMiddle,
                cell.width()));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace Tidemark
