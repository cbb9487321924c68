#pragma once
// StatusColors: the green "good", amber "caution" and red "error" text colours of status lines, picked for
// the current palette so that they keep a contrast of at least 4.5:1 on a light and on a dark
// window background (WCAG AA for normal text). Widgets that use them re-apply them on
// QEvent::PaletteChange, so a theme switch while the app runs keeps them readable.

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Tidemark::StatusColors {

enum class Tone { Normal, Good, Caution, Error };

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor color(const QPalette &palette, Tone tone)
{
    switch (tone) {
    case Tone::Good: return isDark(palette) ? QColor(0x7d, 0xd8, 0x95) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Caution: return isDark(palette) ? QColor(0xf2, 0xb8, 0x5c) : QColor(0x8a, 0x52, 0x00);
    case Tone::Error: return isDark(palette) ? QColor(0xff, 0x8f, 0x85) : QColor(0xb0, 0x20, 0x20);
    case Tone::Normal: break;
    }
    return palette.color(QPalette::WindowText);
}

//! Colours a label's text; Normal returns it to the inherited palette.
inline void apply(QLabel *label, const QPalette &windowPalette, Tone tone)
{
    if (tone == Tone::Normal) {
        label->setPalette(QPalette());
        return;
    }
    QPalette pal;
    pal.setColor(QPalette::WindowText, color(windowPalette, tone));
    label->setPalette(pal);
}

} // namespace Tidemark::StatusColors
