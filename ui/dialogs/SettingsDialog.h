#pragma once
// SettingsDialog: thumbnail cache size, default ack mode, request timeout, language (placeholder).

#include <QDialog>

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
};

} // namespace Tidemark
