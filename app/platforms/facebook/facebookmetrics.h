#pragma once

#include "platforms/postmetrics.h"
#include "platforms/result.h"

namespace platforms::facebook {

// GET /{post-id}?fields=created_time,reactions.summary(total_count).limit(0),comments.summary(total_count)
// .limit(0),shares: reactions, comments and shares (Graph leaves "shares" out when there are none).
Result<PostMetrics> parsePostEngagement(const QByteArray &body);
// GET /{post-id}/insights?metric=<one metric>: the lifetime value, -1 when Graph gave none.
Result<qint64> parsePostInsight(const QString &metric, const QByteArray &body);

} // namespace platforms::facebook
