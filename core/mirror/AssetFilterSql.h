// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one translation of an AssetFilter into SQL. MirrorStore's asset queries and the asset
// table's page loader (models/AssetPageLoader, its own connection on its own thread) both read
// the assets table through it, so a filter means the same rows in the CLI, the overview and the
// assets view. Kept apart from MirrorStore because the loader has no store, only a connection.

#include "MirrorTypes.h"

#include <QStringList>
#include <QVariantList>

namespace Tidemark {

//! WHERE conditions over `assets a` and their positional values, in bind order.
struct AssetFilterSql
{
    QStringList terms;
    QVariantList values;
    //! The conditions joined with AND; empty when the filter matches every row.
    QString conditions() const;
    //! conditions(), or "1" when there are none (for a literal "WHERE %1").
    QString sql() const;
};

//! `selfUserId` is the account's user id; empty when unknown (then the "own" source bit decides
//! what is mine). Asset types are compared upper-cased (the stream sends IMAGE/VIDEO/...); a
//! missing visibility counts as "not archived, not hidden, not locked".
AssetFilterSql assetFilterSql(const AssetFilter &filter, const QString &selfUserId);

} // namespace Tidemark
