// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ConnectDialog.h"

#include "AppController.h"
#include "desktop/StatusColors.h"
#include "dialogs/ClientCertificateDialog.h"
#include "dialogs/HeadersDialog.h"
#include "protocol/ServerUrl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidemark {

ConnectDialog::~ConnectDialog()
{
    disconnect(m_url, nullptr, this, nullptr);
}

ConnectDialog::ConnectDialog(AppController *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setWindowTitle(tr("Connect to an Immich server"));
    setMinimumWidth(560);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_url = new QLineEdit(serverBox);
    m_url->setPlaceholderText(tr("photos.example.com or http://192.168.1.5:2283"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setAccessibleDescription(tr("For example photos.example.com, http://192.168.1.5:2283 or "
                                       "https://photos.example.com/api."));
    m_check = new QPushButton(tr("C&heck server"), serverBox);
    m_check->setAccessibleName(tr("Check the server"));
    m_check->setAccessibleDescription(tr(
        "Checks that an Immich server answers there and shows its version and what it supports."));
    m_check->setAutoDefault(false);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_check);
    auto *urlLabel = new QLabel(tr("&Address:"), serverBox);
    urlLabel->setBuddy(m_url);
    serverForm->addRow(urlLabel, urlRow);
    m_serverInfo = new QLabel(tr("Not checked yet."), serverBox);
    m_serverInfo->setTextFormat(Qt::PlainText);
    m_serverInfo->setWordWrap(true);
    m_serverInfo->setAccessibleName(tr("Server information"));
    serverForm->addRow(tr("Server:"), m_serverInfo);
    m_httpWarning = new QLabel(serverBox);
    m_httpWarning->setTextFormat(Qt::PlainText);
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setAccessibleName(tr("Unencrypted connection warning"));
    StatusColors::apply(m_httpWarning, palette(), StatusColors::Tone::Caution);
    m_httpWarning->hide();
    serverForm->addRow(QString(), m_httpWarning);
    m_headers = new QPushButton(tr("Proxy &headers…"), serverBox);
    m_headers->setAccessibleName(tr("Proxy headers"));
    m_headers->setAccessibleDescription(
        tr("Headers a proxy in front of the server asks for, such as Cloudflare Access'."));
    m_headers->setAutoDefault(false);
    m_headersSummary = new QLabel(HeadersDialog::summary({}), serverBox);
    m_headersSummary->setTextFormat(Qt::PlainText);
    m_headersSummary->setAccessibleName(tr("Proxy headers set"));
    auto *headersRow = new QHBoxLayout;
    headersRow->addWidget(m_headers);
    headersRow->addWidget(m_headersSummary, 1);
    serverForm->addRow(tr("Proxy:"), headersRow);
    m_clientCertificate = new QPushButton(tr("Client &certificate…"), serverBox);
    m_clientCertificate->setAccessibleName(tr("Client certificate"));
    m_clientCertificate->setAccessibleDescription(
        tr("The certificate file a proxy in front of the server asks for (mutual TLS)."));
    m_clientCertificate->setAutoDefault(false);
    m_clientCertificateSummary = new QLabel(ClientCertificateDialog::summary({}), serverBox);
    m_clientCertificateSummary->setTextFormat(Qt::PlainText);
    m_clientCertificateSummary->setAccessibleName(tr("Client certificate in use"));
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_clientCertificate);
    certificateRow->addWidget(m_clientCertificateSummary, 1);
    serverForm->addRow(QString(), certificateRow);
    m_certificate = new QLabel(serverBox);
    m_certificate->setTextFormat(Qt::PlainText);
    m_certificate->setWordWrap(false); // explicit lines: a wrapped fingerprint is hard to compare
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setAccessibleName(tr("Server certificate"));
    m_trust = new QPushButton(tr("&Trust this certificate"), serverBox);
    m_trust->setAccessibleName(tr("Trust this certificate for this server"));
    m_trust->setAccessibleDescription(
        tr("Accepts this server's certificate although no known authority vouches for it; compare "
           "its fingerprint first."));
    m_trust->setAutoDefault(false);
    auto *certBox = new QVBoxLayout;
    certBox->addWidget(m_certificate);
    certBox->addWidget(m_trust, 0, Qt::AlignLeft);
    serverForm->addRow(certBox);
    m_certificate->hide();
    m_trust->hide();

    auto *loginBox = new QGroupBox(tr("Account"), this);
    auto *loginForm = m_loginForm = new QFormLayout(loginBox);
    m_email = new QLineEdit(loginBox);
    m_email->setAccessibleName(tr("Email"));
    m_email->setAccessibleDescription(tr("The email address you log in to Immich with."));
    m_email->setPlaceholderText(tr("you@example.com"));
    auto *emailLabel = new QLabel(tr("&Email:"), loginBox);
    emailLabel->setBuddy(m_email);
    loginForm->addRow(emailLabel, m_email);
    m_password = new QLineEdit(loginBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    const bool memoryOnly = app->secretsKeptOnlyWhileRunning();
    m_password->setAccessibleDescription(memoryOnly
            ? tr("Sent only to the server to log in; never saved. The session is kept only while "
                 "Tidemark runs.")
            : tr("Sent only to the server to log in; never saved. The session token is kept in the "
                 "keychain."));
    auto *pwLabel = new QLabel(tr("&Password:"), loginBox);
    pwLabel->setBuddy(m_password);
    loginForm->addRow(pwLabel, m_password);
    m_apiKey = new QLineEdit(loginBox);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setAccessibleName(tr("API key (optional)"));
    m_apiKey->setAccessibleDescription(memoryOnly
            ? tr("Optional: instead of a password, for full and delta sync, statistics and "
                 "thumbnails (not the sync stream); kept only while Tidemark runs.")
            : tr("Optional: instead of a password, for full and delta sync, statistics and "
                 "thumbnails (not the sync stream); kept in the keychain."));
    m_apiKey->setPlaceholderText(tr("optional"));
    auto *keyLabel = new QLabel(tr("API &key:"), loginBox);
    keyLabel->setBuddy(m_apiKey);
    loginForm->addRow(keyLabel, m_apiKey);
    auto *keyNote = m_keyNote = new QLabel(memoryOnly
            ? tr("An API key works for full and delta sync, statistics and thumbnails. "
                 "The sync stream and checkpoints need a login session: the server "
                 "refuses them for API keys. Logging in creates a new session with its "
                 "own checkpoints; it is kept only while Tidemark runs, not saved.")
            : tr("An API key works for full and delta sync, statistics and thumbnails. "
                 "The sync stream and checkpoints need a login session: the server "
                 "refuses them for API keys. Logging in creates a new session with its "
                 "own checkpoints; the token is kept in the system keychain."),
        loginBox);
    keyNote->setTextFormat(Qt::PlainText);
    keyNote->setWordWrap(true);
    loginForm->addRow(QString(), keyNote);

    m_sso = new QPushButton(tr("Log in with single sign-on"), loginBox);
    m_sso->setAccessibleName(tr("Log in with single sign-on"));
    m_sso->setAccessibleDescription(tr("Opens the server's sign-in page in your browser and waits "
                                       "for its answer."));
    m_sso->setAutoDefault(false);
    m_ssoRow = m_sso;
    loginForm->addRow(tr("Single sign-on:"), m_sso);
    loginForm->setRowVisible(m_sso, false);
    m_redirect = new QComboBox(loginBox);
    m_redirect->addItem(
        tr("Tidemark on this computer (127.0.0.1)"), int(SingleSignOn::Redirect::Loopback));
    m_redirect->addItem(
        tr("Immich's app link (app.immich://)"), int(SingleSignOn::Redirect::AppLink));
    m_redirect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_redirect->setMinimumContentsLength(24);
    m_redirect->setAccessibleName(tr("How the sign-in page answers"));
    m_redirect->setAccessibleDescription(
        tr("The address your single sign-on provider sends the browser back to. Its "
           "administrator must allow it: loopback addresses for this computer, or Immich's app "
           "link, which the mobile app uses too."));
    m_redirect->setToolTip(m_redirect->accessibleDescription());
    auto *redirectLabel = new QLabel(tr("&Answer to:"), loginBox);
    redirectLabel->setBuddy(m_redirect);
    loginForm->addRow(redirectLabel, m_redirect);
    loginForm->setRowVisible(m_redirect, false);
    // While a single sign-on waits for the browser: its own box, so that the account form's
    // label column (and the wrapped notes under it) keeps its width.
    m_waitBox = new QGroupBox(tr("Waiting for the browser"), this);
    auto *waitForm = new QFormLayout(m_waitBox);
    m_pageAddress = new QLineEdit(m_waitBox);
    m_pageAddress->setReadOnly(true);
    m_pageAddress->setAccessibleName(tr("Address of the sign-in page"));
    auto *pageLabel = new QLabel(tr("Sign-in &page:"), m_waitBox);
    pageLabel->setBuddy(m_pageAddress);
    waitForm->addRow(pageLabel, m_pageAddress);

    m_pasteRow = new QWidget(m_waitBox);
    auto *pasteLayout = new QHBoxLayout(m_pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    m_pasted = new QLineEdit(m_pasteRow);
    m_pasted->setPlaceholderText(tr("app.immich:///oauth-callback?code=…"));
    m_pasted->setAccessibleName(tr("Address the browser ended on"));
    m_pasted->setAccessibleDescription(
        tr("If the browser could not hand the answer back to Tidemark, paste the address it "
           "ended on here."));
    m_usePasted = new QPushButton(tr("&Use address"), m_pasteRow);
    m_usePasted->setAccessibleName(tr("Use the pasted address"));
    m_usePasted->setAutoDefault(false);
    pasteLayout->addWidget(m_pasted, 1);
    pasteLayout->addWidget(m_usePasted);
    auto *pasteLabel = new QLabel(tr("Browser ended &on:"), m_waitBox);
    pasteLabel->setBuddy(m_pasted);
    waitForm->addRow(pasteLabel, m_pasteRow);
    m_waitBox->hide();

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setAccessibleName(tr("Log in"));
    m_login->setAccessibleDescription(tr("Checks the server and logs in."));
    m_login->setDefault(true);
    m_demo = buttons->addButton(tr("Try the &demo"), QDialogButtonBox::ActionRole);
    m_demo->setAccessibleName(tr("Try the demo with a sample server on this computer"));
    m_demo->setAccessibleDescription(
        tr("Starts a built-in Immich-compatible server with a made-up library and logs in to it."));
    m_demo->setToolTip(
        tr("Starts a sample Immich-compatible server inside Tidemark, with a made-up "
           "library, and logs in to it."));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_login, &QPushButton::clicked, this, &ConnectDialog::logIn);
    connect(m_demo, &QPushButton::clicked, this, &ConnectDialog::tryDemo);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_ssoWaiting)
            m_app->cancelSingleSignOn(); // the dialog stays: another way to log in may follow
        else
            reject();
    });
    connect(m_sso, &QPushButton::clicked, this, &ConnectDialog::logInWithSingleSignOn);
    connect(m_clientCertificate, &QPushButton::clicked, this, [this] {
        ClientCertificateDialog dialog(m_access.clientCertificate, this);
        if (dialog.exec() == QDialog::Accepted) {
            ServerAccess access = m_access;
            access.clientCertificate = dialog.certificate();
            setServerAccess(access);
            if (!m_url->text().trimmed().isEmpty())
                checkServer();
        }
    });
    connect(m_headers, &QPushButton::clicked, this, [this] {
        HeadersDialog dialog(m_access, this);
        if (dialog.exec() == QDialog::Accepted) {
            setServerAccess(dialog.access());
            if (!m_url->text().trimmed().isEmpty())
                checkServer();
        }
    });
    connect(m_usePasted, &QPushButton::clicked, this, [this] {
        const QString text = m_pasted->text().trimmed();
        if (!text.isEmpty())
            m_app->completeSingleSignOn(QUrl(text));
    });
    connect(m_check, &QPushButton::clicked, this, &ConnectDialog::checkServer);
    connect(m_trust, &QPushButton::clicked, this, &ConnectDialog::trustCertificate);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::updateHttpWarning);
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (!m_url->text().trimmed().isEmpty() && m_url->isModified()) {
            m_url->setModified(false);
            checkServer();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(loginBox);
    layout->addWidget(m_waitBox);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(app, &AppController::serverProbed, this, &ConnectDialog::onProbe);
    connect(app, &AppController::loginFinished, this, &ConnectDialog::onLogin);
    connect(app, &AppController::singleSignOnWaiting, this, &ConnectDialog::onSingleSignOnWaiting);
}

void ConnectDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToWidth();
}

void ConnectDialog::fitContents()
{
    adjustSize();
    fitHeightToWidth();
}

void ConnectDialog::fitHeightToWidth()
{
    if (!layout())
        return;
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed <= 0)
        return;
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void ConnectDialog::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void ConnectDialog::updateHttpWarning()
{
    const auto url = ServerUrl::parse(m_url->text());
    const bool clear = url && url->scheme() == QLatin1StringView("http") && !url->isLoopback();
    m_httpWarning->setText(clear
            ? tr("Warning: http:// is not encrypted. Your password and session token "
                 "would cross the network readable by anyone on the way. Use https:// "
                 "unless this network is entirely yours.")
            : QString());
    if (m_httpWarning->isVisible() != clear) {
        m_httpWarning->setVisible(clear);
        if (isVisible())
            fitContents();
    }
}

void ConnectDialog::offerTrust(const Error &error)
{
    const auto url = ServerUrl::parse(m_url->text());
    const bool offer = error.kind == Error::Kind::Tls && !error.certificateSha256.isEmpty() && url;
    m_offeredFingerprint = offer ? error.certificateSha256 : QString();
    m_offeredServer = offer ? url->toString() : QString();
    if (offer)
        m_certificate->setText(tr("SHA-256 fingerprint of the certificate of %1:\n%2\n"
                                  "Trust it only if it matches the one your server shows.")
                                   .arg(url->origin().toString(),
                                       error.certificateSha256.left(47) + QLatin1Char('\n')
                                           + error.certificateSha256.mid(48)));
    m_certificate->setVisible(offer);
    m_trust->setVisible(offer);
    if (isVisible())
        fitContents();
}

