#pragma once
// Overview models, read off the GUI thread from the mirror file (each read on its own short-lived
// read-only connection in the Qt thread pool; results merged with minimal signals):
//
//   EntityCountsModel  - one row per server-derived mirror table: local row count beside the
//                        count the server reports (setServerCounts(), e.g. from statistics).
//   MonthlyAssetsModel - assets per calendar month of localDateTime (newest first): photos and
//                        videos, own / partner / other (album-only) — what a bar chart binds to.
//
// refresh() re-reads; connect SyncService::mirrorChanged to onMirrorChanged(). Rows are updated
// in place (dataChanged), months that appear or vanish are inserted/removed; no reset unless the
// mirror path changes.

#include "mirror/MirrorTypes.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>

namespace Tidemark {

class EntityCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, LocalCountColumn, ServerCountColumn, DifferenceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TableRole = Qt::UserRole + 1, //!< QString mirror table name ("assets", "exif", …)
        LocalCountRole,               //!< qint64
        ServerCountRole,              //!< qint64, or invalid when the server gave none
        DifferenceRole                //!< qint64 local - server, or invalid
    };
    Q_ENUM(Role)

    explicit EntityCountsModel(QObject *parent = nullptr);
    ~EntityCountsModel() override;

    void setMirrorPath(const QString &path); //!< resets, then reads
    QString mirrorPath() const;
    //! Server-side figures keyed by mirror table name (missing = unknown).
    void setServerCounts(const QHash<QString, qint64> &counts);
    qint64 localCount(const QString &table) const; //!< -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void refresh();
    void onMirrorChanged(const QStringList &tables);

Q_SIGNALS:
    void refreshed();
    void loadFailed(const QString &message);

private:
    void apply(const MirrorTableCounts &counts);

    struct Row {
        QString table;
        qint64 local = 0;
    };
    QString m_path;
    QList<Row> m_rows;
    QHash<QString, qint64> m_server;
    QPointer<QFutureWatcher<MirrorResult<MirrorTableCounts>>> m_watcher;
    quint64 m_generation = 0;
    bool m_again = false;
};

class MonthlyAssetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MonthColumn,
        OwnPhotosColumn,
        OwnVideosColumn,
        PartnerPhotosColumn,
        PartnerVideosColumn,
        OtherPhotosColumn,
        OtherVideosColumn,
        TotalColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        MonthRole = Qt::UserRole + 1, //!< QString "2024-05"
        MonthDateRole,                //!< QDate, first day of the month
        OwnPhotosRole, OwnVideosRole, PartnerPhotosRole, PartnerVideosRole, OtherPhotosRole,
        OtherVideosRole, TotalRole,   //!< qint64
        BucketRole                    //!< QVariant::fromValue(MonthBucket)
    };
    Q_ENUM(Role)

    explicit MonthlyAssetsModel(QObject *parent = nullptr);
    ~MonthlyAssetsModel() override;

    void setMirrorPath(const QString &path);
    QString mirrorPath() const;
    void setSelfUserId(const QString &userId); //!< default: the mirror's auth_user
    //! Only assets matching this filter are counted (default: everything, trash included).
    void setFilter(const AssetFilter &filter);
    MonthBucket bucketAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void refresh();
    void onMirrorChanged(const QStringList &tables);

Q_SIGNALS:
    void refreshed();
    void loadFailed(const QString &message);

private:
    void apply(const QList<MonthBucket> &buckets);

    QString m_path;
    QString m_selfId;
    AssetFilter m_filter;
    QList<MonthBucket> m_rows; // newest month first
    QPointer<QFutureWatcher<MirrorResult<QList<MonthBucket>>>> m_watcher;
    quint64 m_generation = 0;
    bool m_again = false;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::MonthBucket)
