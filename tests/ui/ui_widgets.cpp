// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Custom-painted widgets and small dialogs: sparkline, bar chart, banner, settings.

#include "MainWindow.h"
#include "UiSettings.h"
#include "UiTestEnv.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/BarChart.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Sparkline.h"
#include "widgets/ThumbnailDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace Tidemark;

class UiWidgetsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void sparkline()
    {
        Sparkline s;
        s.setUnit(QStringLiteral("events/s"));
        s.setCapacity(100);
        s.resize(420, 90);
        s.show();
        for (int i = 0; i < 150; ++i)
            s.addSample(5000 + 4000 * std::sin(i / 8.0));
        QCOMPARE(s.samples().size(), 100);
        QVERIFY(s.peak() > 8500);
        QVERIFY(!s.accessibleName().isEmpty());
        // The figures painted above the line are also its description, and Tab reaches it.
        QCOMPARE(s.accessibleDescription(), s.summaryText());
        QVERIFY(s.summaryText().contains(QStringLiteral("events/s")));
        QVERIFY(s.focusPolicy() & Qt::TabFocus);
        const QImage img = s.grab().toImage();
        // The line is drawn in the highlight colour somewhere.
        bool found = false;
        const QColor hl = s.palette().color(QPalette::Highlight);
        for (int x = 0; x < img.width() && !found; x += 2)
            for (int y = 0; y < img.height() && !found; ++y)
                found = img.pixelColor(x, y) == hl;
        QVERIFY(found);
        Test::saveScreenshot(&s, QStringLiteral("widget-sparkline"));
        s.clear();
        QVERIFY(s.samples().isEmpty());
    }

    void barChartVertical()
    {
        BarChart c;
        c.setTitle(QStringLiteral("Assets per month"));
        QStringList months;
        QList<double> a, b, cc, d;
        for (int i = 0; i < 30; ++i) {
            months << QStringLiteral("2024-%1").arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
            a << 40 + (i * 7) % 30;
            b << (i * 3) % 9;
            cc << (i * 5) % 12;
            d << i % 3;
        }
        c.setData(months,
            {{QStringLiteral("My photos"), BarChart::seriesColor(0), a},
                {QStringLiteral("My videos"), BarChart::seriesColor(1), b},
                {QStringLiteral("Partner photos"), BarChart::seriesColor(2), cc},
                {QStringLiteral("Partner videos"), BarChart::seriesColor(3), d}});
        c.resize(700, 260);
        c.show();
        QCOMPARE(c.total(0), a[0] + b[0] + cc[0] + d[0]);
        QVERIFY(c.accessibleDescription().contains(QStringLiteral("2024-01")));
        QVERIFY(c.categoryAt(QPoint(c.width() / 2, c.height() - 30)) >= 0);
        Test::saveScreenshot(&c, QStringLiteral("widget-barchart-months"));

        // Keyboard: Tab focus, arrows/Home/End walk the bars, each bar's figures become the
        // description (what the tooltip shows to the mouse).
        QVERIFY(c.focusPolicy() & Qt::TabFocus);
        c.setFocus();
        QCOMPARE(c.currentCategory(), -1);
        QTest::keyClick(&c, Qt::Key_Right);
        QCOMPARE(c.currentCategory(), 0);
        QVERIFY(c.accessibleDescription().startsWith(QStringLiteral("2024-01; My photos: 40")));
        QVERIFY(c.accessibleDescription().contains(QStringLiteral("Total: %1").arg(c.total(0))));
        QTest::keyClick(&c, Qt::Key_Right);
        QCOMPARE(c.currentCategory(), 1);
        QTest::keyClick(&c, Qt::Key_End);
        QCOMPARE(c.currentCategory(), 29);
        QTest::keyClick(&c, Qt::Key_Right);
        QCOMPARE(c.currentCategory(), 29);
        QTest::keyClick(&c, Qt::Key_Left);
        QCOMPARE(c.currentCategory(), 28);
        QTest::keyClick(&c, Qt::Key_Home);
        QCOMPARE(c.currentCategory(), 0);
        QCOMPARE(c.categoryText(0).split(QLatin1Char('\n')).first(), QStringLiteral("2024-01"));
        Test::saveScreenshot(&c, QStringLiteral("widget-barchart-keyboard"));
        c.setData(months.mid(0, 3),
            {{QStringLiteral("My photos"), BarChart::seriesColor(0), a.mid(0, 3)}});
        c.setCurrentCategory(2);
        c.setData(months.mid(0, 2),
            {{QStringLiteral("My photos"), BarChart::seriesColor(0), a.mid(0, 2)}});
        QCOMPARE(c.currentCategory(), -1); // fewer bars: the highlight does not point past them
    }

    void barChartHorizontal()
    {
        BarChart c;
        c.setOrientation(Qt::Horizontal);
        c.setTitle(QStringLiteral("Events per type in recent runs"));
        const QStringList types {QStringLiteral("AssetV1"), QStringLiteral("AssetExifV1"),
            QStringLiteral("PartnerAssetBackfillV1"), QStringLiteral("AlbumToAssetV1"),
            QStringLiteral("UserV1")};
        c.setData(types,
            {{QStringLiteral("Run −1"), BarChart::seriesColor(5), {1200, 1200, 300, 40, 3}},
                {QStringLiteral("Last run"), BarChart::seriesColor(0), {20, 18, 0, 2, 0}}});
        c.resize(520, c.sizeHint().height());
        c.show();
        QVERIFY(c.sizeHint().height() > 5 * c.fontMetrics().height());
        Test::saveScreenshot(&c, QStringLiteral("widget-barchart-runs"));
        c.clear();
        QVERIFY(c.categories().isEmpty());
    }

    void banner()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *b = new ErrorBanner(&host);
        layout->addWidget(b);
        layout->addStretch();
        host.resize(800, 120);
        host.show();
        Error e = Error::fromHttp(401,
            R"({"message":"Invalid user token","error":"Unauthorized","statusCode":401})",
            QStringLiteral("POST /api/sync/stream"));
        b->showError(e, QStringLiteral("Sync"));
        QVERIFY(b->isVisible());
        QCOMPARE(b->action(), Error::Action::LogInAgain);
        QVERIFY(b->actionButton()->isVisible());
        QCOMPARE(b->actionButton()->text(), ErrorBanner::actionText(Error::Action::LogInAgain));
        QVERIFY(!b->details().isEmpty());
        // Rich text from the server stays text.
        b->showMessage(QStringLiteral("<b>bold</b>"), ErrorBanner::Level::Warning);
        const auto labels = b->findChildren<QLabel *>();
        for (QLabel *l : labels)
            if (l->text().contains(QStringLiteral("bold")))
                QCOMPARE(l->textFormat(), Qt::PlainText);
        b->showError(e, QStringLiteral("Sync"));
        Test::saveScreenshot(&host, QStringLiteral("widget-banner"));
        QSignalSpy spy(b, &ErrorBanner::actionRequested);
        b->actionButton()->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Error::Action>(), Error::Action::LogInAgain);
        QVERIFY(!b->isVisible());
    }

    void settingsDialog()
    {
        SettingsDialog d;
        d.cacheSizeBox()->setValue(1024);
        d.ackModeBox()->setCurrentIndex(d.ackModeBox()->findData(ackModeName(AckMode::Manual)));
        d.timeoutBox()->setValue(120);
        QVERIFY(!d.periodicSyncBox()->isChecked()); // off by default
        QVERIFY(!d.periodicMinutesBox()->isEnabled());
        d.periodicSyncBox()->setChecked(true);
        QVERIFY(d.periodicMinutesBox()->isEnabled());
        d.periodicMinutesBox()->setValue(30);
        QVERIFY(d.notifyBox()->isChecked());
        d.setCacheUsage(12345678);
        d.show();
        Test::saveScreenshot(&d, QStringLiteral("dialog-settings"));
        d.accept();
        QCOMPARE(UiSettings::thumbnailCacheMiB(), 1024);
        QCOMPARE(UiSettings::defaultAckMode(), AckMode::Manual);
        QCOMPARE(UiSettings::requestTimeoutSeconds(), 120);
        QVERIFY(UiSettings::periodicSyncEnabled());
        QCOMPARE(UiSettings::periodicSyncMinutes(), 30);
        QVERIFY(UiSettings::notifyOnFailure());
        UiSettings::setPeriodicSyncEnabled(false);
        for (QWidget *w : d.findChildren<QWidget *>()) {
            if (qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QCheckBox *>(w)) {
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(w->accessibleName()));
            }
            if (auto *b = qobject_cast<QPushButton *>(w))
                QVERIFY(!b->accessibleName().isEmpty() || !b->text().isEmpty());
        }
    }

    void aboutSaysVersionAndLicence()
    {
        const QString about = MainWindow::aboutText();
        QCOMPARE(about,
            QStringLiteral("Tidemark " TIDEMARK_VERSION_STRING
                           "\nA desktop client for the Immich Sync API.\n\nFree software under "
                           "the GNU General Public License, version 3 or later. It comes with no "
                           "warranty."));
    }

    void durationFormat()
    {
        QCOMPARE(ThumbnailDelegate::formatDuration(65000), QStringLiteral("1:05"));
        QCOMPARE(ThumbnailDelegate::formatDuration(3723000), QStringLiteral("1:02:03"));
    }
};

QTEST_MAIN(UiWidgetsTest)
#include "ui_widgets.moc"
