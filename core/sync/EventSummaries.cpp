// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventSummaries.h"

#include <QCoreApplication>

namespace Tidemark {

namespace {

// The words of the summaries are translated for the Stream inspector; the headless commands
// install no translator, so they stay English there.
struct EventSummaries
{
    Q_DECLARE_TR_FUNCTIONS(Tidemark::EventSummaries)
};

QString datePart(const QString &iso)
{
    return iso.isNull() ? QString() : iso.left(10);
}

QString join(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString &p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QStringLiteral(" · ");
        out += p;
    }
    return out;
}

struct Summarizer
{
    QString operator()(const SyncEmpty &) const { return {}; }
    QString operator()(const SyncUserV1 &u) const
    {
        return join(
            {u.name, u.email, u.deletedAt.isNull() ? QString() : EventSummaries::tr("deleted")});
    }
    QString operator()(const SyncAuthUserV1 &u) const
    {
        return join({u.name, u.email, u.isAdmin ? EventSummaries::tr("admin") : QString()});
    }
    QString operator()(const SyncUserDeleteV1 &d) const { return d.userId; }
    QString operator()(const SyncPartnerV1 &p) const
    {
        return join({p.sharedById + QStringLiteral(" → ") + p.sharedWithId,
            p.inTimeline ? EventSummaries::tr("in timeline") : QString()});
    }
    QString operator()(const SyncPartnerDeleteV1 &p) const
    {
        return p.sharedById + QStringLiteral(" → ") + p.sharedWithId;
    }
    QString operator()(const SyncAssetV1 &a) const
    {
        return join({a.originalFileName.isEmpty() ? a.id : a.originalFileName, a.type,
            datePart(a.localDateTime.isNull() ? a.fileCreatedAt : a.localDateTime),
            a.deletedAt.isNull() ? QString() : EventSummaries::tr("trashed"),
            a.visibility == QLatin1StringView("timeline") ? QString() : a.visibility});
    }
    QString operator()(const SyncAssetDeleteV1 &d) const { return d.assetId; }
    QString operator()(const SyncAssetExifV1 &e) const
    {
        return join({e.assetId, join({e.make, e.model}), e.city, datePart(e.dateTimeOriginal)});
    }
    QString operator()(const SyncAlbumV1 &a) const { return join({a.name, a.id}); }
    QString operator()(const SyncAlbumDeleteV1 &d) const { return d.albumId; }
    QString operator()(const SyncAlbumUserV1 &u) const
    {
        return join({u.albumId, u.userId, u.role});
    }
    QString operator()(const SyncAlbumUserDeleteV1 &u) const { return join({u.albumId, u.userId}); }
    QString operator()(const SyncAlbumToAssetV1 &l) const { return join({l.albumId, l.assetId}); }
    QString operator()(const SyncAlbumToAssetDeleteV1 &l) const
    {
        return join({l.albumId, l.assetId});
    }
    QString operator()(const SyncMemoryV1 &m) const
    {
        return join({m.type, datePart(m.memoryAt), m.id});
    }
    QString operator()(const SyncMemoryDeleteV1 &d) const { return d.memoryId; }
    QString operator()(const SyncMemoryAssetV1 &l) const { return join({l.memoryId, l.assetId}); }
    QString operator()(const SyncMemoryAssetDeleteV1 &l) const
    {
        return join({l.memoryId, l.assetId});
    }
    QString operator()(const SyncStackV1 &s) const { return join({s.id, s.primaryAssetId}); }
    QString operator()(const SyncStackDeleteV1 &d) const { return d.stackId; }
    QString operator()(const SyncPersonV1 &p) const { return join({p.name, p.id}); }
    QString operator()(const SyncPersonDeleteV1 &d) const { return d.personId; }
    QString operator()(const SyncAssetFaceV1 &f) const { return join({f.assetId, f.personId}); }
    QString operator()(const SyncAssetFaceDeleteV1 &d) const { return d.assetFaceId; }
    QString operator()(const SyncUserMetadataV1 &m) const { return join({m.userId, m.key}); }
    QString operator()(const SyncUserMetadataDeleteV1 &m) const { return join({m.userId, m.key}); }
    QString operator()(const SyncAssetMetadataV1 &m) const { return join({m.assetId, m.key}); }
    QString operator()(const SyncAssetMetadataDeleteV1 &m) const
    {
        return join({m.assetId, m.key});
    }
    QString operator()(const SyncAssetEditV1 &e) const { return join({e.assetId, e.action}); }
    QString operator()(const SyncAssetEditDeleteV1 &d) const { return d.editId; }
};

} // namespace

QString summarizeEvent(const SyncEvent &event)
{
    if (event.type == SyncEntityType::Unknown)
        return EventSummaries::tr("unknown type (skipped, not acknowledged)");
    if (event.type == SyncEntityType::SyncAckV1)
        return EventSummaries::tr("checkpoint %1").arg(event.ack);
    if (event.type == SyncEntityType::SyncCompleteV1)
        return EventSummaries::tr("end of run");
    if (event.type == SyncEntityType::SyncResetV1)
        return EventSummaries::tr("server asks for a reset");
    return std::visit(Summarizer {}, event.payload);
}

EventSummary makeEventSummary(const SyncEvent &event, bool withRaw)
{
    EventSummary s;
    s.lineNumber = event.lineNumber;
    s.type = event.typeName.isEmpty() ? entityTypeName(event.type) : event.typeName;
    s.ack = event.ack;
    s.summary = summarizeEvent(event);
    if (withRaw)
        s.raw = event.raw;
    return s;
}

} // namespace Tidemark
