// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetFilterSql.h"

namespace Tidemark {

namespace {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void addTri(
    AssetFilterSql &w, const std::optional<bool> &flag, const QString &yes, const QString &no)
{
    if (flag)
        w.terms << (*flag ? yes : no);
}

} // namespace

QString AssetFilterSql::conditions() const
{
    return terms.join(QLatin1StringView(" AND "));
}

QString AssetFilterSql::sql() const
{
    return terms.isEmpty() ? QStringLiteral("1") : conditions();
}

AssetFilterSql assetFilterSql(const AssetFilter &f, const QString &self)
{
    AssetFilterSql w;
    switch (f.owner) {
    case AssetFilter::Owner::Any:
        break;
    case AssetFilter::Owner::Me:
        if (self.isEmpty()) {
            w.terms << QStringLiteral("(a.sources & 1) <> 0");
        } else {
            w.terms << QStringLiteral("a.owner_id = ?");
            w.values << self;
        }
        break;
    case AssetFilter::Owner::Partners:
        w.terms << QStringLiteral("(a.sources & 2) <> 0");
        if (!self.isEmpty()) {
            w.terms << QStringLiteral("a.owner_id <> ?");
            w.values << self;
        }
        break;
    case AssetFilter::Owner::Others:
        w.terms << QStringLiteral("(a.sources & 2) = 0");
        if (self.isEmpty()) {
            w.terms << QStringLiteral("(a.sources & 1) = 0");
        } else {
            w.terms << QStringLiteral("a.owner_id <> ?");
            w.values << self;
        }
        break;
    }
    if (!f.ownerId.isEmpty()) {
        w.terms << QStringLiteral("a.owner_id = ?");
        w.values << f.ownerId;
    }
    if (!f.types.isEmpty()) {
        QStringList marks;
        for (const QString &t : f.types) {
            marks << QStringLiteral("?");
            w.values << t.toUpper();
        }
        w.terms << QStringLiteral("a.type IN (%1)").arg(marks.join(QLatin1StringView(", ")));
    }
    if (f.favorite)
        w.terms << (*f.favorite ? QStringLiteral("a.is_favorite = 1")
                                : QStringLiteral("a.is_favorite = 0"));
    addTri(w, f.archived, QStringLiteral("a.visibility = 'archive'"),
        QStringLiteral("a.visibility IS NOT 'archive'"));
    addTri(w, f.hidden, QStringLiteral("a.visibility = 'hidden'"),
        QStringLiteral("a.visibility IS NOT 'hidden'"));
    addTri(w, f.locked, QStringLiteral("a.visibility = 'locked'"),
        QStringLiteral("a.visibility IS NOT 'locked'"));
    addTri(w, f.trashed, QStringLiteral("a.deleted_at IS NOT NULL"),
        QStringLiteral("a.deleted_at IS NULL"));
    if (!f.albumId.isEmpty()) {
        w.terms << QStringLiteral("a.id IN (SELECT asset_id FROM album_assets WHERE album_id = ?)");
        w.values << f.albumId;
    }
    if (f.from.isValid()) {
        w.terms << QStringLiteral("a.local_date_time >= ?");
        w.values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w.terms << QStringLiteral("a.local_date_time < ?");
        w.values << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (!f.fileNameContains.isEmpty()) {
        w.terms << QStringLiteral("a.original_file_name LIKE ? ESCAPE '\\'");
        w.values << QString(QLatin1Char('%') + escapeLike(f.fileNameContains) + QLatin1Char('%'));
    }
    return w;
}

} // namespace Tidemark
