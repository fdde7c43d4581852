#pragma once

class QApplication;

namespace ui {

// The application's look: Fusion with a restrained style sheet for pane titles, the sidebar and hints,
// derived from the palette so it reads in light and dark themes alike.
void applyStyle(QApplication &app);

} // namespace ui
