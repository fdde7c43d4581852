#include "shell/style.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace ui {

void applyStyle(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = app.palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QString sidebar = dark ? QStringLiteral("#23272e") : QStringLiteral("#eef1f5");
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    app.setStyleSheet(
        QStringLiteral("#paneTitle { font-size: 18pt; font-weight: 600; padding: 2px 0 6px 0; }"
                       "#sidebar { background: %1; }"
                       "#sidebar QListView { background: transparent; border: none; font-size: 11pt; }"
                       "#sidebar QListView::item { padding: 6px 4px; border-radius: 4px; }"
                       "#sidebar QListView::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"
                       "#sidebarTitle { color: %2; font-weight: 600; padding: 8px 4px 2px 4px; }"
                       "#hint { color: %2; }")
            .arg(sidebar, muted));
}

} // namespace ui
