// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HeadersDialog.h"

#include "desktop/StatusColors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidemark {

HeadersDialog::HeadersDialog(const ServerAccess &access, QWidget *parent)
    : QDialog(parent), m_base(access)
{
    setWindowTitle(tr("Proxy headers"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("Headers the proxy in front of your Immich server asks for, such "
                                "as CF-Access-Client-Id and CF-Access-Client-Secret for Cloudflare "
                                "Access. Tidemark sends them with every request to this server "
                                "and nowhere else, and keeps their values in the system keychain."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_rowsLayout = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add header"), this);
    m_add->setAccessibleName(tr("Add a header"));
    m_add->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HeadersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HeadersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    for (const CustomHeader &h : access.headers)
        addRow(QString::fromLatin1(h.name), QString::fromUtf8(h.value));
    if (m_rows.isEmpty())
        addRow();
}

void HeadersDialog::addRow(const QString &name, const QString &value)
{
    Row row;
    row.widget = new QWidget(this);
    auto *h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.name = new QLineEdit(name, row.widget);
    row.name->setPlaceholderText(tr("Name, e.g. CF-Access-Client-Id"));
    row.name->setAccessibleName(tr("Header name"));
    row.value = new QLineEdit(value, row.widget);
    row.value->setEchoMode(QLineEdit::Password);
    row.value->setPlaceholderText(tr("Value"));
    row.value->setAccessibleName(tr("Header value"));
    row.value->setAccessibleDescription(tr("Kept in the system keychain; shown only as dots."));
    auto *remove = new QPushButton(tr("Remove"), row.widget);
    remove->setAccessibleName(tr("Remove this header"));
    remove->setAutoDefault(false);
    h->addWidget(row.name, 2);
    h->addWidget(row.value, 3);
    h->addWidget(remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    QWidget *widget = row.widget;
    connect(remove, &QPushButton::clicked, this, [this, widget] {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].widget == widget) {
                m_rows.removeAt(i);
                widget->deleteLater();
                return;
            }
        }
    });
}

ServerAccess HeadersDialog::access() const
{
    ServerAccess a = m_base; // the client certificate stays as it was
    a.headers.clear();
    for (const Row &r : m_rows) {
        const QString name = r.name->text().trimmed();
        if (!name.isEmpty())
            a.headers.append({name.toLatin1(), r.value->text().toUtf8()});
    }
    return a;
}

QString HeadersDialog::summary(const ServerAccess &access)
{
    if (access.headers.isEmpty())
        return tr("none");
    return tr("%1: %2")
        .arg(access.headers.size())
        .arg(access.names().join(QLatin1StringView(", ")));
}

void HeadersDialog::accept()
{
    QStringList seen;
    for (const Row &r : std::as_const(m_rows)) {
        const QString name = r.name->text().trimmed();
        if (name.isEmpty() && r.value->text().isEmpty())
            continue;
        QString problem;
        if (!ServerAccess::isAllowedName(name))
            problem = tr("“%1” is not a header name Tidemark may set (letters, digits and "
                         "-_.!#$%&'*+^`|~ only; not Host, Cookie, x-api-key and the like).")
                          .arg(name);
        else if (r.value->text().isEmpty())
            problem = tr("Enter a value for %1.").arg(name);
        else if (seen.contains(name.toLower()))
            problem = tr("%1 is there twice.").arg(name);
        if (!problem.isEmpty()) {
            StatusColors::apply(m_status, palette(), StatusColors::Tone::Error);
            m_status->setText(problem);
            (r.value->text().isEmpty() && !name.isEmpty() ? r.value : r.name)->setFocus();
            return;
        }
        seen << name.toLower();
    }
    QDialog::accept();
}

} // namespace Tidemark
