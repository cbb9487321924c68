// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the whole window: walks the QAccessible tree of every panel, the menus, the
// tray menu and the connect and settings dialogs, and fails on any interactive element (button,
// edit, combo box, check box, list/table/tree, tab, menu item, slider, spin box) without a name.
// Also: every visible interactive widget is reachable with Tab, every toolbar action has an
// icon that renders (the SVG icon engine is installed), and labels keep their contrast in a
// dark palette (screenshots of each panel in light and dark).

#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "desktop/TrayIcon.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/AssetTableModel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "widgets/ErrorBanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include <cmath>
#include <memory>

using namespace Tidemark;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ToolBar:
        return true;
    default:
        return false;
    }
}

//! Roles whose children are items (rows, cells, the popup of a combo box): named by content.
bool stopsDescent(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree
        || role == QAccessible::ComboBox;
}

QString describe(QAccessibleInterface *iface)
{
    QStringList chain;
    for (QObject *o = iface->object(); o; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        chain.prepend(part);
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    const QWidget *w = qobject_cast<QWidget *>(iface->object());
    const QString tip = w ? w->toolTip() : QString();
    return QStringLiteral("role 0x%1 at %2%3")
        .arg(int(iface->role()), 0, 16)
        .arg(chain.join(QStringLiteral(" > ")),
            tip.isEmpty() ? QString() : QStringLiteral(" (tooltip \"%1\")").arg(tip));
}

void walk(QAccessibleInterface *iface, QStringList &unnamed, int &checked, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 80)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && !iface->state().invisible) {
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(iface);
    }
    if (stopsDescent(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, checked, depth + 1);
}

void walkWidget(QWidget *w, QStringList &unnamed, int &checked)
{
    walk(QAccessible::queryAccessibleInterface(w), unnamed, checked);
}

//! Interactive widgets (hidden ones too: a button that appears later needs its name as well).
QStringList unnamedWidgets(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || w->isWindow())
            continue;
        // Parts of composite widgets are named by their owner.
        if (qobject_cast<QAbstractSlider *>(w)
            && qobject_cast<QAbstractItemView *>(w->parentWidget()->parentWidget()))
            continue; // scroll bars of views
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (qobject_cast<QAbstractItemView *>(w)
            && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()))
            continue; // a combo box's popup list
        if (w->inherits("QScrollBar") || w->inherits("QTabBar")
            || qobject_cast<QLineEdit *>(w->parentWidget()) || w->inherits("QHeaderView")
            || w->inherits("QTableCornerButton") || w->inherits("QDockWidgetTitleButton")
            || w->parentWidget()->inherits("QTabBar"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (iface && iface->text(QAccessible::Name).trimmed().isEmpty())
            out << describe(iface);
    }
    return out;
}

double luminance(const QColor &c)
{
    auto ch
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8a, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

const char *const kPanelNames[]
    = {"overview", "sync", "assets", "checkpoints", "inspector", "full-delta"};

} // namespace

class AccessibilityTreeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        m_window = std::make_unique<MainWindow>(&m_app);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_app.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(m_app.state(), AppController::State::Connected, 20000);
        // A synced demo library: tables, charts and the inspector have content.
        QSignalSpy finished(m_app.syncService(), &SyncService::runFinished);
        m_window->syncPanel()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.assetModel()->rowCount() > 500, 10000);
        m_app.refreshOverview();
        QTest::qWait(500);
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyPanelIsNamed()
    {
        QStringList unnamed;
        int checked = 0;
        QTabWidget *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            m_window->showPanel(MainWindow::Panel(i));
            QCoreApplication::processEvents();
            walkWidget(m_window.get(), unnamed, checked);
            unnamed << unnamedWidgets(tabs->widget(i));
        }
        unnamed << unnamedWidgets(m_window.get());
        unnamed.removeDuplicates();
        qInfo("main window: %d interactive elements checked", checked);
        // Descriptions are wanted as well; listed (not enforced) to find the gaps.
        QStringList undescribed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractItemView *>(w);
            if (control && !w->accessibleName().isEmpty() && w->accessibleDescription().isEmpty()
                && w->toolTip().isEmpty())
                undescribed << w->accessibleName();
        }
        qInfo("controls without a description or tooltip: %lld %s", qlonglong(undescribed.size()),
            qPrintable(undescribed.join(QStringLiteral(" | "))));
        QVERIFY(checked > 40);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void menusAreNamed()
    {
        QStringList unnamed;
        int checked = 0;
        QList<QMenu *> menus;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu())
                menus << a->menu();
        menus << m_window->trayIcon()->menu();
        for (int i = 0; i < menus.size(); ++i)
            for (QAction *a : menus.at(i)->actions())
                if (a->menu())
                    menus << a->menu();
        // Closed menus report their items as invisible: check every item.
        for (QMenu *m : menus) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m);
            QVERIFY(iface);
            for (int i = 0; i < iface->childCount(); ++i) {
                QAccessibleInterface *item = iface->child(i);
                if (!item || item->role() == QAccessible::Separator)
                    continue;
                ++checked;
                if (item->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("item %1 of menu \"%2\"").arg(i).arg(m->title());
            }
        }
        walkWidget(m_window->menuBar(), unnamed, checked);
        qInfo("menus: %d items checked in %lld menus", checked, qlonglong(menus.size()));
        QVERIFY(checked > 30);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void dialogsAreNamed()
    {
        ConnectDialog connect(&m_app, m_window.get());
        connect.show();
        SettingsDialog settings(m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QStringList unnamed;
        int checked = 0;
        walkWidget(&connect, unnamed, checked);
        walkWidget(&settings, unnamed, checked);
        unnamed << unnamedWidgets(&connect) << unnamedWidgets(&settings);
        unnamed.removeDuplicates();
        qInfo("dialogs: %d interactive elements checked", checked);
        QVERIFY(checked > 10);
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
        Test::saveScreenshot(&settings, QStringLiteral("settings"));
    }

    void everyControlIsReachableWithTheKeyboard()
    {
        QStringList mouseOnly;
        QTabWidget *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            m_window->showPanel(MainWindow::Panel(i));
            QCoreApplication::processEvents();
            for (QWidget *w : tabs->widget(i)->findChildren<QWidget *>()) {
                const bool interactive = qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                    || qobject_cast<QAbstractItemView *>(w)
                    || (qobject_cast<QLineEdit *>(w)
                        && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                        && !qobject_cast<QComboBox *>(w->parentWidget()));
                if (!interactive || !w->isVisibleTo(m_window.get()) || !w->isEnabled()
                    || w->isWindow() || w->inherits("QHeaderView")
                    || w->inherits("QTableCornerButton"))
                    continue; // parts of a view: the view itself takes the focus
                // Auto-exclusive buttons are one Tab stop (the checked one); arrows move inside.
                if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->autoExclusive()) {
                    bool groupHasStop = false;
                    for (QAbstractButton *other :
                        w->parentWidget()->findChildren<QAbstractButton *>(
                            Qt::FindDirectChildrenOnly))
                        groupHasStop
                            |= other->autoExclusive() && (other->focusPolicy() & Qt::TabFocus);
                    if (groupHasStop)
                        continue;
                }
                if (!(w->focusPolicy() & Qt::TabFocus))
                    mouseOnly << QString::fromLatin1(w->metaObject()->className())
                            + QLatin1Char(' ') + w->accessibleName() + QLatin1Char(' ')
                            + w->objectName();
            }
        }
        QVERIFY2(mouseOnly.isEmpty(),
            qPrintable(QStringLiteral("\n") + mouseOnly.join(QLatin1Char('\n'))));
    }

    void toolbarIconsRender()
    {
        const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
        QVERIFY(!bars.isEmpty());
        int icons = 0;
        for (QToolBar *bar : bars) {
            for (QAction *a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
                // Rendered at high DPI from the SVG: not a scaled-up small bitmap.
                const QPixmap big = a->icon().pixmap(QSize(96, 96));
                QVERIFY2(!big.isNull() && big.width() == 96, qPrintable(a->text()));
                ++icons;
            }
        }
        QVERIFY(icons >= 5);
        QVERIFY(!m_window->windowIcon().pixmap(QSize(256, 256)).isNull());
    }

    void darkPaletteContrastAndScreenshots()
    {
        // The size of the screenshots in docs/, without the keychain notice of the test machine.
        m_window->resize(1280, 820);
        m_window->banner()->hide();
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            if (!m_window->tabs()->isTabVisible(i))
                continue;
            m_window->showPanel(MainWindow::Panel(i));
            Test::saveScreenshot(
                m_window.get(), QStringLiteral("light-") + QLatin1StringView(kPanelNames[i]));
        }
        const QString styleBefore = QApplication::style()->name();
        const QPalette light = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        m_app.reconnect(); // re-colours the status bar through updateStatus()
        QTRY_COMPARE_WITH_TIMEOUT(m_app.state(), AppController::State::Connected, 20000);
        QStringList lowContrast;
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            if (!m_window->tabs()->isTabVisible(i))
                continue;
            m_window->showPanel(MainWindow::Panel(i));
            m_window->banner()->hide();
            QCoreApplication::processEvents();
            Test::saveScreenshot(
                m_window.get(), QStringLiteral("dark-") + QLatin1StringView(kPanelNames[i]));
            for (QLabel *l : m_window->findChildren<QLabel *>()) {
                if (!l->isVisible() || l->text().isEmpty() || l->autoFillBackground())
                    continue;
                // Labels painted on the window background (not the banner, which has its own).
                if (l->parentWidget() && l->parentWidget()->autoFillBackground())
                    continue;
                const double ratio
                    = contrast(l->palette().color(QPalette::Active, l->foregroundRole()),
                        m_window->palette().color(QPalette::Window));
                if (ratio < 4.5)
                    lowContrast << QStringLiteral("%1 \"%2\": %3:1")
                                       .arg(l->accessibleName(), l->text().left(40))
                                       .arg(ratio, 0, 'f', 2);
            }
        }
        QApplication::setPalette(light);
        QApplication::setStyle(QStyleFactory::create(styleBefore));
        lowContrast.removeDuplicates();
        QVERIFY2(lowContrast.isEmpty(),
            qPrintable(QStringLiteral("\n") + lowContrast.join(QLatin1Char('\n'))));
    }

private:
    AppController m_app;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(AccessibilityTreeTest)
#include "accessibility_tree.moc"
