#pragma once

#include "store/result.h"

#include <QDate>

namespace workspace {

class Workspace;

struct DemoOptions
{
    quint32 seed = 2016; // the same seed and day give the same workspace
    QDate today;         // the demo's "now" is 09:00 UTC of this day; null: the last 09:00 UTC that has passed
    int mentions = 400;
};

// Fills an empty workspace with the press office of the interview: five accounts, a year of audience
// snapshots with the shares the attaché gave, drafts and scheduled posts in English and Russian, and a few
// hundred mentions and comments. Refuses a workspace that already has accounts.
store::Status createDemo(Workspace &workspace, const DemoOptions &options = {});

namespace demo {
// Parts of the demo, one file each; createDemo() calls them in order.
struct Context;
store::Status addAccounts(Context &context);
store::Status addAudience(Context &context);
store::Status addPosts(Context &context);
store::Status addPostMetrics(Context &context); // demometrics.cpp: a year of published posts and their reach
store::Status addMentions(Context &context, int count);
} // namespace demo

} // namespace workspace
