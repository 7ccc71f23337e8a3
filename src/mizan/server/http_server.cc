// Mizan — governance gateway for language models.

#include "mizan/server/http_server.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <sys/socket.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "mizan/base/log.h"
#include "mizan/policy/identify_stage.h"
#include "mizan/server/metrics.h"
#include "mizan/server/wire.h"

namespace mizan::server {
namespace {

constexpr const char* kJson = "application/json";

std::string RouteName(const std::string& path) {
  for (const char* known :
       {"/v1/chat/completions", "/v1/models", "/healthz", "/readyz", "/metrics"}) {
    if (path == known) {
      return path;
    }
  }
  return path.rfind("/v1/mizan/receipts/", 0) == 0 ? "/v1/mizan/receipts/{id}" : "(other)";
}

int64_t NowSeconds() {
  using std::chrono::system_clock;
  return std::chrono::duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

class HttpServer::Impl {
 public:
  explicit Impl(app::Gateway& gateway) : gateway_(gateway) {
    const core::ServerConfig& config = gateway_.config().server;
    int threads = config.threads;
    // TODO: cpp-httplib 0.11 has no deadline for a whole request head, so a client sending
    // one header line every few seconds holds a worker thread; exposed deployments need a
    // reverse proxy with request deadlines (README, "Deployment note"). A per-connection
    // deadline in the read loop (newer cpp-httplib) or an idle-connection reaper would fix it.
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_payload_max_length(config.max_body_bytes);
    // Reading the body through a ContentReader lets Chat count the bytes itself: cpp-httplib
    // enforces its payload limit on Content-Length bodies only, and a chunked or gzip body
    // would otherwise be read (and inflated) whole.
    server_.Post("/v1/chat/completions", [this](const httplib::Request& req, httplib::Response& res,
                                                const httplib::ContentReader& reader) {
      std::string body;
      switch (ReadBody(req, reader, &body)) {
        case BodyRead::kTooLarge:
          return SendError(res, BodyTooLarge());
        case BodyRead::kBroken:
          return SendError(res, ErrorFromStatus(InvalidArgumentError("the request body could "
                                                                     "not be read completely"),
                                                "mizan.bad_http_request"));
        case BodyRead::kComplete:
          return Chat(req, body, res);
      }
    });
    for (const char* method : {"GET", "PUT", "DELETE", "PATCH"}) {
      RegisterMethodNotAllowed(method, "/v1/chat/completions", "POST");
    }
    // Without SO_REUSEPORT (cpp-httplib's default sets it), a second server on a busy port
    // fails to start instead of silently sharing the traffic.
    server_.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    server_.Get("/v1/models",
                [this](const httplib::Request& req, httplib::Response& res) { Models(req, res); });
    server_.Get(R"(/v1/mizan/receipts/([A-Za-z0-9_]{1,64}))",
                [this](const httplib::Request& req, httplib::Response& res) { Receipt(req, res); });
    server_.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"status":"ok"})", kJson);
    });
    server_.Get("/readyz",
                [this](const httplib::Request& req, httplib::Response& res) { Ready(req, res); });
    server_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(metrics_.Render(gateway_.retriever().passage_count()),
                      "text/plain; version=0.0.4");
    });
    server_.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) {
          return RenderTransportError(req, res);
        }));
    server_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          MIZAN_LOG_ERROR("http.unhandled_exception");
          SendError(res, ErrorFromStatus(InternalError("internal error; the request was not "
                                                       "served"),
                                         "mizan.internal"));
        });
    server_.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      metrics_.CountResponse(res.status);
      MIZAN_LOG_DEBUG("http.access", {"method", req.method}, {"route", RouteName(req.path)},
                      {"status", res.status});
    });
  }

  Result<int> Bind() {
    const core::ServerConfig& config = gateway_.config().server;
    if (gateway_.config().keys.empty() && !IsLoopbackHost(config.host)) {
      return FailedPreconditionError(
          "refusing to listen on " + config.host +
          " without API keys: add 'keys' to the configuration, or listen on 127.0.0.1");
    }
    int port = config.port;
    if (port == 0) {
      port = server_.bind_to_any_port(config.host);
    } else if (!server_.bind_to_port(config.host, port)) {
      port = -1;
    }
    if (port < 0) {
      return UnavailableError("cannot listen on " + config.host + ":" +
                              std::to_string(config.port) +
                              " (address in use, or not an address of this machine)");
    }
    return port;
  }

  Status Serve() {
    if (!server_.listen_after_bind()) {
      return UnavailableError("the HTTP server stopped unexpectedly");
    }
    return Status::Ok();
  }

  void Stop() { server_.stop(); }

 private:
  static void SendError(httplib::Response& res, const WireError& error) {
    res.status = error.http_status;
    res.set_content(RenderError(error), kJson);
  }

  WireError BodyTooLarge() const {
    WireError error;
    error.http_status = 413;
    error.type = "invalid_request_error";
    error.code = "mizan.body_too_large";
    error.message = "request body is larger than the configured limit of " +
                    std::to_string(gateway_.config().server.max_body_bytes) +
                    " bytes (server.max_body_bytes), counted after decompression";
    return error;
  }

  enum class BodyRead { kComplete, kTooLarge, kBroken };

  // Reads the whole body, giving up as soon as it passes the limit. A Content-Length over the
  // limit is refused by cpp-httplib before any byte reaches the receiver.
  BodyRead ReadBody(const httplib::Request& req, const httplib::ContentReader& reader,
                    std::string* body) const {
    const size_t limit = gateway_.config().server.max_body_bytes;
    bool within_limit = true;
    bool read = reader([&](const char* data, size_t length) {
      if (body->size() + length > limit) {
        within_limit = false;
        return false;
      }
      body->append(data, length);
      return true;
    });
    if (!within_limit || (!read && req.get_header_value<uint64_t>("Content-Length") > limit)) {
      return BodyRead::kTooLarge;
    }
    return read ? BodyRead::kComplete : BodyRead::kBroken;
  }

  void RegisterMethodNotAllowed(const char* method, const std::string& path,
                                const std::string& allowed) {
    auto handler = [allowed](const httplib::Request&, httplib::Response& res) {
      WireError error;
      error.http_status = 405;
      error.type = "invalid_request_error";
      error.code = "mizan.method_not_allowed";
      error.message = "this endpoint only accepts " + allowed;
      res.set_header("Allow", allowed);
      SendError(res, error);
    };
    std::string m = method;
    if (m == "GET") {
      server_.Get(path, handler);
    } else if (m == "PUT") {
      server_.Put(path, handler);
    } else if (m == "DELETE") {
      server_.Delete(path, handler);
    } else {
      server_.Patch(path, handler);
    }
  }

  // The API key from "Authorization: Bearer <key>" (the scheme is case-insensitive).
  static std::optional<std::string> BearerToken(const httplib::Request& req) {
    std::string authorization = req.get_header_value("Authorization");
    if (authorization.size() > 7) {
      std::string scheme = authorization.substr(0, 7);
      std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (scheme == "bearer ") {
        return authorization.substr(7);
      }
    }
    return std::nullopt;
  }

  httplib::Server::HandlerResponse RenderTransportError(const httplib::Request&,
                                                        httplib::Response& res) {
    if (!res.body.empty()) {
      return httplib::Server::HandlerResponse::Unhandled;  // Our handlers wrote the error.
    }
    WireError error;
    error.http_status = res.status;
    error.type = "invalid_request_error";
    switch (res.status) {
      case 404:
        error.type = "not_found_error";
        error.code = "mizan.no_route";
        error.message =
            "no such endpoint; the API is POST /v1/chat/completions, GET /v1/models, "
            "GET /v1/mizan/receipts/{id}, GET /healthz, /readyz, /metrics";
        break;
      case 413:
        error.code = "mizan.body_too_large";
        error.message = "request body is larger than the configured limit of " +
                        std::to_string(gateway_.config().server.max_body_bytes) +
                        " bytes (server.max_body_bytes)";
        break;
      case 400:
        // cpp-httplib answers 400 for a request head over its limit as well as for garbage.
        error.code = "mizan.bad_http_request";
        error.message = "malformed HTTP request, or request line and headers over 8 KiB";
        break;
      case 414:
      case 431:
        error.code = "mizan.request_too_large";
        error.message = "request line or headers are too large";
        break;
      default:
        error.code = "mizan.http_" + std::to_string(res.status);
        error.message = res.status >= 500 ? "internal error" : "malformed HTTP request";
        break;
    }
    res.set_content(RenderError(error), kJson);
    return httplib::Server::HandlerResponse::Handled;
  }

  void Chat(const httplib::Request& req, const std::string& body, httplib::Response& res) {
    Result<core::ChatRequest> parsed =
        ParseChatRequest(body, gateway_.config().server.max_messages);
    if (!parsed.ok()) {
      return SendError(res, ErrorFromStatus(parsed.status(), "mizan.invalid_request"));
    }
    core::ChatRequest request = std::move(parsed).value();
    request.api_key = BearerToken(req);
    if (req.get_header_value_count("X-Mizan-Use-Case") > 1) {
      return SendError(res, ErrorFromStatus(InvalidArgumentError("send the X-Mizan-Use-Case "
                                                                 "header once"),
                                            "mizan.usecase.conflict"));
    }
    std::string declared = req.get_header_value("X-Mizan-Use-Case");
    if (!declared.empty()) {
      if (!request.use_case.empty() && request.use_case != declared) {
        return SendError(
            res, ErrorFromStatus(InvalidArgumentError("the X-Mizan-Use-Case header and "
                                                      "metadata.use_case name different use "
                                                      "cases; send one, or the same in both"),
                                 "mizan.usecase.conflict"));
      }
      request.use_case = declared;
    }

    Result<core::RequestContext> handled = gateway_.Handle(std::move(request));
    if (!handled.ok()) {
      return SendError(res, ErrorFromStatus(handled.status(), "mizan.audit_unavailable"));
    }
    auto ctx = std::make_shared<core::RequestContext>(std::move(handled).value());
    metrics_.CountRequest(*ctx);
    if (!ctx->receipt_id.empty()) {
      res.set_header("X-Mizan-Receipt", ctx->receipt_id);
    }
    if (!ctx->decision.proceeds()) {
      return SendError(res, ErrorFromDecision(ctx->decision, ctx->receipt_id));
    }
    if (!ctx->request.stream) {
      res.set_content(RenderChatCompletion(*ctx, NowSeconds()), kJson);
      return;
    }
    // The flow record is already durable (Handle returned), so streaming may start.
    auto chunks = std::make_shared<std::vector<std::string>>(RenderChatChunks(*ctx, NowSeconds()));
    res.set_header("Cache-Control", "no-cache");
    res.set_chunked_content_provider(
        "text/event-stream", [chunks, next = size_t{0}](size_t, httplib::DataSink& sink) mutable {
          if (next < chunks->size()) {
            std::string frame = "data: " + (*chunks)[next++] + "\n\n";
            return sink.write(frame.data(), frame.size());
          }
          sink.done();
          return true;
        });
  }

  bool Authorised(const httplib::Request& req, httplib::Response& res) {
    if (gateway_.config().keys.empty()) {
      return true;
    }
    core::RequestContext ctx;
    ctx.request.api_key = BearerToken(req);
    Result<core::Decision> decision = identify_.Process(ctx);
    if (decision.ok() && decision->proceeds()) {
      return true;
    }
    SendError(
        res, decision.ok() ? ErrorFromDecision(*decision, "") : ErrorFromStatus(decision.status()));
    return false;
  }

  void Models(const httplib::Request& req, httplib::Response& res) {
    if (Authorised(req, res)) {
      res.set_content(RenderModels(gateway_.config(), NowSeconds()), kJson);
    }
  }

  void Receipt(const httplib::Request& req, httplib::Response& res) {
    Result<audit::LedgerEntry> entry = gateway_.ledger().Find(req.matches[1].str());
    if (!entry.ok()) {
      // The id is not echoed: whatever was typed in the URL stays out of the reply.
      return SendError(res,
                       ErrorFromStatus(entry.status().code() == StatusCode::kNotFound
                                           ? NotFoundError("no flow record has this receipt id")
                                           : entry.status(),
                                       "mizan.receipt_not_found"));
    }
    nlohmann::json body = {{"receipt_id", entry->receipt_id},
                           {"seq", entry->seq},
                           {"recorded_at", entry->recorded_at},
                           {"hash", entry->hash},
                           {"prev_hash", entry->prev_hash},
                           {"flow", nlohmann::json::parse(entry->record, nullptr, false)}};
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
  }

  void Ready(const httplib::Request&, httplib::Response& res) {
    Status status = gateway_.retriever().Refresh();
    if (status.ok() && gateway_.retriever().passage_count() == 0) {
      status = FailedPreconditionError(
          "the governed corpus is empty; add documents with "
          "mizan corpus add");
    }
    nlohmann::json body = {{"status", status.ok() ? "ready" : "not_ready"},
                           {"passages", gateway_.retriever().passage_count()}};
    if (!status.ok()) {
      res.status = 503;
      body["reason"] = status.message();
    }
    res.set_content(body.dump(), kJson);
  }

  app::Gateway& gateway_;
  httplib::Server server_;
  Metrics metrics_;
  policy::IdentifyStage identify_{gateway_.config().keys};
};

HttpServer::HttpServer(app::Gateway& gateway) : impl_(std::make_unique<Impl>(gateway)) {}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() { return impl_->Bind(); }

Status HttpServer::Serve() { return impl_->Serve(); }

void HttpServer::Stop() { impl_->Stop(); }

}  // namespace mizan::server
