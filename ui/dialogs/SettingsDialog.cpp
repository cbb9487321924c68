// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "UiSettings.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tidemark {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;

    m_cacheSize = new QSpinBox(this);
    m_cacheSize->setRange(16, 100000);
    m_cacheSize->setSingleStep(64);
    m_cacheSize->setSuffix(tr(" MiB"));
    m_cacheSize->setValue(UiSettings::thumbnailCacheMiB());
    m_cacheSize->setAccessibleName(tr("Thumbnail cache size"));
    m_cacheSize->setAccessibleDescription(
        tr("Largest size of the thumbnails kept on disk, in MiB."));
    m_cacheUsage = new QLabel(this);
    m_cacheUsage->setTextFormat(Qt::PlainText);
    auto *clear = new QPushButton(tr("&Clear cache"), this);
    clear->setAccessibleName(tr("Clear thumbnail cache"));
    clear->setAccessibleDescription(
        tr("Deletes the thumbnails kept on disk; they are downloaded again when shown."));
    connect(clear, &QPushButton::clicked, this, &SettingsDialog::clearThumbnailCacheRequested);
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheSize);
    cacheRow->addWidget(m_cacheUsage, 1);
    cacheRow->addWidget(clear);
    auto *cacheLabel = new QLabel(tr("T&humbnail cache:"), this);
    cacheLabel->setBuddy(m_cacheSize);
    form->addRow(cacheLabel, cacheRow);

    m_ackMode = new QComboBox(this);
    m_ackMode->addItem(tr("Automatic: acknowledge after saving"), ackModeName(AckMode::Automatic));
    m_ackMode->addItem(
        tr("Manual: keep acks pending until I send them"), ackModeName(AckMode::Manual));
    m_ackMode->addItem(
        tr("Dry run: save nothing, acknowledge nothing"), ackModeName(AckMode::DryRun));
    m_ackMode->setCurrentIndex(m_ackMode->findData(ackModeName(UiSettings::defaultAckMode())));
    m_ackMode->setAccessibleName(tr("Default acknowledgement mode"));
    m_ackMode->setAccessibleDescription(tr("How a new sync acknowledges what it received."));
    auto *ackLabel = new QLabel(tr("Default &ack mode:"), this);
    ackLabel->setBuddy(m_ackMode);
    form->addRow(ackLabel, m_ackMode);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(UiSettings::requestTimeoutSeconds());
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setAccessibleDescription(
        tr("A request fails when the server sends nothing for this long."));
    m_timeout->setToolTip(tr("A request fails when the server sends nothing for this long."));
    auto *timeoutLabel = new QLabel(tr("Request &timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);

    m_periodic = new QCheckBox(tr("Sync e&very"), this);
    m_periodic->setChecked(UiSettings::periodicSyncEnabled());
    m_periodic->setAccessibleName(tr("Sync periodically"));
    m_periodic->setAccessibleDescription(
        tr("Starts a sync at a fixed interval while Tidemark runs; skipped "
           "while a run is active or the server is unreachable."));
    m_periodicMinutes = new QSpinBox(this);
    m_periodicMinutes->setRange(5, 1440);
    m_periodicMinutes->setSingleStep(5);
    m_periodicMinutes->setSuffix(tr(" min"));
    m_periodicMinutes->setValue(UiSettings::periodicSyncMinutes());
    m_periodicMinutes->setEnabled(m_periodic->isChecked());
    m_periodicMinutes->setAccessibleName(tr("Periodic sync interval in minutes"));
    m_periodicMinutes->setAccessibleDescription(
        tr("Minutes between two periodic syncs, from 5 to 1440."));
    connect(m_periodic, &QCheckBox::toggled, m_periodicMinutes, &QWidget::setEnabled);
    auto *periodicRow = new QHBoxLayout;
    periodicRow->addWidget(m_periodic);
    periodicRow->addWidget(m_periodicMinutes);
    periodicRow->addStretch(1);
    form->addRow(tr("Periodic sync:"), periodicRow);

    m_notify = new QCheckBox(tr("&Notify me when a sync fails"), this);
    m_notify->setChecked(UiSettings::notifyOnFailure());
    m_notify->setAccessibleName(tr("Notify when a sync fails"));
    m_notify->setAccessibleDescription(tr("Shows a desktop notification from the tray icon."));
    form->addRow(tr("Notifications:"), m_notify);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    for (const Translations::Language &l : Translations::available())
        m_language->addItem(
            l.nativeName, l.code); // each in its own language, so anyone finds theirs
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiSettings::language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of the window; a change applies at the next start."));
    m_language->setToolTip(
        tr("The language of Tidemark's window. A change applies at the next start."));
    auto *languageNote = new QLabel(tr("Applies after a restart."), this);
    languageNote->setEnabled(false);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    auto *langLabel = new QLabel(tr("&Language:"), this);
    langLabel->setBuddy(m_language);
    form->addRow(langLabel, languageRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setCacheUsage(-1);
}

void SettingsDialog::setCacheUsage(qint64 bytes)
{
    m_cacheUsage->setText(
        bytes < 0 ? QString() : tr("%1 in use").arg(QLocale().formattedDataSize(bytes)));
}

void SettingsDialog::apply()
{
    UiSettings::setThumbnailCacheMiB(m_cacheSize->value());
    UiSettings::setDefaultAckMode(ackModeFromName(m_ackMode->currentData().toString()));
    UiSettings::setRequestTimeoutSeconds(m_timeout->value());
    UiSettings::setLanguage(m_language->currentData().toString());
    UiSettings::setPeriodicSyncEnabled(m_periodic->isChecked());
    UiSettings::setPeriodicSyncMinutes(m_periodicMinutes->value());
    UiSettings::setNotifyOnFailure(m_notify->isChecked());
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace Tidemark
