// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ClientCertificateDialog.h"

#include "desktop/StatusColors.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidemark {

ClientCertificateDialog::ClientCertificateDialog(const ClientCertificate &current, QWidget *parent)
    : QDialog(parent), m_chosen(current)
{
    setWindowTitle(tr("Client certificate"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("Some servers sit behind a proxy that lets in only devices with a "
                                "certificate of their own. Choose the certificate file (.p12 or "
                                ".pfx) its administrator gave you and enter its password. Tidemark "
                                "shows it only to this server, and keeps the password in the "
                                "system keychain."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_file = new QLineEdit(current.file, this);
    m_file->setPlaceholderText(tr("No certificate"));
    m_file->setAccessibleName(tr("Certificate file"));
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setAccessibleName(tr("Choose the certificate file"));
    m_browse->setAutoDefault(false);
    m_password = new QLineEdit(QString::fromUtf8(current.password), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Certificate password"));
    m_password->setAccessibleDescription(tr("Kept in the system keychain; shown only as dots."));
    m_status = new QLabel(summary(current), this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_none = buttons->addButton(tr("&No certificate"), QDialogButtonBox::ResetRole);
    m_none->setAccessibleName(tr("Use no client certificate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientCertificateDialog::reject);
    connect(m_none, &QPushButton::clicked, this, [this] {
        m_file->clear();
        m_password->clear();
        accept();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Client certificate"),
            m_file->text(), tr("Certificates (*.p12 *.pfx);;All files (*)"));
        if (!file.isEmpty()) {
            m_file->setText(file);
            m_password->setFocus();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString ClientCertificateDialog::summary(const ClientCertificate &certificate)
{
    if (certificate.isEmpty())
        return tr("none");
    if (!certificate.isLoaded())
        return tr("%1 (not opened)").arg(certificate.file);
    return certificate.summary();
}

void ClientCertificateDialog::accept()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_chosen = {};
        QDialog::accept();
        return;
    }
    QString why;
    const ClientCertificate c
        = ClientCertificate::fromFile(file, m_password->text().toUtf8(), &why);
    if (!why.isEmpty()) {
        StatusColors::apply(m_status, palette(), StatusColors::Tone::Error);
        m_status->setText(why);
        adjustSize(); // the sentence may take more lines than the summary did
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    m_chosen = c;
    QDialog::accept();
}

} // namespace Tidemark
