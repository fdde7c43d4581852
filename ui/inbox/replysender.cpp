#include "inbox/replysender.h"

#include "workspace/workspace.h"

namespace ui {

ReplySender::ReplySender(workspace::Workspace &workspace) : m_service(workspace.database(), workspace.actor())
{
}

} // namespace ui
