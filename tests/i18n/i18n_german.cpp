// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues reach the program: Translations::install("de") from the setting, then a real
// main window (offscreen) shows German menus, tabs and status, core's error sentences and plurals
// come out German, and the panels after a demo sync are saved as screenshots (i18n-de-*.png; the
// French window too, i18n-fr-*.png) to check that longer texts still fit. English gets its plurals
// ("1 asset" / "12 assets") from its own small catalogue.

#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "UiTestEnv.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/SettingsDialog.h"
#include "i18n/Translations.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "util/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Tidemark;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList tabTitles(MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i);
    return titles;
}

} // namespace

class I18nGermanTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void resolvesTheSetting()
    {
        QCOMPARE(Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::resolve(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QString(), QLocale(QLocale::French, QLocale::Canada)),
            QStringLiteral("fr"));
        QCOMPARE(Translations::resolve(QString(), QLocale(QLocale::German, QLocale::Austria)),
            QStringLiteral("de"));
        QCOMPARE(
            Translations::resolve(QString(), QLocale(QLocale::Japanese)), QStringLiteral("en"));
    }

    void englishPlurals()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Tidemark::AssetsPanel", "%n asset(s)", nullptr, 1),
            QStringLiteral("1 asset"));
        QCOMPARE(QCoreApplication::translate("Tidemark::AssetsPanel", "%n asset(s)", nullptr, 12),
            QStringLiteral("12 assets"));
    }

    void settingsOffersTheLanguages()
    {
        Translations::install(QStringLiteral("en"));
        SettingsDialog dialog;
        QComboBox *box = nullptr;
        for (QComboBox *c : dialog.findChildren<QComboBox *>())
            if (c->findData(QStringLiteral("de")) >= 0)
                box = c;
        QVERIFY(box);
        QCOMPARE(box->count(), 4); // System default, English, Deutsch, Français
        QCOMPARE(box->itemText(box->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
        box->setCurrentIndex(box->findData(QStringLiteral("de")));
        dialog.apply();
        QCOMPARE(UiSettings::language(), QStringLiteral("de"));
    }

    void germanMainWindow()
    {
        UiSettings::setLanguage(QStringLiteral("de"));
        QCOMPARE(Translations::install(UiSettings::language()), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList menus = menuTitles(window);
        QVERIFY2(
            menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Hilfe")),
            qPrintable(menus.join(QStringLiteral(", "))));
        QVERIFY2(
            !menus.contains(QStringLiteral("&File")), qPrintable(menus.join(QStringLiteral(", "))));
        const QStringList tabs = tabTitles(window);
        QVERIFY2(tabs.contains(QStringLiteral("&Übersicht")),
            qPrintable(tabs.join(QStringLiteral(", "))));
        QVERIFY2(window.connectionLabel()->text().contains(QStringLiteral("Nicht verbunden")),
            qPrintable(window.connectionLabel()->text()));
        QCOMPARE(
            window.syncPanel()->startButton()->text(), QStringLiteral("Synchronisierung &starten"));

        // core's sentences and plurals
        QCOMPARE(Error::make(Error::Kind::Cancelled, QStringLiteral("POST /api/sync/stream"))
                     .userMessage(),
            QStringLiteral("Abgebrochen (POST /api/sync/stream)."));
        QCOMPARE(QCoreApplication::translate("Tidemark::AssetsPanel", "%n asset(s)", nullptr, 1),
            QStringLiteral("1 Medium"));
        QCOMPARE(QCoreApplication::translate("Tidemark::AssetsPanel", "%n asset(s)", nullptr, 12),
            QStringLiteral("12 Medien"));

        // Longer German texts must not push the window past a common laptop screen.
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(window.minimumSizeHint().width())));
        screenshotsAfterDemoSync(app, window, QStringLiteral("de"));

        ConnectDialog connect(&app, &window);
        connect.show();
        Test::saveScreenshot(&connect, QStringLiteral("i18n-de-connect"));
        SettingsDialog settings(&window);
        settings.show();
        Test::saveScreenshot(&settings, QStringLiteral("i18n-de-settings"));
        QVERIFY(settings.minimumSizeHint().width() <= 900);
    }

    void frenchMainWindow()
    {
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(menuTitles(window).contains(QStringLiteral("&Fichier")),
            qPrintable(menuTitles(window).join(QStringLiteral(", "))));
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(window.minimumSizeHint().width())));
        screenshotsAfterDemoSync(app, window, QStringLiteral("fr"));
        ConnectDialog connect(&app, &window);
        connect.show();
        Test::saveScreenshot(&connect, QStringLiteral("i18n-fr-connect"));
    }

private:
    void screenshotsAfterDemoSync(AppController &app, MainWindow &window, const QString &language)
    {
        app.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const QString prefix = QStringLiteral("i18n-%1-").arg(language);
        const QList<QPair<MainWindow::Panel, const char *>> panels
            = {{MainWindow::OverviewTab, "overview"}, {MainWindow::SyncTab, "sync"},
                {MainWindow::AssetsTab, "assets"}, {MainWindow::CheckpointsTab, "checkpoints"},
                {MainWindow::InspectorTab, "inspector"}, {MainWindow::FullDeltaTab, "full-delta"}};
        for (const auto &[panel, name] : panels) {
            window.showPanel(panel);
            qInfo("%s %s: minimum width %d", qPrintable(language), name,
                window.tabs()->currentWidget()->minimumSizeHint().width());
            QTest::qWait(300);
            Test::saveScreenshot(&window, prefix + QLatin1StringView(name));
        }
    }
};

QTEST_MAIN(I18nGermanTest)
#include "i18n_german.moc"
