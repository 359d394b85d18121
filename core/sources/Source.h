#pragma once
// Source: anything the engine polls for metrics (the host collector, a Prometheus endpoint, a
// JSON endpoint, a replayed bundle). poll() may block (network, disk) and is only called from the
// engine's thread; it returns the metrics it could read, each stamped with its observation time
// and the source's id, or an error naming what failed.

#include "model/Error.h"
#include "model/Snapshot.h"

#include <string>

namespace headroom {

class Source {
public:
    virtual ~Source() = default;
    virtual std::string id() const = 0;          // stable, "host", "prom:api"...
    virtual std::string displayName() const = 0; // for logs and the CLI; the UI words its own
    // Reads the source and writes what it measured into `into` (other metrics untouched).
    virtual Result<void> poll(Timestamp now, Snapshot& into) = 0;
    // Aborts a poll in flight on another thread (a network transfer); thread-safe. Sources whose
    // poll is quick (host, files) need not override it.
    virtual void cancel() {}
};

} // namespace headroom
