// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorRecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Tidemark {

MirrorRecoveryDialog::MirrorRecoveryDialog(const MirrorHealthReport &report, QWidget *parent)
    : QDialog(parent), m_report(report)
{
    setWindowTitle(tr("The local mirror cannot be used"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *message = new QLabel(report.message(), this);
    message->setObjectName(QStringLiteral("message"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    top->addWidget(message, 1);
    layout->addLayout(top);

    const QString aside = QFileInfo(report.path).fileName() + QStringLiteral(".corrupt-…");
    QString offer = report.problem == MirrorHealthReport::Problem::NewerSchema
        ? tr("Use the newer Tidemark with this file, or rebuild: the file is kept as %1 and a new, "
             "empty mirror downloads your library again at the next sync.")
        : tr("Rebuild: the file is kept as %1 (nothing is deleted) and a new, empty mirror "
             "downloads your library again at the next sync. Your photos on the server are not "
             "affected.");
    auto *explain = new QLabel(offer.arg(aside), this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_rebuild = buttons->addButton(tr("Rebuild the mirror"), QDialogButtonBox::AcceptRole);
    m_later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    m_rebuild->setEnabled(report.canRebuild());
    m_rebuild->setDefault(report.canRebuild());
    connect(m_rebuild, &QPushButton::clicked, this, &MirrorRecoveryDialog::rebuild);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void MirrorRecoveryDialog::rebuild()
{
    const MirrorResult<QString> moved = MirrorHealth::rebuild(m_report.path);
    if (!moved) {
        m_error = moved.error;
        m_status->setText(tr("The mirror could not be rebuilt: %1").arg(m_error.userMessage()));
        m_status->setVisible(true);
        return;
    }
    m_setAside = *moved;
    accept();
}

bool MirrorRecoveryDialog::ensureUsable(
    const QString &path, QWidget *parent, QString *setAsidePath, MirrorHealth::Depth depth)
{
    const MirrorHealthReport report = MirrorHealth::check(path, depth);
    return report.ok() || offer(report, parent, setAsidePath);
}

bool MirrorRecoveryDialog::offer(
    const MirrorHealthReport &report, QWidget *parent, QString *setAsidePath)
{
    MirrorRecoveryDialog dialog(report, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (setAsidePath)
        *setAsidePath = dialog.setAsidePath();
    return true;
}

} // namespace Tidemark
