#pragma once

#include "platforms/platformerror.h"

#include <functional>
#include <optional>
#include <utility>

namespace platforms {

// The outcome of one asynchronous platform call: a value or a PlatformError, never both.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(PlatformError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const PlatformError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    PlatformError m_error;
};

// What a platform call hands its result to. Called exactly once, on the thread of the client, unless the call was
// cancelled or the context object given with the call was destroyed first.
template <typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace platforms
