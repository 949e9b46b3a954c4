#pragma once

#include "CentralError.h"

#include <optional>
#include <utility>

namespace trellis::central {

// A value or the CentralError that stopped it; the central store's counterpart of
// trellis::Result, so that no exception ever escapes into Qt's event loop.
template <typename T> class [[nodiscard]] CentralResult {
public:
    CentralResult(T value) : m_value(std::move(value)) {}
    CentralResult(CentralError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const CentralError& error() const { return m_error; }
    T takeValue() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    CentralError m_error;
};

template <> class [[nodiscard]] CentralResult<void> {
public:
    CentralResult() = default;
    CentralResult(CentralError error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const CentralError& error() const { return m_error; }

private:
    CentralError m_error;
    bool m_failed = false;
};

} // namespace trellis::central
