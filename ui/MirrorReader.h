// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorReader: small read-only queries on the current mirror (asset details, album names, counts
// per table and per month, partner ids) on a worker thread with its own read-only MirrorStore.
// Results come back on the GUI thread through the callback; a result of a previous mirror (the
// account changed meanwhile) is dropped.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Tidemark {

class MirrorStore;

class MirrorReader : public QObject
{
    Q_OBJECT
public:
    explicit MirrorReader(QObject *parent = nullptr);
    ~MirrorReader() override;

    //! Opens the file read-only on the worker (empty closes).
    void setPath(const QString &path, const QString &selfUserId = {});
    QString path() const { return m_path; }

    //! Runs job(store) on the worker; done(result) on this object's thread. job gets a null
    //! store when no mirror is open (or it cannot be opened).
    template<typename R> void run(std::function<R(MirrorStore *)> job, std::function<void(R)> done)
    {
        const quint64 generation = m_generation;
        QPointer<MirrorReader> self(this);
        post([self, generation, job = std::move(job), done = std::move(done)](MirrorStore *store) {
            R result = job(store);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, result = std::move(result)] {
                    if (self && self->m_generation == generation)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void(MirrorStore *)> task);

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace Tidemark
