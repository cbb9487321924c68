// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSettings.h"

#include <QSettings>

#include <algorithm>

namespace Tidemark {

namespace {
const QString kCache = QStringLiteral("ui/thumbnailCacheMiB");
const QString kAckMode = QStringLiteral("sync/defaultAckMode");
const QString kTimeout = QStringLiteral("network/requestTimeoutSeconds");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPeriodic = QStringLiteral("sync/periodic");
const QString kPeriodicMinutes = QStringLiteral("sync/periodicMinutes");
const QString kNotify = QStringLiteral("desktop/notifyOnFailure");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPanel = QStringLiteral("window/currentPanel");
} // namespace

int UiSettings::thumbnailCacheMiB()
{
    return std::clamp(QSettings().value(kCache, 512).toInt(), 16, 100000);
}
void UiSettings::setThumbnailCacheMiB(int mib)
{
    QSettings().setValue(kCache, std::clamp(mib, 16, 100000));
}

AckMode UiSettings::defaultAckMode()
{
    return ackModeFromName(QSettings().value(kAckMode).toString(), AckMode::Automatic);
}
void UiSettings::setDefaultAckMode(AckMode mode)
{
    QSettings().setValue(kAckMode, ackModeName(mode));
}

int UiSettings::requestTimeoutSeconds()
{
    return std::clamp(QSettings().value(kTimeout, 60).toInt(), 5, 3600);
}
void UiSettings::setRequestTimeoutSeconds(int seconds)
{
    QSettings().setValue(kTimeout, std::clamp(seconds, 5, 3600));
}

QString UiSettings::language()
{
    return QSettings().value(kLanguage).toString();
}
void UiSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

bool UiSettings::periodicSyncEnabled()
{
    return QSettings().value(kPeriodic, false).toBool();
}
void UiSettings::setPeriodicSyncEnabled(bool enabled)
{
    QSettings().setValue(kPeriodic, enabled);
}
int UiSettings::periodicSyncMinutes()
{
    return std::clamp(QSettings().value(kPeriodicMinutes, 60).toInt(), 5, 1440);
}
void UiSettings::setPeriodicSyncMinutes(int minutes)
{
    QSettings().setValue(kPeriodicMinutes, std::clamp(minutes, 5, 1440));
}

bool UiSettings::notifyOnFailure()
{
    return QSettings().value(kNotify, true).toBool();
}
void UiSettings::setNotifyOnFailure(bool notify)
{
    QSettings().setValue(kNotify, notify);
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}
void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}
QByteArray UiSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}
void UiSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}
int UiSettings::currentPanel()
{
    return QSettings().value(kPanel, 0).toInt();
}
void UiSettings::setCurrentPanel(int index)
{
    QSettings().setValue(kPanel, index);
}
QByteArray UiSettings::viewState(const QString &key)
{
    return QSettings().value(QStringLiteral("views/") + key).toByteArray();
}
void UiSettings::setViewState(const QString &key, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("views/") + key, state);
}

} // namespace Tidemark
