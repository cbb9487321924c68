// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTypesUi.h"

#include <QCoreApplication>

namespace Tidemark {

namespace {
struct RunWords
{
    Q_DECLARE_TR_FUNCTIONS(Tidemark::RunWords)
};
} // namespace

QString ackModeName(AckMode mode)
{
    switch (mode) {
    case AckMode::Automatic:
        return QStringLiteral("automatic");
    case AckMode::Manual:
        return QStringLiteral("manual");
    case AckMode::DryRun:
        return QStringLiteral("dry-run");
    }
    return QStringLiteral("automatic");
}

AckMode ackModeFromName(const QString &name, AckMode fallback)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1StringView("automatic") || n == QLatin1StringView("auto"))
        return AckMode::Automatic;
    if (n == QLatin1StringView("manual"))
        return AckMode::Manual;
    if (n == QLatin1StringView("dry-run") || n == QLatin1StringView("dryrun")
        || n == QLatin1StringView("dry_run"))
        return AckMode::DryRun;
    return fallback;
}

QString runKindName(RunKind kind)
{
    switch (kind) {
    case RunKind::Stream:
        return QStringLiteral("stream");
    case RunKind::FullSync:
        return QStringLiteral("full-sync");
    case RunKind::DeltaSync:
        return QStringLiteral("delta-sync");
    case RunKind::Reconcile:
        return QStringLiteral("reconcile");
    }
    return QStringLiteral("stream");
}

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running:
        return QStringLiteral("running");
    case RunOutcome::Complete:
        return QStringLiteral("complete");
    case RunOutcome::Interrupted:
        return QStringLiteral("interrupted");
    case RunOutcome::ResetByServer:
        return QStringLiteral("reset-by-server");
    case RunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    case RunOutcome::FullSyncNeeded:
        return QStringLiteral("full-sync-needed");
    }
    return QStringLiteral("running");
}

QString unknownTypesNotice(const QStringList &typeNames)
{
    return RunWords::tr("The server sent entity types this Tidemark does not know (%1); they were "
                        "skipped and not acknowledged. A newer Tidemark will understand them.")
        .arg(typeNames.join(QStringLiteral(", ")));
}

QString runOutcomeName(const RunResult &result)
{
    return result.needsFullSync ? QStringLiteral("full-sync-needed")
                                : runOutcomeName(result.outcome);
}

QString runWordText(const QString &name)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("automatic"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "automatic")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "manual")},
        {QStringLiteral("dry-run"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "dry run")},
        {QStringLiteral("stream"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "stream")},
        {QStringLiteral("full-sync"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "full sync")},
        {QStringLiteral("delta-sync"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "delta sync")},
        {QStringLiteral("reconcile"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "reconcile")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "running")},
        {QStringLiteral("complete"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "complete")},
        {QStringLiteral("interrupted"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "interrupted")},
        {QStringLiteral("reset-by-server"),
            QT_TRANSLATE_NOOP("Tidemark::RunWords", "reset by the server")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "cancelled")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("Tidemark::RunWords", "failed")},
        {QStringLiteral("full-sync-needed"),
            QT_TRANSLATE_NOOP("Tidemark::RunWords", "full sync needed")},
    };
    const auto it = words.constFind(name);
    return it == words.cend() ? name : RunWords::tr(it.value());
}

} // namespace Tidemark
