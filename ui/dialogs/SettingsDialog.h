// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SettingsDialog: thumbnail cache size, default ack mode, request timeout, periodic sync and its
// interval, failure notifications, language (placeholder).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;

namespace Tidemark {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    //! Writes the values to UiSettings (also called by accept()).
    void apply();
    //! Current on-disk size of the thumbnail cache, shown beside the cap.
    void setCacheUsage(qint64 bytes);

    QSpinBox *cacheSizeBox() const { return m_cacheSize; }
    QComboBox *ackModeBox() const { return m_ackMode; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *periodicSyncBox() const { return m_periodic; }
    QSpinBox *periodicMinutesBox() const { return m_periodicMinutes; }
    QCheckBox *notifyBox() const { return m_notify; }

Q_SIGNALS:
    void clearThumbnailCacheRequested();

public Q_SLOTS:
    void accept() override;

private:
    QSpinBox *m_cacheSize = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QComboBox *m_ackMode = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_periodic = nullptr;
    QSpinBox *m_periodicMinutes = nullptr;
    QCheckBox *m_notify = nullptr;
};

} // namespace Tidemark
