// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorReader.h"

#include "mirror/MirrorStore.h"

#include <QFileInfo>

namespace Tidemark {

class MirrorReader::Worker : public QObject
{
public:
    std::unique_ptr<MirrorStore> store;
    QString path;
    QString self;
    bool tried = false;

    MirrorStore *ensure()
    {
        if (store && store->isOpen())
            return store.get();
        if (path.isEmpty() || tried)
            return nullptr;
        tried = true;
        if (!QFileInfo::exists(path)) {
            tried = false; // the sync may create it later
            return nullptr;
        }
        store = std::make_unique<MirrorStore>();
        MirrorStore::OpenOptions o;
        o.readOnly = true;
        o.quickCheck = false;
        if (store->open(path, o).isError()) {
            store.reset();
            tried = false;
            return nullptr;
        }
        if (!self.isEmpty())
            store->setSelfUserId(self);
        return store.get();
    }
};

MirrorReader::MirrorReader(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("mirror-reader"));
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

MirrorReader::~MirrorReader()
{
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { w->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MirrorReader::setPath(const QString &path, const QString &selfUserId)
{
    m_path = path;
    ++m_generation;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [w, path, selfUserId] {
            w->store.reset();
            w->path = path;
            w->self = selfUserId;
            w->tried = false;
        },
        Qt::QueuedConnection);
}

void MirrorReader::post(std::function<void(MirrorStore *)> task)
{
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, task = std::move(task)] { task(w->ensure()); }, Qt::QueuedConnection);
}

} // namespace Tidemark
