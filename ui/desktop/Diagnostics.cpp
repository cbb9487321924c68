// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Diagnostics.h"

#include "AppController.h"
#include "MirrorReader.h"
#include "mirror/MirrorStore.h"
#include "sync/SyncTypesUi.h"
#include "util/LogFile.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSysInfo>

namespace Tidemark {

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString capabilitiesText(const ServerCapabilities &caps)
{
    if (!caps.version().isValid())
        return QStringLiteral("unknown (no server version)");
    QStringList parts;
    parts << QStringLiteral("sync stream + acks: %1").arg(yesNo(caps.hasSyncStream()))
          << QStringLiteral("full/delta sync: %1").arg(yesNo(caps.hasFullAndDeltaSync()))
          << QStringLiteral("V2 asset types: %1").arg(yesNo(caps.usesV2AssetTypes()))
          << QStringLiteral("reset flag: %1").arg(yesNo(caps.supportsResetFlag()))
          << QStringLiteral("SyncCompleteV1: %1").arg(yesNo(caps.sendsSyncComplete()))
          << QStringLiteral("backfill: %1").arg(yesNo(caps.sendsBackfill()))
          << QStringLiteral("request types: %1").arg(caps.supportedRequestTypes().size());
    return parts.join(QStringLiteral(", "));
}

qint64 mirrorBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(path + suffix);
        if (info.exists())
            total += info.size();
    }
    return total;
}

} // namespace

void Diagnostics::collect(
    AppController *app, const LogFile *log, std::function<void(const QString &)> done)
{
    if (app->mirrorPath().isEmpty() || !QFileInfo::exists(app->mirrorPath())) {
        done(format(app, log, -1));
        return;
    }
    app->mirrorReader()->run<int>(
        [](MirrorStore *store) { return store ? store->schemaVersion() : -1; },
        [app, log, done](int version) { done(format(app, log, version)); });
}

QString Diagnostics::format(const AppController *app, const LogFile *log, int schemaVersion)
{
    QStringList out;
    out << QStringLiteral("Tidemark %1").arg(QStringLiteral(TIDEMARK_VERSION_STRING))
        << QStringLiteral("Qt: %1 (built with %2)")
               .arg(QString::fromUtf8(qVersion()), QStringLiteral(QT_VERSION_STR))
        << QStringLiteral("OS: %1; kernel %2 %3; %4")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                   QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture())
        << QStringLiteral("Platform: %1; locale %2")
               .arg(QGuiApplication::platformName(), QLocale().name());

    out << QString() << QStringLiteral("[Server]");
    if (app->hasAccount()) {
        const AccountInfo a = app->currentAccount();
        out << QStringLiteral("URL: %1").arg(a.serverUrl)
            << QStringLiteral("Version: %1")
                   .arg(app->serverVersion().isValid() ? app->serverVersion().toString()
                                                       : QStringLiteral("unknown"))
            << QStringLiteral("Capabilities: %1").arg(capabilitiesText(app->capabilities()))
            << QStringLiteral("Connection: %1").arg(AppController::stateText(app->state()))
            << QStringLiteral("Account: %1%2")
                   .arg(a.email, a.demo ? QStringLiteral(" (demo)") : QString())
            << QStringLiteral("Credentials: session %1, API key %2")
                   .arg(app->hasSession() ? QStringLiteral("present") : QStringLiteral("none"),
                       app->hasApiKey() ? QStringLiteral("present") : QStringLiteral("none"));
    } else {
        out << QStringLiteral("No account");
    }

    out << QString() << QStringLiteral("[Mirror]");
    const QString path = app->mirrorPath();
    if (path.isEmpty()) {
        out << QStringLiteral("No mirror");
    } else {
        out << QStringLiteral("Path: %1").arg(path)
            << QStringLiteral("Size: %1 bytes (with -wal/-shm)").arg(mirrorBytes(path))
            << QStringLiteral("Schema version: %1 (this build writes %2)")
                   .arg(schemaVersion < 0 ? QStringLiteral("not open")
                                          : QString::number(schemaVersion))
                   .arg(MirrorStore::latestSchemaVersion());
    }

    out << QString() << QStringLiteral("[Last run]");
    const QList<RunResult> runs = app->recentRuns();
    if (runs.isEmpty()) {
        out << QStringLiteral("None in this session");
    } else {
        const RunResult &r = runs.first();
        out << QStringLiteral("%1, %2, mode %3: %4 events, %5 bytes, %6 ms")
                   .arg(runKindName(r.kind), runOutcomeName(r.outcome), ackModeName(r.mode))
                   .arg(r.events)
                   .arg(r.bytes)
                   .arg(r.elapsedMs);
        if (r.error.isError())
            out << QStringLiteral("Error: %1 (%2; %3)")
                       .arg(r.error.userMessage(), r.error.where, r.error.detail);
    }
    if (!app->lastError().isEmpty())
        out << QStringLiteral("Last error: %1").arg(app->lastError());

    out << QString() << QStringLiteral("[Log]");
    if (!log) {
        out << QStringLiteral("No log file");
    } else {
        out << QStringLiteral("File: %1").arg(log->filePath());
        const QStringList problems = log->recentProblems(kLogLines);
        out << QStringLiteral("Last %1 warnings and errors:").arg(problems.size());
        for (const QString &line : problems)
            out << QStringLiteral("  ") + line;
    }
    return LogRedactor::redact(out.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

} // namespace Tidemark
