// A helper the vault test runs as a separate process: writes and reads one secret with full logging on, so the
// test can check the outcome (and that the secret never shows in any output) under a chosen D-Bus environment.
#include "platforms/vault/vault.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 3)
        return 2;
    const QString key = app.arguments().at(1);
    const QString secret = app.arguments().at(2);
    platforms::vault::Vault vault;
    const platforms::vault::SecretKey k{QStringLiteral("probe"), key, QStringLiteral("access")};
    int code = 1;
    QTextStream out(stdout);
    vault.write(k, secret, &app, [&](const std::optional<platforms::vault::VaultError> &e) {
        if (e) {
            out << "error: " << e->message << Qt::endl;
            code = 3;
            app.quit();
            return;
        }
        vault.read(k, &app, [&](const platforms::vault::SecretResult &r) {
            out << (r.ok() && *r.secret == secret ? "roundtrip ok" : "roundtrip failed") << Qt::endl;
            code = r.ok() ? 0 : 4;
            vault.remove(k, &app, [&](const std::optional<platforms::vault::VaultError> &) { app.quit(); });
        });
    });
    app.exec();
    return code;
}
