// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointModel.h"

#include "protocol/AckString.h"
#include "protocol/SyncTypes.h"

#include <QHash>

#include <algorithm>

namespace Tidemark {

namespace {

//! Stream order of a type name; unknown names after every known one.
int typeRank(const QString &type)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> h;
        const auto &all = allEntityTypes();
        for (int i = 0; i < all.size(); ++i)
            h.insert(entityTypeName(all.at(i)), i);
        return h;
    }();
    return ranks.value(type, int(ranks.size()));
}

bool typeLess(const QString &a, const QString &b)
{
    const int ra = typeRank(a), rb = typeRank(b);
    if (ra != rb)
        return ra < rb;
    return a < b;
}

bool sameRow(const CheckpointRow &a, const CheckpointRow &b)
{
    return a.type == b.type && a.serverAck == b.serverAck && a.localAck == b.localAck
        && a.pendingAck == b.pendingAck && a.pendingCount == b.pendingCount
        && a.serverTime == b.serverTime && a.localTime == b.localTime
        && a.pendingTime == b.pendingTime;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                       : QString();
}

} // namespace

CheckpointModel::CheckpointModel(QObject *parent) : QAbstractTableModel(parent)
{ }

CheckpointModel::~CheckpointModel() = default;

QDateTime CheckpointModel::decodeAckTime(const QString &ack)
{
    if (ack.isEmpty())
        return {};
    if (AckString::isUuid(ack))
        return AckString::uuidV7Timestamp(ack);
    const AckString parsed(ack);
    QDateTime t = parsed.timestamp();
    if (t.isValid())
        return t;
    // "complete" markers and other shapes: the last part that is a UUIDv7.
    const QStringList parts = parsed.parts();
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        t = AckString::uuidV7Timestamp(*it);
        if (t.isValid())
            return t;
    }
    return {};
}

QList<CheckpointRow> CheckpointModel::rows() const
{
    return m_rows;
}

CheckpointRow CheckpointModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CheckpointRow {};
}

int CheckpointModel::rowOfType(const QString &type) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).type == type)
            return i;
    return -1;
}

QStringList CheckpointModel::typesForRows(const QModelIndexList &indexes) const
{
    QList<int> rowNumbers;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this && index.row() < m_rows.size())
            rowNumbers.append(index.row());
    std::sort(rowNumbers.begin(), rowNumbers.end());
    rowNumbers.erase(std::unique(rowNumbers.begin(), rowNumbers.end()), rowNumbers.end());
    QStringList types;
    for (int r : std::as_const(rowNumbers))
        types.append(m_rows.at(r).type);
    return types;
}

QStringList CheckpointModel::checkedTypes() const
{
    QStringList types;
    for (const CheckpointRow &r : m_rows)
        if (m_checked.contains(r.type))
            types.append(r.type);
    return types;
}

void CheckpointModel::setChecked(const QString &type, bool checked)
{
    if (m_checked.contains(type) == checked)
        return;
    if (checked)
        m_checked.insert(type);
    else
        m_checked.remove(type);
    const int row = rowOfType(type);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, TypeColumn), index(row, TypeColumn), {Qt::CheckStateRole});
    Q_EMIT checkedTypesChanged(checkedTypes());
}

void CheckpointModel::setAllChecked(bool checked)
{
    const QSet<QString> before = m_checked;
    m_checked.clear();
    if (checked)
        for (const CheckpointRow &r : std::as_const(m_rows))
            m_checked.insert(r.type);
    if (before == m_checked)
        return;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, TypeColumn), index(int(m_rows.size()) - 1, TypeColumn), {Qt::CheckStateRole});
    Q_EMIT checkedTypesChanged(checkedTypes());
}

