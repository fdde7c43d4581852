#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace store {

// Why a store operation failed, in words for the user, with the database's own text for the log.
struct Error
{
    QString message;
    QString detail;
};

// A value or the reason there is none. (std::expected is C++23; this is the small part of it we need.)
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status ok() { return Done{}; }

} // namespace store
