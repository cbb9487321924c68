// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TestBrowser: what the person's browser does during a single sign-on, over real HTTP: opens the
// provider's sign-in page (the dev server's /oidc/authorize), presses Allow or Deny, and returns
// the address the provider redirected to; open() then visits it like a browser would (the
// loopback listener's page). No cookies, no JavaScript: the dev server's provider needs neither.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace TidemarkTest {

class TestBrowser
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl location; //!< of a redirect
        QString error;
    };

    //! GET without following redirects.
    Page open(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        Page page;
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
        page.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (reply->error() != QNetworkReply::NoError && page.status == 0)
            page.error = reply->errorString();
        reply->deleteLater();
        return page;
    }

    //! The provider's page, then Allow (or Deny): the address it sends the browser back to.
    QUrl signIn(const QUrl &authorizeUrl, bool allow, QString *error = nullptr)
    {
        const Page consent = open(authorizeUrl);
        static const QRegularExpression link(
            QStringLiteral("id=\"(allow|deny)\" href=\"([^\"]+)\""));
        QUrl choice;
        auto it = link.globalMatch(QString::fromUtf8(consent.body));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if ((m.captured(1) == QLatin1StringView("allow")) == allow)
                choice = authorizeUrl.resolved(
                    QUrl(m.captured(2).replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
        }
        if (choice.isEmpty()) {
            if (error)
                *error = QStringLiteral("no consent page (%1): %2")
                             .arg(consent.status)
                             .arg(QString::fromUtf8(consent.body));
            return {};
        }
        const Page back = open(choice);
        if (back.status != 302 && error)
            *error = QStringLiteral("no redirect (%1)").arg(back.status);
        return back.location;
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace TidemarkTest
