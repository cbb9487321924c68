// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ClientCertificateDialog: the client certificate a proxy in front of the server asks for
// (mutual TLS), as a PKCS#12 file (.p12/.pfx) and its password. The file is opened here, so a
// wrong password or a file without a key is said before anything is sent; the session keeps the
// path in the account's settings and the password in the keychain.

#include "api/ClientCertificate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidemark {

class ClientCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClientCertificateDialog(const ClientCertificate &current, QWidget *parent = nullptr);

    //! What was chosen (valid after accept()): loaded, or empty for "no certificate".
    ClientCertificate certificate() const { return m_chosen; }
    //! "none" or "alice (valid until 2027-01-06)".
    static QString summary(const ClientCertificate &certificate);

    QLineEdit *fileField() const { return m_file; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *noneButton() const { return m_none; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    //! Opens the file with the password; stays open with the reason when it cannot.
    void accept() override;

private:
    QLineEdit *m_file = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_none = nullptr;
    QLabel *m_status = nullptr;
    ClientCertificate m_chosen;
};

} // namespace Tidemark
