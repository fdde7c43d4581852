#pragma once

#include "platforms/operation.h"
#include "platforms/result.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/transport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

// Helpers for client tests: a sandbox on a free port, one network manager, and a way to wait for one call.
namespace platformtest {

// Runs a client call and waits (at most timeoutMs) for its callback. Fails the test when none comes.
template <typename T>
std::optional<platforms::Result<T>> await(const std::function<platforms::CallHandle(platforms::Callback<T>)> &call,
                                          int timeoutMs = 15000)
{
    std::optional<platforms::Result<T>> result;
    QEventLoop loop;
    call([&](const platforms::Result<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result;
}

// Short timeouts and backoff, so retry tests run in milliseconds.
inline void makeFast(platforms::Transport *transport)
{
    auto &c = transport->config();
    c.timeoutMs = 1500;
    c.backoffBaseMs = 10;
    c.backoffMaxMs = 50;
    c.maxRateWaitMs = 3000;
}

} // namespace platformtest

// Awaits `expr` (a call taking a callback as its last argument, given as `cb`) and stores the result in `var`.
#define AWAIT(T, var, expr)                                                                                        \
    const auto var##_opt = platformtest::await<T>([&](platforms::Callback<T> cb) { return expr; });                 \
    QVERIFY2(var##_opt.has_value(), "the call never answered");                                                     \
    const platforms::Result<T> &var = *var##_opt

#define VERIFY_OK(r) QVERIFY2((r).ok(), qPrintable((r).error().userMessage()))
