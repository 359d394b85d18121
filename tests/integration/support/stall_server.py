#!/usr/bin/env python3
"""A stalling HTTP/1.1 server for the load generator's tests (issue 8).

Every Nth request (counted over all connections) waits --stall-ms before it is answered; every
other request is answered at once with "ok\\n". That is the shape coordinated omission hides: a
closed-model client stops sending while it waits, so the stall looks like one slow request; an
open-model client keeps its schedule, and the requests held back behind the stall show in the
percentiles.

Keep-alive matters: the generator reuses connections, so the server speaks HTTP/1.1 and always
sends Content-Length (without it the client must wait for the connection to close). Nagle is off
because headers and body go out in two writes; with Nagle on, the second write waits for the
client's delayed ACK (~40 ms on Linux), which would swamp the figures being measured.

Usage: stall_server.py --port P [--every N] [--stall-ms MS]   (listens on 127.0.0.1 only)
Stops cleanly on SIGTERM (what TestServerProcess sends) and on SIGINT.
"""

import argparse
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = b"ok\n"


class Counter:
    """The request count shared by every connection's thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._value = 0

    def next(self):
        with self._lock:
            self._value += 1
            return self._value


def make_handler(counter, every, stall_seconds):
    class StallHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self):
            n = counter.next()
            if every > 0 and n % every == 0:
                time.sleep(stall_seconds)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, format, *args):  # noqa: A002 - the base class's signature
            pass  # quiet: thousands of requests per test would bury the log

    return StallHandler


class Server(ThreadingHTTPServer):
    # Connection threads must not keep the process alive after SIGTERM.
    daemon_threads = True
    # The generator may open many connections at once; the default backlog of 5 drops SYNs.
    request_queue_size = 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--every", type=int, default=0, help="stall every Nth request (0: never)")
    parser.add_argument("--stall-ms", type=int, default=0)
    args = parser.parse_args()

    counter = Counter()
    server = Server(("127.0.0.1", args.port),
                    make_handler(counter, args.every, args.stall_ms / 1000.0))

    def stop(_signum, _frame):
        # serve_forever runs on this (the main) thread, so shutdown() would wait for itself:
        # leave the loop by raising instead.
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
