// Light and dark palettes. "system" follows the platform's palette (and its changes); "light" and
// "dark" force one, with the Fusion style so that every platform honours the colours.
#pragma once

#include <QString>

namespace sd::ui {

[[nodiscard]] QStringList supportedThemes(); // "system", "light", "dark"
void applyTheme(const QString &theme);

} // namespace sd::ui
