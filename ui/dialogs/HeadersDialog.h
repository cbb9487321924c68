// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HeadersDialog: the headers a proxy in front of the server asks for (Cloudflare Access' client
// id and secret, Basic auth), any name and value. Values are typed like passwords and kept in
// the keychain by the session; this dialog only edits them.

#include "api/ServerAccess.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Tidemark {

class HeadersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HeadersDialog(const ServerAccess &access, QWidget *parent = nullptr);

    //! What the rows say (valid after accept()), with the rest of the access it was given.
    ServerAccess access() const;
    //! "none" or "2: CF-Access-Client-Id, CF-Access-Client-Secret" (names only: values are
    //! secrets).
    static QString summary(const ServerAccess &access);

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *nameField(int row) const { return m_rows.at(row).name; }
    QLineEdit *valueField(int row) const { return m_rows.at(row).value; }
    QPushButton *addButton() const { return m_add; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void addRow(const QString &name = {}, const QString &value = {});
    //! Checks every row; stays open with the reason when one is wrong.
    void accept() override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *value = nullptr;
    };
    ServerAccess m_base;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Tidemark
