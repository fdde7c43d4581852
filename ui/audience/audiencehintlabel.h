#pragma once

#include "domain/account.h"

class QLabel;

namespace workspace {
class Workspace;
}

namespace ui {

// The line under a variant in the composer that says who its account's audience is
// (audience::TailoringHint over the latest snapshot): "Facebook: 46% UK, half in London; most interested in
// culture". Null when the account has no snapshot yet. One small query per editor.
QLabel *newAudienceHintLabel(workspace::Workspace &workspace, const domain::Account &account);

} // namespace ui
