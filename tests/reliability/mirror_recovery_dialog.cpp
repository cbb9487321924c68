// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MirrorRecoveryDialog: names the file and the problem, rebuilds on request (keeping the old
// file as *.corrupt-<timestamp>), leaves everything untouched on "Not now". Real widgets,
// offscreen; screenshots in <build>/tests/output/screenshots.

#include "AppController.h"
#include "TestSupport.h"
#include "UiTestEnv.h"
#include "dialogs/MirrorRecoveryDialog.h"
#include "mirror/MirrorLocation.h"
#include "mirror/MirrorStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tidemark;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString screenshot(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(Test::outputPath(QStringLiteral("screenshots")))
                             .filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    return path;
}

} // namespace

class MirrorRecoveryDialogTest : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void namesTheFileAndRebuilds()
    {
        const QString path = dir.filePath(QStringLiteral("account.sqlite"));
        writeFile(path, QByteArray(4096, '\x7f'));
        const MirrorHealthReport report = MirrorHealth::check(path);
        QVERIFY(!report.ok());
        MirrorRecoveryDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message);
        QVERIFY2(
            message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1StringView("not a database")));
        QVERIFY(dialog.rebuildButton()->isEnabled());
        const QString shot = screenshot(&dialog, QStringLiteral("mirror-recovery"));
        QVERIFY(QFile::exists(shot));

        QTest::mouseClick(dialog.rebuildButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.rebuildError().isError());
        QVERIFY(dialog.setAsidePath().contains(QLatin1StringView("account.sqlite.corrupt-")));
        QFile old(dialog.setAsidePath());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray(4096, '\x7f'));
        QVERIFY(MirrorHealth::check(path).ok());
    }

    void notNowLeavesTheFile()
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            MirrorStore store;
            QVERIFY(!store.open(path).isError());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(MirrorStore::latestSchemaVersion() + 1)));
            q = QSqlQuery();
            store.close();
        }
        const MirrorHealthReport report = MirrorHealth::check(path);
        QCOMPARE(report.problem, MirrorHealthReport::Problem::NewerSchema);
        MirrorRecoveryDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))
                    ->text()
                    .contains(QLatin1StringView("newer version")));
        screenshot(&dialog, QStringLiteral("mirror-recovery-newer"));
        QTest::mouseClick(dialog.laterButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.setAsidePath().isEmpty());
        QCOMPARE(MirrorHealth::check(path).problem, MirrorHealthReport::Problem::NewerSchema);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("newer.sqlite.corrupt-*")}).isEmpty());
    }

    void ensureUsableAsksOnlyWhenNeeded()
    {
        // A healthy (here: missing) mirror: no dialog at all.
        QVERIFY(MirrorRecoveryDialog::ensureUsable(
            dir.filePath(QStringLiteral("new.sqlite")), nullptr));
        // A broken one: the modal dialog comes up; accepting it rebuilds.
        const QString path = dir.filePath(QStringLiteral("modal.sqlite"));
        writeFile(path, "garbage");
        bool sawDialog = false;
        QTimer::singleShot(200, this, [&sawDialog] {
            auto *d = qobject_cast<MirrorRecoveryDialog *>(QApplication::activeModalWidget());
            sawDialog = d != nullptr;
            if (d)
                d->rebuildButton()->click();
        });
        QString aside;
        QVERIFY(MirrorRecoveryDialog::ensureUsable(path, nullptr, &aside));
        QVERIFY(sawDialog);
        QVERIFY(QFile::exists(aside));
        QVERIFY(MirrorHealth::check(path).ok());
    }

    void openingAnAccountChecksForDamageInTheBackground()
    {
        AppController app;
        app.setMemoryOnlySecrets(true);
        // What the window hands in (MainWindow's constructor): its dialog, here without a parent.
        app.setMirrorRecoveryPrompt([](const MirrorHealthReport &report, QString *aside) {
            return MirrorRecoveryDialog::offer(report, nullptr, aside);
        });
        AccountInfo a;
        a.serverUrl
            = QStringLiteral("http://127.0.0.1:9/api"); // nothing listens: the account goes offline
        a.email = QStringLiteral("damaged@example.test");
        a.userId = QStringLiteral("0f3a6b4e-6c1d-4f0a-9d8e-2b7c1a5e9f01");
        a.userName = QStringLiteral("Damaged");
        a = app.accountStore().save(a);
        const MirrorLocation location(QUrl(a.serverUrl), a.userId);
        location.ensureDirectory();
        const QString path = location.filePath();
        {
            MirrorStore store;
            QVERIFY(!store.open(path).isError());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 3000; ++i)
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO users(id, name, email) VALUES ('u%1', 'User %1', "
                                   "'user%1@example.test')")
                        .arg(i)));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q = QSqlQuery();
            store.close();
        }
        // Damaged pages in the middle; the header (and so the quick open-time check) is intact.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 page = 8; page < f.size() / 4096 - 2; page += 3) {
            f.seek(page * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        f.close();
        QCOMPARE(MirrorHealth::check(path, MirrorHealth::Depth::Header).problem,
            MirrorHealthReport::Problem::None);
        QCOMPARE(MirrorHealth::check(path).problem, MirrorHealthReport::Problem::Damaged);

        // Opening the account shows no dialog: it returns with the mirror attached.
        bool dialogDuringOpen = false;
        QTimer during;
        connect(&during, &QTimer::timeout, this, [&dialogDuringOpen] {
            if (auto *d = qobject_cast<MirrorRecoveryDialog *>(QApplication::activeModalWidget())) {
                dialogDuringOpen = true;
                d->laterButton()->click();
            }
        });
        during.start(20);
        app.switchAccount(a.id);
        during.stop();
        QVERIFY(!dialogDuringOpen);
        QCOMPARE(app.mirrorPath(), path);

        // The background quick_check finds the damage and the dialog comes up then; rebuild.
        bool rebuilt = false;
        QTimer later;
        connect(&later, &QTimer::timeout, this, [&rebuilt] {
            if (auto *d = qobject_cast<MirrorRecoveryDialog *>(QApplication::activeModalWidget())) {
                QVERIFY(d->rebuildButton()->isEnabled());
                rebuilt = true;
                d->rebuildButton()->click();
            }
        });
        QSignalSpy notices(&app, &AppController::notice);
        later.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(rebuilt, 15000);
        later.stop();
        QTRY_VERIFY(!notices.isEmpty());
        QVERIFY2(notices.constLast().at(0).toString().contains(QLatin1StringView(".corrupt-")),
            qPrintable(notices.constLast().at(0).toString()));
        QCOMPARE(app.mirrorPath(), path);
        QVERIFY(MirrorHealth::check(path, MirrorHealth::Depth::Full).ok());
        const QFileInfo info(path);
        QVERIFY(!QDir(info.absolutePath())
                     .entryList({info.fileName() + QStringLiteral(".corrupt-*")})
                     .isEmpty());
    }
};

QTEST_MAIN(MirrorRecoveryDialogTest)
#include "mirror_recovery_dialog.moc"
