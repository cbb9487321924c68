// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AddressesDialog: the addresses of the current account's server, in the order Tidemark tries
// them (a home address before the public one), as Immich's mobile app lets one set a local and
// an external address. It says which one is in use; Tidemark checks that an address is the same
// installation before it sends the session there, so a wrong one is harmless.

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Tidemark {

class AppController;

class AddressesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddressesDialog(AppController *app, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLabel *inUseLabel() const { return m_inUse; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QStringList addresses() const;

public Q_SLOTS:
    //! Saves the order and checks the addresses again; stays open with the reason when one is
    //! not an address.
    void accept() override;

private:
    void updateButtons();
    void updateInUse();
    void move(int by);

    AppController *m_app;
    QListWidget *m_list = nullptr;
    QLabel *m_inUse = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace Tidemark
