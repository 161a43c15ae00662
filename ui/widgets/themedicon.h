// Icons from our SVG files, drawn in the palette's text colour so they read well on light and dark
// palettes, and sharp at any device pixel ratio (rendered on demand, not scaled bitmaps).
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace sd::ui {

// name: a file in resources/icons without ".svg" (e.g. "inbox"). The colour follows palette's
// WindowText (Normal) and PlaceholderText (Disabled).
[[nodiscard]] QIcon themedIcon(const QString &name, const QPalette &palette);

// True when the palette is dark (its window colour is darker than its text colour).
[[nodiscard]] bool isDarkPalette(const QPalette &palette);

} // namespace sd::ui
