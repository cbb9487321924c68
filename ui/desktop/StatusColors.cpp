// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/StatusColors.h"

#include <QEvent>
#include <QLabel>
#include <QVariant>

namespace Tidemark::StatusColors {

namespace {

const char *const kToneProperty = "tidemarkStatusTone";

//! Re-picks a label's colour when its palette changes (one filter object for all labels).
class Keeper : public QObject
{
public:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() != QEvent::PaletteChange)
            return false;
        auto *label = qobject_cast<QLabel *>(object);
        const QVariant tone = object->property(kToneProperty);
        if (!label || !tone.isValid() || Tone(tone.toInt()) == Tone::Normal)
            return false;
        // The label's Window role is inherited, so it already is the new window colour.
        const QColor wanted = color(label->palette(), Tone(tone.toInt()));
        if (label->palette().color(QPalette::WindowText) != wanted) {
            QPalette pal;
            pal.setColor(QPalette::WindowText, wanted);
            label->setPalette(pal);
        }
        return false;
    }
};

Keeper *keeper()
{
    static Keeper *k = new Keeper;
    return k;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(const QPalette &palette, Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return isDark(palette) ? QColor(0x7d, 0xd8, 0x95) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Caution:
        return isDark(palette) ? QColor(0xf2, 0xb8, 0x5c) : QColor(0x8a, 0x52, 0x00);
    case Tone::Error:
        return isDark(palette) ? QColor(0xff, 0x8f, 0x85) : QColor(0xb0, 0x20, 0x20);
    case Tone::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void apply(QLabel *label, const QPalette &windowPalette, Tone tone)
{
    label->setProperty(kToneProperty, int(tone));
    if (tone == Tone::Normal) {
        label->setPalette(QPalette());
        return;
    }
    label->installEventFilter(keeper());
    QPalette pal;
    pal.setColor(QPalette::WindowText, color(windowPalette, tone));
    label->setPalette(pal);
}

} // namespace Tidemark::StatusColors
