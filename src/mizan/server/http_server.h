// Mizan — governance gateway for language models.
//
// HttpServer: the HTTP API of `mizan serve` (DESIGN.md "External contracts"):
//   POST /v1/chat/completions       OpenAI-compatible; "stream": true gives server-sent events
//   GET  /v1/models                 configured backends with residency
//   GET  /v1/mizan/receipts/{id}    the flow record behind a receipt
//   GET  /healthz, /readyz, /metrics
// Every error is an OpenAI-shaped JSON body. cpp-httplib stays behind a pimpl so no other
// file includes it.
//
// Without configured API keys the server admits anonymous callers, so it refuses to listen
// on anything but a loopback address.
//
// Thread-safety: Start/Stop from one thread; requests are served by a pool of
// `server.threads` workers.

#ifndef MIZAN_SERVER_HTTP_SERVER_H_
#define MIZAN_SERVER_HTTP_SERVER_H_

#include <memory>

#include "mizan/app/gateway.h"
#include "mizan/base/result.h"

namespace mizan::server {

class HttpServer {
 public:
  explicit HttpServer(app::Gateway& gateway);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the configured host and port (port 0: any free port) and returns the port.
  Result<int> Bind();
  // Serves until Stop() is called. REQUIRES: Bind() succeeded.
  Status Serve();
  // Stops serving; in-flight requests finish. Safe to call from another thread.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

}  // namespace mizan::server

#endif  // MIZAN_SERVER_HTTP_SERVER_H_
