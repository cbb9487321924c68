// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up of the UI tests: a private settings file, test-mode standard paths, the mirror
// folder in a temporary directory, no OS keychain, and the English catalogue (plural forms). Call
// Tidemark::Test::setUpUiEnvironment() from initTestCase() before any AppController exists.

#include "TestSupport.h"
#include "i18n/Translations.h"
#include "mirror/MirrorLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace Tidemark::Test {

inline QTemporaryDir &uiTempDir()
{
    static QTemporaryDir dir;
    return dir;
}

inline void setUpUiEnvironment()
{
    qputenv("TIDEMARK_NO_KEYCHAIN", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TidemarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tidemark-ui-test"));
    const QString base = uiTempDir().path();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, base + QStringLiteral("/settings"));
    QSettings().clear();
    MirrorLocation::setDefaultDirectoryOverride(base + QStringLiteral("/mirrors"));
    QDir().mkpath(base + QStringLiteral("/mirrors"));
    // As the app does at start: English too has a catalogue, the plural forms of "%n item(s)",
    // so what the tests assert and screenshot is what a person reads.
    Translations::install(QStringLiteral("en"));
}

//! Saves a widget's picture under the test output folder and returns the file path.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path
        = QDir(outputPath(QStringLiteral("screenshots"))).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    return path;
}

} // namespace Tidemark::Test
