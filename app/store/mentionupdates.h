#pragma once

#include "store/result.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

// The failures of changing inbox items, worded once for the files that implement store::MentionRepository
// (mentionrepository.cpp: reading, storing, triage; mentionreplies.cpp: our replies and response times).
namespace store::mentionupdates {

inline Status updateError(const QSqlQuery &q)
{
    return queryError(q, QCoreApplication::translate("store", "The items could not be updated."));
}

inline Status commitError()
{
    return Error{QCoreApplication::translate("store", "The items could not be updated."), {}};
}

} // namespace store::mentionupdates
