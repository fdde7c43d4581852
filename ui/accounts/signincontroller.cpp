#include "accounts/signincontroller.h"

#include "platforms/vault/vault.h"
#include "workspace/accountsignin.h"
#include "workspace/connections.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace ui {

SignInController::SignInController(workspace::Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

bool SignInController::ensureAppCredentials(const domain::Account &account)
{
    using workspace::AccountSignIn;
    auto &settings = m_session.workspace().settings();
    if (!settings.value(AccountSignIn::appIdSetting(account.platform)).isEmpty())
        return true;
    const QString platform = domain::platformDisplayName(account.platform);
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("%1 developer app").arg(platform));
    auto *intro =
        new QLabel(tr("Attaché signs in with the embassy's own %1 developer app. Enter its id once for "
                      "this workspace; a secret goes to the system keychain, never to the workspace file.")
                       .arg(platform));
    intro->setWordWrap(true);
    auto *id = new QLineEdit;
    auto *secret = new QLineEdit;
    secret->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("App id:"), id);
    if (AccountSignIn::needsAppSecret(account.platform))
        form->addRow(tr("App secret:"), secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || id->text().trimmed().isEmpty())
        return false;
    if (AccountSignIn::needsAppSecret(account.platform)) {
        std::optional<platforms::vault::VaultError> failure;
        bool done = false;
        QEventLoop wait;
        m_session.vault()->write({m_session.workspace().id(), QStringLiteral("app"),
                                  AccountSignIn::appSecretKind(account.platform)},
                                 secret->text(), this, [&](const auto &e) {
                                     failure = e;
                                     done = true;
                                     wait.quit();
                                 });
        if (!done)
            wait.exec();
        if (failure) {
            QMessageBox::warning(m_window, dialog.windowTitle(), failure->message);
            return false;
        }
    }
    settings.setValue(AccountSignIn::appIdSetting(account.platform), id->text().trimmed());
    return true;
}

void SignInController::signIn(const domain::Account &account)
{
    if (m_session.isDemo()) {
        emit message(tr("The demo's accounts are signed in to the local sandbox already."));
        return;
    }
    if (!m_session.vault()) {
        emit message(tr("There is no system keychain, so no account can be signed in."));
        return;
    }
    if (!ensureAppCredentials(account))
        return;
    if (!m_signIn) {
        m_signIn = new workspace::AccountSignIn(m_session.workspace(), m_session.connections(),
                                                *m_session.vault(), this);
        connect(m_signIn, &workspace::AccountSignIn::openBrowser, this, [this](const QUrl &url) {
            if (!QDesktopServices::openUrl(url))
                QMessageBox::information(
                    m_window, tr("Sign in"),
                    tr("Open this address in your browser to sign in:\n%1").arg(url.toString()));
            emit message(tr("Finish signing in in your browser…"));
        });
        connect(m_signIn, &workspace::AccountSignIn::finished, this, [this](bool ok, const QString &text) {
            emit message(text);
            if (!ok)
                QMessageBox::warning(m_window, tr("Sign in"), text);
        });
    }
    m_signIn->start(account);
}

} // namespace ui
