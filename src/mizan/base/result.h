// Mizan — governance gateway for language models.
//
// Result<T>: either a value or a non-ok Status. C++20 has no std::expected; this small owned
// type keeps Abseil out of the build. Accessing value() on an error is a programming bug and
// aborts, so callers test ok() first or use MIZAN_ASSIGN_OR_RETURN.

#ifndef MIZAN_BASE_RESULT_H_
#define MIZAN_BASE_RESULT_H_

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <variant>

#include "mizan/base/status.h"

namespace mizan {

template <typename T>
class [[nodiscard]] Result {
 public:
  // Implicit on purpose, so functions can `return value;` or `return SomeError(...);`.
  Result(T value) : state_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : state_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (std::get<Status>(state_).ok()) {
      // An ok Status carries no value; treat it as a bug rather than invent one.
      state_ = InternalError("Result constructed from an ok Status without a value");
    }
  }

  bool ok() const { return std::holds_alternative<T>(state_); }

  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(state_);
  }

  T& value() & {
    CheckHasValue();
    return std::get<T>(state_);
  }
  const T& value() const& {
    CheckHasValue();
    return std::get<T>(state_);
  }
  T&& value() && {
    CheckHasValue();
    return std::get<T>(std::move(state_));
  }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  void CheckHasValue() const {
    if (!ok()) {
      std::fprintf(stderr, "mizan: Result::value() on error: %s\n",
                   std::get<Status>(state_).ToString().c_str());
      std::abort();
    }
  }

  std::variant<T, Status> state_;
};

}  // namespace mizan

#define MIZAN_CONCAT_INNER_(a, b) a##b
#define MIZAN_CONCAT_(a, b) MIZAN_CONCAT_INNER_(a, b)

// `MIZAN_ASSIGN_OR_RETURN(auto x, Compute());` binds the value or returns the error.
#define MIZAN_ASSIGN_OR_RETURN(lhs, expr) \
  MIZAN_ASSIGN_OR_RETURN_IMPL_(MIZAN_CONCAT_(mizan_result_, __LINE__), lhs, expr)
#define MIZAN_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) {                                   \
    return tmp.status();                             \
  }                                                  \
  lhs = std::move(tmp).value()

#endif  // MIZAN_BASE_RESULT_H_
