// Mizan — governance gateway for language models.
//
// Status: the error value carried across module boundaries. A Status is either ok or holds a
// canonical code and a message written for the person who has to act on it (an operator, a
// developer calling the API). Messages never contain personal data: callers describe the
// kind of problem and where it is (file, line, field, byte offset), never the offending value.
// Status is a plain value type; it is safe to copy between threads.

#ifndef MIZAN_BASE_STATUS_H_
#define MIZAN_BASE_STATUS_H_

#include <string>
#include <string_view>

namespace mizan {

// Canonical codes in the Abseil manner. Each maps to exactly one HTTP status in
// mizan/server and to a process exit code in mizan/cli.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // The input is malformed or violates a documented limit.
  kNotFound,            // A named thing (document, receipt, model) does not exist.
  kAlreadyExists,       // Creating something that is already there.
  kUnauthenticated,     // No credential, or one that identifies nobody.
  kPermissionDenied,    // The caller is known but not allowed to do this.
  kFailedPrecondition,  // The system is not in a state to do this (e.g. empty corpus).
  kResourceExhausted,   // A size or rate limit was hit.
  kUnavailable,         // A dependency (database, backend) cannot be reached now.
  kDeadlineExceeded,    // The work did not finish in time.
  kDataLoss,            // Stored data is corrupt or was tampered with.
  kUnimplemented,       // The request asks for something this build does not do.
  kInternal,            // A bug: an invariant did not hold.
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message", to add where an error happened
  // as it travels up (e.g. the file being ingested).
  Status WithContext(std::string_view context) const;

  // "INVALID_ARGUMENT: message", for logs and CLI output.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status AlreadyExistsError(std::string message);
Status UnauthenticatedError(std::string message);
Status PermissionDeniedError(std::string message);
Status FailedPreconditionError(std::string message);
Status ResourceExhaustedError(std::string message);
Status UnavailableError(std::string message);
Status DeadlineExceededError(std::string message);
Status DataLossError(std::string message);
Status UnimplementedError(std::string message);
Status InternalError(std::string message);

}  // namespace mizan

// Returns from the enclosing function when `expr` yields a non-ok Status.
#define MIZAN_RETURN_IF_ERROR(expr)             \
  do {                                          \
    ::mizan::Status mizan_status_tmp_ = (expr); \
    if (!mizan_status_tmp_.ok()) {              \
      return mizan_status_tmp_;                 \
    }                                           \
  } while (false)

#endif  // MIZAN_BASE_STATUS_H_
