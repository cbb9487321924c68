// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UiSettings: typed access to the preferences kept in QSettings. Nothing secret goes here
// (tokens and API keys live in SecretStore).

#include "sync/SyncTypesUi.h"

#include <QByteArray>
#include <QString>

namespace Tidemark {

class UiSettings
{
public:
    //! Size cap of the on-disk thumbnail cache, in MiB (16…100000, default 512).
    static int thumbnailCacheMiB();
    static void setThumbnailCacheMiB(int mib);

    static AckMode defaultAckMode();
    static void setDefaultAckMode(AckMode mode);

    //! Inactivity timeout for network requests, in seconds (5…3600, default 60).
    static int requestTimeoutSeconds();
    static void setRequestTimeoutSeconds(int seconds);

    //! UI language code ("" = system). A placeholder until translations ship.
    static QString language();
    static void setLanguage(const QString &code);

    //! Periodic sync while the app runs (off by default) and its interval in minutes
    //! (5…1440, default 60). See desktop/PeriodicSync.h.
    static bool periodicSyncEnabled();
    static void setPeriodicSyncEnabled(bool enabled);
    static int periodicSyncMinutes();
    static void setPeriodicSyncMinutes(int minutes);

    //! A desktop notification when a sync fails (default on).
    static bool notifyOnFailure();
    static void setNotifyOnFailure(bool notify);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static int currentPanel();
    static void setCurrentPanel(int index);
    //! Free-form per-view state ("assets/header", "assets/viewMode"…).
    static QByteArray viewState(const QString &key);
    static void setViewState(const QString &key, const QByteArray &state);
};

} // namespace Tidemark