void ConnectDialog::trustCertificate()
{
    if (m_offeredFingerprint.isEmpty())
        return;
    m_app->accountStore().setPinnedCertificate(m_offeredServer, m_offeredFingerprint);
    offerTrust({});
    checkServer();
}

void ConnectDialog::setServerAccess(const ServerAccess &access)
{
    m_access = access;
    m_headersSummary->setText(HeadersDialog::summary(access));
    m_clientCertificateSummary->setText(ClientCertificateDialog::summary(access.clientCertificate));
}

void ConnectDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void ConnectDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_check),
             static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_password),
             static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_login),
             static_cast<QWidget *>(m_demo), static_cast<QWidget *>(m_sso),
             static_cast<QWidget *>(m_redirect)})
        w->setEnabled(!busy);
    if (!message.isEmpty() || busy) {
        StatusColors::apply(m_status, palette(), StatusColors::Tone::Normal);
        m_status->setText(message);
    }
}

void ConnectDialog::showError(const Error &error)
{
    StatusColors::apply(
        m_status, palette(), StatusColors::Tone::Error); // readable on dark palettes too
    QString text = error.userMessage();
    switch (error.suggestedAction()) {
    case Error::Action::Retry:
        text += QLatin1Char(' ') + tr("Check that the server is running and try again.");
        break;
    case Error::Action::LogInAgain:
        if (error.kind == Error::Kind::Unauthorized)
            text += QLatin1Char(' ') + tr("Check the email and password.");
        break;
    case Error::Action::CheckSettings:
        text += QLatin1Char(' ') + tr("Check the address.");
        break;
    default:
        break;
    }
    m_status->setText(text);
}

