#include "Error.h"

namespace headroom {

std::string_view keyOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::ParseError: return "parse-error";
    case ErrorCode::ValidationError: return "validation-error";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::IoError: return "io-error";
    case ErrorCode::StorageError: return "storage-error";
    case ErrorCode::NetworkError: return "network-error";
    case ErrorCode::Timeout: return "timeout";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Conflict: return "conflict";
    }
    return "unknown";
}

} // namespace headroom
