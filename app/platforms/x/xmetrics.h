#pragma once

#include "platforms/postmetrics.h"
#include "platforms/result.h"

#include <QList>

namespace platforms::x {

// GET /2/tweets?ids=…&tweet.fields=public_metrics,created_at: the posts found (deleted ones are left out; X
// lists them under "errors").
Result<QList<PostMetrics>> parsePostMetrics(const QByteArray &body);

} // namespace platforms::x
