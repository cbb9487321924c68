// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Expected<T>: a value or an Error. Used by every decoder and parser that can fail on input
// from the network or the user (URLs, JSON bodies, stream lines).
//
// Why not exceptions: parsers run on worker threads inside tight loops over a million lines, and
// a failure is an ordinary outcome there (a truncated body, a newer server), not an exceptional
// one. Why not std::expected: the project is C++20.

#include "util/Error.h"

#include <utility>
#include <variant>

namespace Tidemark {

template<typename T> class Expected
{
public:
    Expected(const T &value) : m_data(std::in_place_index<0>, value) { }
    Expected(T &&value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Expected(const Error &error) : m_data(std::in_place_index<1>, error) { }
    Expected(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    //! Precondition: hasValue().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    //! Error::none() when there is a value.
    Error error() const { return hasValue() ? Error::none() : std::get<1>(m_data); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Tidemark
