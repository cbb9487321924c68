// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectDialog: server address, then email and password (or an API key), or the server's single
// sign-on. "Check server" pings the server and shows its version and what it supports; "Log in"
// checks, logs in and stores the session token in the keychain; the single sign-on button (with
// the server's own words, shown only when the server offers it, pressed by itself when the server
// asks for auto-launch) opens the provider's page in the browser and waits for its answer, by the
// loopback listener or Immich's app link, or pasted; "Try the demo" starts the built-in sample
// server.
//
// Security notices live here too: a plain http:// address to another machine gets a warning (the
// password and the token would travel unencrypted); a server whose certificate is refused shows
// the refusal, the certificate's SHA-256 fingerprint and "Trust this certificate", which pins
// exactly that fingerprint for that server (AccountStore) and checks again. Everything the server
// says is shown as plain text.

#include "session/SingleSignOn.h"
#include "util/Error.h"

#include <QDialog>

class QComboBox;
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
    QPushButton *singleSignOnButton() const { return m_sso; }
    QComboBox *redirectChoice() const { return m_redirect; }
    QLineEdit *pastedAddressField() const { return m_pasted; }
    QLineEdit *pageAddressField() const { return m_pageAddress; }
    QPushButton *usePastedButton() const { return m_usePasted; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *headersButton() const { return m_headers; }
    QPushButton *clientCertificateButton() const { return m_clientCertificate; }
    QLabel *clientCertificateSummary() const { return m_clientCertificateSummary; }
    QLabel *headersLabel() const { return m_headersSummary; }
    //! The proxy headers the check and the login send (the Proxy headers… dialog sets them).
    void setServerAccess(const ServerAccess &access);
    ServerAccess serverAccess() const { return m_access; }
    bool isWaitingForBrowser() const { return m_ssoWaiting; }
    //! The fingerprint "Trust this certificate" would pin (empty when none is offered).
    QString offeredFingerprint() const { return m_offeredFingerprint; }

    //! The sentence shown for a probe result.
    static QString describeProbe(const ServerProbe &probe);
    //! The stream's request type names (protocol words), for the Server line's tooltip.
    static QString requestTypesTip(const ServerProbe &probe);

public Q_SLOTS:
    void checkServer();
    void logIn();
    //! Logs in with the server's single sign-on, answered by the chosen redirect.
    void logInWithSingleSignOn();
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
    void showError(const Error &error);
    void onProbe(const ServerProbe &probe);
    void onLogin(bool ok, const Error &error);
    void onSingleSignOnWaiting(const QUrl &url, SingleSignOn::Redirect redirect, bool opened);
    void setWaitingForBrowser(bool waiting);
    void updateHttpWarning();
    void offerTrust(const Error &error);

    //! Shows or hides the email and password rows as the server's login options say.
    void applyLoginOptions(const ServerProbe &probe);

    AppController *m_app;
    QFormLayout *m_loginForm = nullptr;
    bool m_passwordLoginOff = false; //!< the checked server accepts no passwords
    bool m_ssoOffered = false; //!< the checked server offers single sign-on
    bool m_ssoWaiting = false; //!< a single sign-on waits for the browser
    QString m_autoLaunchedFor; //!< auto-launch happens once per server address
    QWidget *m_ssoRow = nullptr;
    QPushButton *m_sso = nullptr;
    QComboBox *m_redirect = nullptr;
    QWidget *m_waitBox = nullptr;
    QPushButton *m_headers = nullptr;
    QLabel *m_headersSummary = nullptr;
    QPushButton *m_clientCertificate = nullptr;
    QLabel *m_clientCertificateSummary = nullptr;
    ServerAccess m_access;
    QWidget *m_pasteRow = nullptr;
    QLineEdit *m_pageAddress = nullptr; //!< the provider's page while waiting (selectable)
    QLineEdit *m_pasted = nullptr;
    QPushButton *m_usePasted = nullptr;
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