QString ConnectDialog::requestTypesTip(const ServerProbe &p)
{
    if (p.error.isError() || !p.capabilities.hasSyncStream())
        return {};
    QStringList names;
    for (SyncRequestType t : p.capabilities.supportedRequestTypes())
        names << requestTypeName(t);
    return tr("Request types of this server's sync stream: %1").arg(names.join(u", "));
}

QString ConnectDialog::describeProbe(const ServerProbe &p)
{
    if (p.error.isError())
        return p.error.userMessage();
    const ServerCapabilities &c = p.capabilities;
    QStringList parts;
    parts << tr("Immich %1 at %2.").arg(p.version.toString(), p.apiBase);
    if (c.hasSyncStream()) {
        // The names are protocol words: a count here, the list on hover (requestTypesTip).
        parts << tr("Sync stream: yes, %n request type(s).", nullptr,
            int(c.supportedRequestTypes().size()));
    } else {
        parts << tr("Sync stream: no (needs 1.127 or newer).");
    }
    parts << (c.hasFullAndDeltaSync() ? tr("Full and delta sync: yes.")
                                      : tr("Full and delta sync: no (removed in 3.0)."));
    parts << (c.usesV2AssetTypes() ? tr("Asset types: V2.") : tr("Asset types: V1."));
    if (p.loginOptionsKnown) {
        if (!p.features.passwordLogin)
            parts << tr("Log in: single sign-on only.");
        else if (p.features.oauth)
            parts << tr("Log in: password or single sign-on.");
        else
            parts << tr("Log in: password.");
    }
    return parts.join(QLatin1Char(' '));
}

