// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CheckpointModel: one row per entity type that has a server, local or pending ack.
//
// Fed by SyncService::checkpointsChanged(QList<CheckpointRow>) through setRows(), which applies
// the minimal change set: rowsInserted / rowsRemoved for types that appear / disappear,
// dataChanged for rows whose values changed, and never a reset when the set of types is
// unchanged. Rows are sorted by entity type in stream order (SyncTypes' allEntityTypes order,
// unknown types last, alphabetically).
//
// Rows are checkable (column 0): the "ack pending" / "reset" / "discard" actions ask for
// checkedTypes() or for typesForRows(selection).

#include "sync/SyncTypesUi.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Tidemark {

class CheckpointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        ServerAckColumn,
        ServerTimeColumn,
        LocalAckColumn,
        LocalTimeColumn,
        PendingCountColumn,
        PendingAckColumn,
        PendingTimeColumn,
        AgreeColumn, //!< "✓" when server and local acks agree, "kept by server" for a backfill
                     //!< checkpoint the server writes itself, "≠" otherwise
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TypeRole = Qt::UserRole + 1, //!< QString entity type name
        ServerAckRole, //!< QString (empty when none)
        LocalAckRole, //!< QString
        PendingAckRole, //!< QString
        ServerTimeRole, //!< QDateTime UTC decoded from the ack's UUIDv7
        LocalTimeRole, //!< QDateTime UTC
        PendingTimeRole, //!< QDateTime UTC
        AgreeRole, //!< bool serverAck == localAck
        PendingCountRole, //!< int
        HasPendingRole, //!< bool pendingCount > 0
        CheckpointRowRole, //!< QVariant::fromValue(CheckpointRow)
        KeptByServerRole //!< bool CheckpointRow::keptByServer()
    };
    Q_ENUM(Role)

    explicit CheckpointModel(QObject *parent = nullptr);
    ~CheckpointModel() override;

    QList<CheckpointRow> rows() const;
    CheckpointRow rowAt(int row) const;
    int rowOfType(const QString &type) const; //!< -1 when absent

    //! Entity types of the given rows (any column), in row order, without duplicates.
    QStringList typesForRows(const QModelIndexList &indexes) const;
    //! Types whose row is checked, in row order.
    QStringList checkedTypes() const;
    void setChecked(const QString &type, bool checked);
    void setAllChecked(bool checked);

    //! The time encoded in an ack's UUIDv7 id (ms since epoch, UTC): "Type|<uuid>[|…]" or a bare
    //! UUID. The last UUIDv7 part wins (backfill acks carry two ids). Invalid when none.
    static QDateTime decodeAckTime(const QString &ack);
    //! The full ack a cell stands for: the server's for the server columns, the local one for
    //! the local columns, the latest pending one for the pending columns; for the others the
    //! server's (the local one when the server has none).
    QString ackForColumn(int row, int column) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    //! Replaces the content with minimal signals (connect SyncService::checkpointsChanged here).
    //! Rows without any ack and without pending acks are dropped. Missing times are decoded
    //! from the acks.
    void setRows(const QList<Tidemark::CheckpointRow> &rows);
    void clear();

Q_SIGNALS:
    void checkedTypesChanged(const QStringList &types);

private:
    QList<CheckpointRow> m_rows;
    QSet<QString> m_checked;
};

} // namespace Tidemark
