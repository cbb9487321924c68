// MirrorRecoveryDialog: names the file and the problem, rebuilds on request (keeping the old
// file as *.corrupt-<timestamp>), leaves everything untouched on "Not now". Real widgets,
// offscreen; screenshots in <build>/tests/output/screenshots.

#include "TestSupport.h"
#include "dialogs/MirrorRecoveryDialog.h"
#include "mirror/MirrorStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
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
    const QString path = QDir(Test::outputPath(QStringLiteral("screenshots"))).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    return path;
}

} // namespace

class MirrorRecoveryDialogTest : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
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
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(path)), qPrintable(message->text()));
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
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(MirrorStore::latestSchemaVersion() + 1)));
            q = QSqlQuery();
            store.close();
        }
        const MirrorHealthReport report = MirrorHealth::check(path);
        QCOMPARE(report.problem, MirrorHealthReport::Problem::NewerSchema);
        MirrorRecoveryDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QLatin1StringView("newer version")));
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
        QVERIFY(MirrorRecoveryDialog::ensureUsable(dir.filePath(QStringLiteral("new.sqlite")), nullptr));
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
};

QTEST_MAIN(MirrorRecoveryDialogTest)
#include "mirror_recovery_dialog.moc"