void ConnectDialog::checkServer()
{
    setBusy(true, tr("Checking the server…"));
    m_serverInfo->setText(tr("Checking…"));
    m_app->probeServer(m_url->text(), m_access);
}

void ConnectDialog::onProbe(const ServerProbe &probe)
{
    if (!isVisible() && !m_busy)
        return;
    // A refused certificate is explained once, in the status line, with its fingerprint.
    m_serverInfo->setText(probe.error.kind == Error::Kind::Tls ? tr("Certificate not trusted.")
                                                               : describeProbe(probe));
    m_serverInfo->setToolTip(requestTypesTip(probe));
    offerTrust(probe.error);
    if (!probe.error.isError())
        applyLoginOptions(probe);
    if (m_busy && m_status->text() == tr("Checking the server…")) {
        setBusy(false);
        if (probe.error.isError())
            showError(probe.error);
        else if (m_passwordLoginOff && m_ssoOffered)
            m_status->setText(
                tr("This server accepts only single sign-on. Use the button "
                   "“%1”, or log in with an API key (create one in Immich under "
                   "Account Settings, API Keys).")
                    .arg(m_sso->text().replace(QLatin1StringView("&&"), QLatin1StringView("&"))));
        else if (m_passwordLoginOff)
            m_status->setText(tr("This server accepts no passwords and offers no single sign-on. "
                                 "Log in with an API key (create one in Immich under Account "
                                 "Settings, API Keys)."));
        else if (m_ssoOffered)
            m_status->setText(
                tr("The server answers. Enter your email and password, or use single sign-on."));
        else
            m_status->setText(tr("The server answers. Enter your email and password."));
    }
    // Auto-launch, as the server's own login page does: once per address, only after a check
    // that the person asked for (not while another login runs).
    if (!probe.error.isError() && m_ssoOffered && probe.features.oauthAutoLaunch && !m_busy
        && m_autoLaunchedFor != probe.apiBase) {
        m_autoLaunchedFor = probe.apiBase;
        logInWithSingleSignOn();
    }
    if (isVisible())
        fitContents();
}

