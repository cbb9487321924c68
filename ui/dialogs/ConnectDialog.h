// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectDialog: server address, then email and password (or an API key). "Check server" pings
// the server and shows its version and what it supports; "Log in" checks, logs in and stores the
// session token in the keychain; "Try the demo" starts the built-in sample server.
//
// Security notices live here too: a plain http:// address to another machine gets a warning (the
// password and the token would travel unencrypted); a server whose certificate is refused shows
// the refusal, the certificate's SHA-256 fingerprint and "Trust this certificate", which pins
// exactly that fingerprint for that server (AccountStore) and checks again. Everything the server
// says is shown as plain text.

#include "api/ApiError.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidemark {

class AppController;
struct ServerProbe;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(AppController *app, QWidget *parent = nullptr);
    // ~QDialog hides the dialog, which moves focus out of the address field and emits its
    // editingFinished after this class is already gone; the destructor disconnects first.
    ~ConnectDialog() override;

    void setServerUrl(const QString &url);
    void setEmail(const QString &email);

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *demoButton() const { return m_demo; }
    QLabel *serverInfoLabel() const { return m_serverInfo; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *httpWarningLabel() const { return m_httpWarning; }
    QLabel *certificateLabel() const { return m_certificate; }
    QLabel *apiKeyNote() const { return m_keyNote; }
    QPushButton *trustButton() const { return m_trust; }
    //! The fingerprint "Trust this certificate" would pin (empty when none is offered).
    QString offeredFingerprint() const { return m_offeredFingerprint; }

    //! The sentence shown for a probe result.
    static QString describeProbe(const ServerProbe &probe);
    //! The stream's request type names (protocol words), for the Server line's tooltip.
    static QString requestTypesTip(const ServerProbe &probe);

public Q_SLOTS:
    void checkServer();
    void logIn();
    void tryDemo();
    //! Pins the offered certificate for the server in the address field, then checks again.
    void trustCertificate();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    //! The wrapped paragraphs (the server line grows after a check) need more height the narrower
    //! the dialog is: the minimum height follows the width, so that no size a window manager
    //! keeps or a person drags squeezes them; the dialog grows when it is too short.
    void fitHeightToWidth();
    void fitContents(); //!< adjustSize(), then fitHeightToWidth()
    void setBusy(bool busy, const QString &message = {});
    void showError(const ApiError &error);
    void onProbe(const ServerProbe &probe);
    void onLogin(bool ok, const ApiError &error);
    void updateHttpWarning();
    void offerTrust(const ApiError &error);

    //! Shows or hides the email and password rows as the server's login options say.
    void applyLoginOptions(const ServerProbe &probe);

    AppController *m_app;
    QFormLayout *m_loginForm = nullptr;
    bool m_passwordLoginOff = false; //!< the checked server accepts no passwords
    QLineEdit *m_url = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_serverInfo = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_httpWarning = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_keyNote = nullptr;
    QPushButton *m_trust = nullptr;
    QString m_offeredFingerprint;
    QString m_offeredServer;
    QPushButton *m_login = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};

} // namespace Tidemark
