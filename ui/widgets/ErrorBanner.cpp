// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace Tidemark {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message banner"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Message"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton = new QPushButton(this);
    m_actionButton->setAccessibleName(tr("Suggested action"));
    m_actionButton->setAccessibleDescription(
        tr("Does what the message suggests: retry, log in again or check the settings."));
    m_detailsButton = new QPushButton(tr("Details…"), this);
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    m_detailsButton->setAccessibleDescription(
        tr("Shows the request, status and technical detail behind the message."));
    m_closeButton = new QPushButton(tr("Dismiss"), this);
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    m_closeButton->setAccessibleDescription(tr("Hides the message (Escape)."));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_closeButton);

    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        const Error::Action a = m_action;
        dismiss();
        Q_EMIT actionRequested(a);
    });
    connect(m_detailsButton, &QPushButton::clicked, this, &ErrorBanner::showDetails);
    connect(m_closeButton, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

QString ErrorBanner::actionText(Error::Action action)
{
    switch (action) {
    case Error::Action::Retry:
        return tr("Retry");
    case Error::Action::LogInAgain:
        return tr("Log in again");
    case Error::Action::Reset:
        return tr("Reset…");
    case Error::Action::CheckSettings:
        return tr("Check connection…");
    case Error::Action::UpgradeServer:
        return {};
    case Error::Action::FreeDisk:
        return {};
    case Error::Action::None:
        return {};
    }
    return {};
}

void ErrorBanner::applyLevel(Level level)
{
    QPalette pal = palette();
    QColor bg;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Error:
        bg = QColor(0xf8, 0xd7, 0xda);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Level::Warning:
        bg = QColor(0xff, 0xf3, 0xcd);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Info:
        bg = QColor(0xd1, 0xe7, 0xf5);
        break;
    }
    pal.setColor(QPalette::Window, bg);
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    const int s = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(s, s));
}

void ErrorBanner::showError(const Error &error, const QString &context)
{
    const QString sentence
        = context.isEmpty() ? error.userMessage() : tr("%1: %2").arg(context, error.userMessage());
    showMessage(sentence, Level::Error, error.suggestedAction(), error.technicalDetails());
}

void ErrorBanner::showMessage(
    const QString &message, Level level, Error::Action action, const QString &details)
{
    applyLevel(level);
    m_text->setText(message);
    m_action = action;
    m_details = details;
    const QString at = actionText(action);
    m_actionButton->setText(at);
    m_actionButton->setVisible(!at.isEmpty());
    m_detailsButton->setVisible(!details.isEmpty());
    setAccessibleDescription(message);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::dismiss()
{
    hide();
    Q_EMIT dismissed();
}

void ErrorBanner::showDetails()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Details"), m_text->text(), QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(m_details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace Tidemark
