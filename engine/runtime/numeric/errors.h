// Errors raised by the numeric and text algorithms of al_numeric.
//
// The algorithms are pure C++ and know nothing of Python objects, so they report a failure by
// throwing one of these types; the message is CPython 3.11's exact text. The layer that wraps
// them catches `al::num::Error` and raises the Python exception named by `kind()` with `what()`
// as its message.
#pragma once

#include <stdexcept>
#include <string>

namespace al::num {

// The Python exception class a numeric error maps to.
enum class ErrorKind {
  ValueError,
  OverflowError,
  ZeroDivisionError,
  TypeError,
  IndexError,
  MemoryError
};

// Base of every error thrown by al_numeric and al_random_core; catch this one.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }
  // The Python class name, e.g. "ValueError".
  const char* python_type() const;

 private:
  ErrorKind kind_;
};

// One subclass per kind so tests and callers can catch a specific one.
struct ValueError : Error {
  explicit ValueError(const std::string& m) : Error(ErrorKind::ValueError, m) {}
};
struct OverflowError : Error {
  explicit OverflowError(const std::string& m) : Error(ErrorKind::OverflowError, m) {}
};
struct ZeroDivisionError : Error {
  explicit ZeroDivisionError(const std::string& m) : Error(ErrorKind::ZeroDivisionError, m) {}
};
struct TypeError : Error {
  explicit TypeError(const std::string& m) : Error(ErrorKind::TypeError, m) {}
};
struct IndexError : Error {
  explicit IndexError(const std::string& m) : Error(ErrorKind::IndexError, m) {}
};
struct MemoryError : Error {
  explicit MemoryError(const std::string& m) : Error(ErrorKind::MemoryError, m) {}
};

inline const char* Error::python_type() const {
  switch (kind_) {
    case ErrorKind::ValueError:
      return "ValueError";
    case ErrorKind::OverflowError:
      return "OverflowError";
    case ErrorKind::ZeroDivisionError:
      return "ZeroDivisionError";
    case ErrorKind::TypeError:
      return "TypeError";
    case ErrorKind::IndexError:
      return "IndexError";
    case ErrorKind::MemoryError:
      return "MemoryError";
  }
  return "Exception";
}

}  // namespace al::num