void CheckpointModel::setRows(const QList<CheckpointRow> &input)
{
    // Normalise: drop empty rows, fill in times, one row per type (the last wins), sorted.
    QHash<QString, CheckpointRow> byType;
    for (CheckpointRow r : input) {
        if (r.type.isEmpty())
            continue;
        if (r.serverAck.isEmpty() && r.localAck.isEmpty() && r.pendingAck.isEmpty()
            && r.pendingCount <= 0)
            continue;
        if (!r.serverTime.isValid())
            r.serverTime = decodeAckTime(r.serverAck);
        if (!r.localTime.isValid())
            r.localTime = decodeAckTime(r.localAck);
        if (!r.pendingTime.isValid())
            r.pendingTime = decodeAckTime(r.pendingAck);
        byType.insert(r.type, r);
    }
    QList<CheckpointRow> next = byType.values();
    std::sort(next.begin(), next.end(),
        [](const CheckpointRow &a, const CheckpointRow &b) { return typeLess(a.type, b.type); });

    // Both lists are sorted by the same order: merge them, removing, inserting and updating in
    // place. Consecutive inserts / removes are grouped into one signal each.
    int i = 0; // position in m_rows (the model as it is now)
    int j = 0; // position in next
    bool checkedChanged = false;
    while (i < m_rows.size() || j < next.size()) {
        if (j >= next.size()
            || (i < m_rows.size() && typeLess(m_rows.at(i).type, next.at(j).type))) {
            int end = i;
            while (end + 1 < m_rows.size()
                && (j >= next.size() || typeLess(m_rows.at(end + 1).type, next.at(j).type)))
                ++end;
            beginRemoveRows({}, i, end);
            for (int k = i; k <= end; ++k)
                checkedChanged |= m_checked.remove(m_rows.at(k).type);
            m_rows.remove(i, end - i + 1);
            endRemoveRows();
        } else if (i >= m_rows.size() || typeLess(next.at(j).type, m_rows.at(i).type)) {
            int endJ = j;
            while (endJ + 1 < next.size()
                && (i >= m_rows.size() || typeLess(next.at(endJ + 1).type, m_rows.at(i).type)))
                ++endJ;
            const int count = endJ - j + 1;
            beginInsertRows({}, i, i + count - 1);
            for (int k = 0; k < count; ++k)
                m_rows.insert(i + k, next.at(j + k));
            endInsertRows();
            i += count;
            j += count;
        } else {
            if (!sameRow(m_rows.at(i), next.at(j))) {
                m_rows[i] = next.at(j);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
    if (checkedChanged)
        Q_EMIT checkedTypesChanged(checkedTypes());
}

void CheckpointModel::clear()
{
    setRows({});
}

int CheckpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckpointModel::ackForColumn(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const CheckpointRow &r = m_rows.at(row);
    switch (column) {
    case LocalAckColumn:
    case LocalTimeColumn:
        return r.localAck;
    case PendingAckColumn:
    case PendingTimeColumn:
    case PendingCountColumn:
        return r.pendingAck;
    case ServerAckColumn:
    case ServerTimeColumn:
        return r.serverAck;
    default:
        return r.serverAck.isEmpty() ? r.localAck : r.serverAck;
    }
}

QVariant CheckpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckpointRow &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::ToolTipRole
        && (c == ServerTimeColumn || c == LocalTimeColumn || c == PendingTimeColumn)) {
        // The time is read from the ack; the ack itself, in full, on hover (escaped: it comes
        // from the server).
        const QString ack = ackForColumn(index.row(), c);
        if (ack.isEmpty())
            return {};
        const QString what = c == ServerTimeColumn ? tr("Server ack:")
            : c == LocalTimeColumn                 ? tr("Local ack:")
                                                   : tr("Latest pending ack:");
        return QStringLiteral("<p style=\"white-space:pre\">%1 %2</p>")
            .arg(what.toHtmlEscaped(), ack.toHtmlEscaped());
    }
    if (role == Qt::ToolTipRole
        && (c == TypeColumn || c == ServerAckColumn || c == LocalAckColumn
            || c == PendingAckColumn)) {
        // Ack strings come from the server: escaped, so a tooltip never takes them as rich text.
        const QVariant shown = data(index, Qt::DisplayRole);
        if (shown.typeId() == QMetaType::QString && !shown.toString().isEmpty())
            return QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                .arg(shown.toString().toHtmlEscaped());
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TypeColumn:
            return r.type;
        case ServerAckColumn:
            return r.serverAck;
        case ServerTimeColumn:
            return timeText(r.serverTime);
        case LocalAckColumn:
            return r.localAck;
        case LocalTimeColumn:
            return timeText(r.localTime);
        case PendingCountColumn:
            return r.pendingCount > 0 ? QVariant(r.pendingCount) : QVariant(QString());
        case PendingAckColumn:
            return r.pendingAck;
        case PendingTimeColumn:
            return timeText(r.pendingTime);
        case AgreeColumn:
            if (r.keptByServer()) {
                if (role == Qt::ToolTipRole)
                    return tr(
                        "Kept by the server: it writes this checkpoint itself once it has sent "
                        "the older items of a newly shared partner or album (a backfill). "
                        "Tidemark does not need its own copy, so this is not a disagreement.");
                return tr("kept by server");
            }
            if (role == Qt::ToolTipRole)
                return r.agree() ? tr("Server and local checkpoints agree")
                                 : tr("Server and local checkpoints differ");
            return r.agree() ? QStringLiteral("\u2713") : QStringLiteral("\u2260");
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TypeColumn)
            return m_checked.contains(r.type) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PendingCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TypeRole:
        return r.type;
    case ServerAckRole:
        return r.serverAck;
    case LocalAckRole:
        return r.localAck;
    case PendingAckRole:
        return r.pendingAck;
    case ServerTimeRole:
        return r.serverTime;
    case LocalTimeRole:
        return r.localTime;
    case PendingTimeRole:
        return r.pendingTime;
    case AgreeRole:
        return r.agree();
    case KeptByServerRole:
        return r.keptByServer();
    case PendingCountRole:
        return r.pendingCount;
    case HasPendingRole:
        return r.pendingCount > 0;
    case CheckpointRowRole:
        return QVariant::fromValue(r);
    }
    return {};
}

bool CheckpointModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TypeColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_rows.at(index.row()).type, value.toInt() == Qt::Checked);
    return true;
}

QVariant CheckpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ServerAckColumn:
        return tr("Server ack");
    case ServerTimeColumn:
        return tr("Server time");
    case LocalAckColumn:
        return tr("Local ack");
    case LocalTimeColumn:
        return tr("Local time");
    case PendingCountColumn:
        return tr("Pending");
    case PendingAckColumn:
        return tr("Latest pending ack");
    case PendingTimeColumn:
        return tr("Pending time");
    case AgreeColumn:
        return tr("Agree");
    }
    return {};
}

Qt::ItemFlags CheckpointModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TypeColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> CheckpointModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(ServerAckRole, "serverAck");
    names.insert(LocalAckRole, "localAck");
    names.insert(PendingAckRole, "pendingAck");
    names.insert(ServerTimeRole, "serverTime");
    names.insert(LocalTimeRole, "localTime");
    names.insert(PendingTimeRole, "pendingTime");
    names.insert(AgreeRole, "agree");
    names.insert(PendingCountRole, "pendingCount");
    names.insert(HasPendingRole, "hasPending");
    names.insert(CheckpointRowRole, "checkpointRow");
    names.insert(KeptByServerRole, "keptByServer");
    return names;
}

} // namespace Tidemark
