// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StatusColors: the green "good", amber "caution" and red "error" text colours of status lines,
// picked for the current palette so that they keep a contrast of at least 4.5:1 on a light and
// on a dark window background (WCAG AA for normal text).
//
// apply() remembers the tone on the label and re-picks the colour whenever the label's palette
// changes (a theme switch while the app runs, the desktop's dark mode), so a label coloured for
// a light window never stays dark green on a dark one.

#include <QColor>
#include <QPalette>

class QLabel;

namespace Tidemark::StatusColors {

enum class Tone { Normal, Good, Caution, Error };

bool isDark(const QPalette &palette);
QColor color(const QPalette &palette, Tone tone);

//! Colours a label's text for `tone` (Normal returns it to the inherited palette) and keeps it
//! right on later palette changes. `windowPalette` is the palette of the window it sits on.
void apply(QLabel *label, const QPalette &windowPalette, Tone tone);

} // namespace Tidemark::StatusColors
