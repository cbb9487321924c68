// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AddressesDialog.h"

#include "AppController.h"
#include "desktop/StatusColors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tidemark {

AddressesDialog::AddressesDialog(AppController *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setWindowTitle(tr("Server addresses"));
    setMinimumWidth(520);
    auto *intro = new QLabel(
        tr("Tidemark uses the first of these addresses that answers, in this order: put a home "
           "(LAN) address before the public one. Before it sends your session to an address, it "
           "checks that the same Immich installation answers there."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Server addresses, in the order they are tried"));
    for (const QString &a : app->currentAccount().allAddresses()) {
        auto *item = new QListWidgetItem(a, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setAccessibleName(tr("Add an address"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected address"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setAccessibleName(tr("Try the selected address earlier"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setAccessibleName(tr("Try the selected address later"));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setAutoDefault(false);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);

    m_inUse = new QLabel(this);
    m_inUse->setTextFormat(Qt::PlainText);
    m_inUse->setWordWrap(true);
    m_inUse->setAccessibleName(tr("Address in use"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddressesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_inUse);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QString(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->takeItem(m_list->currentRow());
        updateButtons();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AddressesDialog::updateButtons);
    connect(app, &AppController::addressChanged, this, &AddressesDialog::updateInUse);
    connect(app, &AppController::stateChanged, this, &AddressesDialog::updateInUse);
    m_list->setCurrentRow(0);
    updateButtons();
    updateInUse();
}

QStringList AddressesDialog::addresses() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->text().trimmed().isEmpty())
            out << m_list->item(i)->text().trimmed();
    return out;
}

void AddressesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    // The account's own address (where it logged in) stays: it is what the account is.
    const bool own
        = row >= 0 && m_list->item(row)->text().trimmed() == m_app->currentAccount().serverUrl;
    m_remove->setEnabled(row >= 0 && !own);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void AddressesDialog::updateInUse()
{
    const QString address = m_app->currentAddress();
    const bool connected = m_app->state() == AppController::State::Connected;
    m_inUse->setText(address.isEmpty() || !connected ? tr("No address is in use (not connected).")
                                                     : tr("In use now: %1").arg(address));
}

void AddressesDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void AddressesDialog::accept()
{
    QString error;
    if (!m_app->setAddresses(addresses(), &error)) {
        StatusColors::apply(m_status, palette(), StatusColors::Tone::Error);
        m_status->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Tidemark
