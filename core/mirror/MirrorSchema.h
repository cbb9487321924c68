#pragma once
// The mirror's schema: ordered migrations keyed by PRAGMA user_version, plus the lists of tables
// the rest of the mirror works on. Internal to core/mirror; tests may read it.
//
// Conventions: ids are TEXT (the server's UUIDs, verbatim); date-times are the server's ISO text
// (UTC "…Z", sortable as text); booleans are INTEGER 0/1; free-form JSON objects are compact JSON
// TEXT. No FOREIGN KEY constraints: the stream's order legitimately references rows that have not
// arrived yet (exif before its asset, stackId/livePhotoVideoId/thumbnailAssetId/faceAssetId
// pointing ahead); the cascades the server never sends are done explicitly by MirrorStore.

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidemark::MirrorSchema {

struct Migration {
    int version;          //!< user_version after this migration
    QString description;
    QStringList statements;
};

//! All migrations, ascending by version, starting at 1.
const QList<Migration> &migrations();
int latestVersion();

//! Tables filled from the server (cleared by wipeServerData()).
const QStringList &serverTables();
//! Tables that belong to this installation (checkpoints, pending acks, runs, settings).
const QStringList &localTables();

//! Secondary indexes of the asset browser: name and CREATE statement. Dropped during a bulk
//! load and re-created afterwards (and on open when missing).
struct IndexDef {
    QString name;
    QString createSql;
};
const QList<IndexDef> &browserIndexes();
//! The unique index on assets(id) (schema 4 on): the key of every asset upsert. A bulk load into
//! an empty table drops it, appends the rows and re-creates it (folding repeated ids) at the end.
const IndexDef &assetKeyIndex();

} // namespace Tidemark::MirrorSchema
