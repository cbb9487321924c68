// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ErrorBanner: the non-modal strip at the top of the window that says what went wrong in one
// sentence and offers the one thing to do about it (Retry / Log in again / Reset / Settings),
// with the technical details one click away. Never shows rich text.

#include "util/Error.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Tidemark {

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Error, Warning, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    //! Shows an error: its userMessage(), prefixed by context when given ("Sync failed: …").
    void showError(const Error &error, const QString &context = {});
    //! Shows a plain message with an optional action.
    void showMessage(const QString &message, Level level = Level::Info,
        Error::Action action = Error::Action::None, const QString &details = {});

    QString message() const;
    Error::Action action() const { return m_action; }
    QString details() const { return m_details; }
    QPushButton *actionButton() const { return m_actionButton; }

    //! The button text for an action ("Retry", "Log in again"…); empty for None.
    static QString actionText(Error::Action action);

public Q_SLOTS:
    void dismiss();
    void showDetails();

Q_SIGNALS:
    void actionRequested(Tidemark::Error::Action action);
    void dismissed();

private:
    void applyLevel(Level level);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    Error::Action m_action = Error::Action::None;
    QString m_details;
};

} // namespace Tidemark