void ConnectDialog::logIn()
{
    if (m_url->text().trimmed().isEmpty()) {
        showError(Error::make(
            Error::Kind::InvalidInput, QStringLiteral("connect"), tr("Enter the server address.")));
        m_status->setText(tr("Enter the server address."));
        m_url->setFocus();
        return;
    }
    const bool hasPassword = !m_passwordLoginOff && !m_password->text().isEmpty();
    if (m_passwordLoginOff && m_apiKey->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter an API key: this server accepts no passwords."));
        m_apiKey->setFocus();
        return;
    }
    if (!hasPassword && m_apiKey->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter your password, or an API key."));
        m_password->setFocus();
        return;
    }
    if (hasPassword && m_email->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter your email address."));
        m_email->setFocus();
        return;
    }
    setBusy(true, tr("Logging in…"));
    m_app->logIn(m_url->text(), m_email->text().trimmed(),
        hasPassword ? m_password->text() : QString(), m_apiKey->text().trimmed(), m_access);
}

void ConnectDialog::applyLoginOptions(const ServerProbe &probe)
{
    const bool sso = probe.loginOptionsKnown && probe.features.oauth;
    QString words = probe.config.oauthButtonText.trimmed();
    if (words.isEmpty())
        words = tr("Log in with single sign-on");
    m_sso->setText(QString(words).replace(QLatin1Char('&'), QLatin1StringView("&&")));
    m_sso->setAccessibleName(words);
    if (sso != m_ssoOffered) {
        m_ssoOffered = sso;
        m_loginForm->setRowVisible(m_ssoRow, sso);
        m_loginForm->setRowVisible(m_redirect, sso);
        if (isVisible())
            fitContents();
    }
    const bool off = probe.loginOptionsKnown && !probe.features.passwordLogin;
    if (off == m_passwordLoginOff)
        return;
    m_passwordLoginOff = off;
    m_loginForm->setRowVisible(m_email, !off);
    m_loginForm->setRowVisible(m_password, !off);
    m_apiKey->setPlaceholderText(off ? tr("required by this server") : tr("optional"));
    if (isVisible())
        fitContents();
}

void ConnectDialog::logInWithSingleSignOn()
{
    if (m_url->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter the server address."));
        m_url->setFocus();
        return;
    }
    setBusy(true, tr("Opening the sign-in page…"));
    m_app->logInWithSingleSignOn(
        m_url->text(), SingleSignOn::Redirect(m_redirect->currentData().toInt()), m_access);
}

void ConnectDialog::setWaitingForBrowser(bool waiting)
{
    m_ssoWaiting = waiting;
    m_waitBox->setVisible(waiting);
    m_pasted->clear();
    if (isVisible()) {
        fitContents();
        // The wider label column rewraps the notes: measure again once the rows are laid out.
        QTimer::singleShot(0, this, &ConnectDialog::fitContents);
    }
}

void ConnectDialog::onSingleSignOnWaiting(
    const QUrl &url, SingleSignOn::Redirect redirect, bool opened)
{
    if (!m_busy)
        return;
    setWaitingForBrowser(true);
    m_pageAddress->setText(url.toString());
    m_pageAddress->setCursorPosition(0);
    QString text = opened ? tr("Finish logging in in your browser: Tidemark opened the sign-in "
                               "page. If it did not appear, open the address above yourself.")
                          : tr("No browser could be opened. Open the address above in a browser "
                               "to log in.");
    if (redirect == SingleSignOn::Redirect::AppLink)
        text += QLatin1Char(' ')
            + tr("At the end, let the browser open Tidemark for the app.immich link, or paste the "
                 "address it ended on below.");
    else
        text += QLatin1Char(' ') + tr("Cancel stops waiting.");
    StatusColors::apply(m_status, palette(), StatusColors::Tone::Normal);
    m_status->setText(text);
    if (isVisible())
        fitContents();
}

void ConnectDialog::tryDemo()
{
    setBusy(true, tr("Starting the demo server…"));
    m_app->startDemo();
}

void ConnectDialog::onLogin(bool ok, const Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    setWaitingForBrowser(false);
    m_password->clear();
    if (ok) {
        accept();
        return;
    }
    offerTrust(error);
    showError(error);
    fitContents();
}

} // namespace Tidemark
