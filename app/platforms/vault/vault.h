#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace platforms::vault {

// Where one secret lives: keychain service "attache", key "<workspace id>/<account id>/<kind>".
struct SecretKey
{
    QString workspaceId;
    QString accountId;
    QString kind; // "access", "refresh", "page", "app-secret", ...

    QString toString() const;
};

struct VaultError
{
    enum class Kind {
        NotFound,    // no secret under this key: the account needs signing in
        Unavailable, // no secret service reachable (not installed, not running, no D-Bus session)
        Denied,      // the keyring is locked or refused access
        Failed,      // anything else the keychain reported
    };
    Kind kind = Kind::Failed;
    QString message; // translated, says what is missing and how to fix it
    QString detail;  // the keychain's own words (never contains the secret)
};

// The outcome of reading a secret.
struct SecretResult
{
    std::optional<QString> secret;
    std::optional<VaultError> error;
    bool ok() const { return secret.has_value(); }
};

// Tokens and app secrets in the system keychain through QtKeychain, and nowhere else: there is no fallback to a
// file or the database. When no secret service can be reached the caller gets an error it can show as is.
// Operations are asynchronous; callbacks are skipped when `context` is destroyed first.
class Vault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Vault)
public:
    static QString service() { return QStringLiteral("attache"); }

    explicit Vault(QObject *parent = nullptr);

    using Done = std::function<void(const std::optional<VaultError> &)>;
    using ReadDone = std::function<void(const SecretResult &)>;

    void write(const SecretKey &key, const QString &secret, QObject *context, Done done);
    void read(const SecretKey &key, QObject *context, ReadDone done);
    void remove(const SecretKey &key, QObject *context, Done done);

    // The user-facing error for a QtKeychain error code and message (public for tests).
    static VaultError errorFor(int keychainError, const QString &detail);
};

} // namespace platforms::vault
