#pragma once

#include <QDateTime>
#include <QString>

namespace platforms {

// The one error every platform's failures map to. The UI decides how to react from `kind` alone; the platform's
// own code and message are kept so the user (and support) can see what the platform actually said.
struct PlatformError
{
    enum class Kind {
        Transient,   // try again later: network trouble, 5xx, malformed answer
        RateLimited, // wait until resetAt (when known)
        Auth,        // token missing, expired or revoked: sign in again
        Permission,  // the account or app may not do this
        Policy,      // the platform refused the content (spam, automation rules)
        Duplicate,   // identical content already posted
        Invalid,     // the request itself is wrong (too long, bad ids, missing safe-domain link, ...)
        NotFound,    // the post, comment or user does not exist (any more)
    };

    Kind kind = Kind::Transient;
    QString platformCode;    // as the platform sent it ("88", "190/463", "20019", ".../problems/usage-capped")
    QString platformMessage; // as the platform sent it, untranslated
    int httpStatus = 0;      // 0 when no HTTP answer arrived
    QDateTime resetAt;       // UTC; only for RateLimited, invalid when unknown
    // True when a request that changes something may have reached the platform although no clear answer came
    // back (timeout after sending, dropped connection, 5xx on a POST). The publisher must reconcile by reading
    // the account's recent posts before it tries again; the transport never retries such a request.
    bool uncertain = false;

    // A translated sentence for the user: what happened and what to do, followed by the platform's own words.
    QString userMessage() const;

    static PlatformError make(Kind kind, const QString &message, int httpStatus = 0,
                              const QString &code = QString());
};

QString kindId(PlatformError::Kind kind);

} // namespace platforms
