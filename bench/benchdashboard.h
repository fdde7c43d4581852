#pragma once

#include <QStringList>

// The Dashboards pane's refresh over a workspace whose audience was counted from `locations.size()` followers
// (a million by default), spread over five accounts with a year of weekly snapshots, a year of published posts
// with their metrics and a year of inbox items: what one refresh costs, queries and charts, offscreen. Prints
// BENCH audience.refresh_ms (the worst of the views measured) and the views one by one. Returns non-zero on
// failure. Needs a QApplication.
int benchDashboardRefresh(const QStringList &locations, const QStringList &bios);
