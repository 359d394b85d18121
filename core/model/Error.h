#pragma once
// Error: what every fallible core function returns instead of throwing. The message names the
// input (file, key, line, URL, metric) so a person can fix it; the code lets callers branch.

#include <expected>
#include <string>
#include <string_view>

namespace headroom {

enum class ErrorCode {
    InvalidArgument, // a caller passed something the function cannot accept
    ParseError,      // text that is not the format it claims to be (JSON, CSV, exposition)
    ValidationError, // well-formed input whose values are impossible or inconsistent
    NotFound,        // a workspace, recommendation, file or key that does not exist
    IoError,         // the operating system refused a read or write
    StorageError,    // SQLite failed (corrupt file, locked, full disk)
    NetworkError,    // a source could not be reached
    Timeout,         // a source answered too slowly
    Cancelled,       // the user or a shutdown stopped the work
    Conflict,        // the change contradicts stored state (deciding a closed recommendation)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

std::string_view keyOf(ErrorCode code);

} // namespace headroom
