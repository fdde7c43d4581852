#include "platforms/vault/vault.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcVault, "attache.platforms.vault")

namespace platforms::vault {

QString SecretKey::toString() const
{
    return workspaceId + QLatin1Char('/') + accountId + QLatin1Char('/') + kind;
}

Vault::Vault(QObject *parent) : QObject(parent) {}

VaultError Vault::errorFor(int keychainError, const QString &detail)
{
    VaultError e;
    e.detail = detail;
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        e.kind = VaultError::Kind::NotFound;
        e.message = QCoreApplication::translate("platforms",
                                                "No saved sign-in was found for this account. Sign in again.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = VaultError::Kind::Denied;
        e.message = QCoreApplication::translate("platforms",
                                                "The system keychain refused access. Unlock your keyring (for example "
                                                "\"Passwords and Keys\" or KWallet) and try again.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // On Linux every failure to reach the Secret Service arrives as OtherError with a message: no libsecret,
        // no D-Bus session, no keyring daemon, or a locked collection.
        e.kind = VaultError::Kind::Unavailable;
        e.message = QCoreApplication::translate(
            "platforms",
            "Attaché keeps sign-in tokens only in the system keychain, and none could be reached (%1). Install and "
            "start a Secret Service keyring — on Debian: sudo apt install gnome-keyring libsecret-1-0 — and make sure "
            "it runs and is unlocked in your desktop session (on a server, start one with dbus-run-session and "
            "gnome-keyring-daemon --unlock). Then try again. Tokens are never saved anywhere else.")
                        .arg(detail.isEmpty() ? QCoreApplication::translate("platforms", "no details") : detail);
        break;
    }
    return e;
}

namespace {

// Runs a job and hands its outcome to `finished`, unless context is gone. The job never falls back to a file.
template <typename Job>
void run(Job *job, const SecretKey &key, QObject *context, std::function<void(Job *)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.toString());
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, hasContext, guard, finished](QKeychain::Job *) {
        if (hasContext && !guard)
            return;
        finished(job);
    });
    job->start();
}

std::optional<VaultError> outcome(QKeychain::Job *job, const char *what, const SecretKey &key)
{
    if (job->error() == QKeychain::NoError)
        return std::nullopt;
    // The key names the account, never the secret; errorString() does not contain the secret either.
    qCWarning(lcVault).noquote() << what << key.toString() << "failed:" << int(job->error()) << job->errorString();
    return Vault::errorFor(job->error(), job->errorString());
}

} // namespace

void Vault::write(const SecretKey &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setTextData(secret);
    run<QKeychain::WritePasswordJob>(job, key, context, [key, done](QKeychain::WritePasswordJob *j) {
        done(outcome(j, "writing", key));
    });
}

void Vault::read(const SecretKey &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    run<QKeychain::ReadPasswordJob>(job, key, context, [key, done](QKeychain::ReadPasswordJob *j) {
        SecretResult r;
        r.error = j->error() == QKeychain::EntryNotFound ? Vault::errorFor(QKeychain::EntryNotFound, j->errorString())
                                                         : outcome(j, "reading", key);
        if (!r.error)
            r.secret = j->textData();
        done(r);
    });
}

void Vault::remove(const SecretKey &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    run<QKeychain::DeletePasswordJob>(job, key, context, [key, done](QKeychain::DeletePasswordJob *j) {
        // Removing what is not there leaves the keychain as asked.
        if (j->error() == QKeychain::EntryNotFound)
            return done(std::nullopt);
        done(outcome(j, "removing", key));
    });
}

} // namespace platforms::vault
