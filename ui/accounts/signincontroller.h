#pragma once

#include "domain/account.h"

#include <QObject>

class QWidget;

namespace workspace {
class AccountSignIn;
class Session;
} // namespace workspace

namespace ui {

// Signs an account in from the window: asks once for the embassy's app id (and secret) of the platform, opens
// the platform's consent page in the browser, and reports how it ended.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)
public:
    SignInController(workspace::Session &session, QWidget *window);

    void signIn(const domain::Account &account);

signals:
    void message(const QString &text);

private:
    bool ensureAppCredentials(const domain::Account &account);

    workspace::Session &m_session;
    QWidget *m_window;
    workspace::AccountSignIn *m_signIn = nullptr;
};

} // namespace ui
