#pragma once

#include "StoreError.h"

#include <optional>
#include <utility>

namespace trellis {

// A value or the StoreError that stopped it. Errors a user can cause travel as values so
// that no exception ever escapes into Qt's event loop.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(StoreError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    T* operator->() { return &*m_value; }
    const StoreError& error() const { return m_error; }
    T takeValue() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(StoreError error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const StoreError& error() const { return m_error; }

private:
    StoreError m_error;
    bool m_failed = false;
};

} // namespace trellis
