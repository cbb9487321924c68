// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorRecoveryDialog: shown when the account's mirror file fails its checks (MirrorHealth):
// not a database or written by a newer Tidemark (found when the account is opened), or damaged
// (found by the quick_check that runs in the background once the first assets are shown). It names
// the file and the problem and offers to rebuild: the old file is moved aside as
// "<name>.corrupt-<timestamp>" (never deleted; a newer Tidemark can still read it, support can
// still look at it) and an empty mirror takes its place, which the next sync fills again. "Not now"
// leaves the file untouched; syncing stays impossible until it is dealt with.

#include "mirror/MirrorHealth.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Tidemark {

class MirrorRecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MirrorRecoveryDialog(const MirrorHealthReport &report, QWidget *parent = nullptr);

    //! After accept(): where the old file went (empty when the rebuild failed or was declined).
    QString setAsidePath() const { return m_setAside; }
    //! The rebuild's error, if it failed (the dialog then stays open and shows it).
    Error rebuildError() const { return m_error; }

    QPushButton *rebuildButton() const { return m_rebuild; }
    QPushButton *laterButton() const { return m_later; }

    //! Modal: checks `path` (to `depth`); when it has a problem, asks. Returns true when the
    //! mirror is usable afterwards (it was fine, or it was rebuilt).
    static bool ensureUsable(const QString &path, QWidget *parent, QString *setAsidePath = nullptr,
        MirrorHealth::Depth depth = MirrorHealth::Depth::Quick);
    //! Modal: asks about a problem a check already found (a background quick_check). Returns
    //! true when the mirror was rebuilt.
    static bool offer(
        const MirrorHealthReport &report, QWidget *parent, QString *setAsidePath = nullptr);

private:
    void rebuild();

    MirrorHealthReport m_report;
    QLabel *m_status = nullptr;
    QPushButton *m_rebuild = nullptr;
    QPushButton *m_later = nullptr;
    QString m_setAside;
    Error m_error;
};

} // namespace Tidemark
