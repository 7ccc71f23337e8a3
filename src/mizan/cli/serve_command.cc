// Mizan — governance gateway for language models.
//
// `mizan serve`: runs the HTTP API until SIGINT or SIGTERM.

#include <iostream>
#include <signal.h>
#include <thread>

#include "mizan/app/gateway.h"
#include "mizan/base/log.h"
#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"
#include "mizan/server/http_server.h"

namespace mizan::cli {
namespace {

struct ServeOptions {
  CommonOptions common;
  std::string host;
  int port = -1;
};

int Serve(const ServeOptions& options) {
  Result<core::Config> config = LoadConfig(options.common, /*long_running=*/true);
  if (!config.ok()) {
    return ReportError(config.status());
  }
  if (!options.host.empty()) {
    config->server.host = options.host;
  }
  if (options.port >= 0) {
    config->server.port = options.port;
  }
  // Signals go to a dedicated thread that stops the server cleanly; block them before any
  // other thread starts so they all inherit the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  // Refuse a bad listen address before the corpus index is built, which can take seconds.
  if (config->keys.empty() && !server::IsLoopbackHost(config->server.host)) {
    return ReportError(FailedPreconditionError(
        "refusing to listen on " + config->server.host +
        " without API keys: add 'keys' to the configuration, or listen on 127.0.0.1"));
  }
  Result<std::unique_ptr<app::Gateway>> gateway =
      app::Gateway::Open(std::move(config).value(), /*create_database=*/false);
  if (!gateway.ok()) {
    return ReportError(gateway.status());
  }
  server::HttpServer server(**gateway);
  Result<int> port = server.Bind();
  if (!port.ok()) {
    return ReportError(port.status());
  }
  const core::Config& cfg = (*gateway)->config();
  MIZAN_LOG_INFO("server.listening", {"host", cfg.server.host}, {"port", *port},
                 {"config", cfg.source}, {"passages", (*gateway)->retriever().passage_count()},
                 {"auth", cfg.keys.empty() ? "none (loopback only)" : "api keys"});
  // Scripts (and the README quick start) read this line to find the port.
  std::cout << "mizan: listening on http://" << cfg.server.host << ":" << *port << std::endl;

  std::thread stopper([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    MIZAN_LOG_INFO("server.stopping", {"signal", received});
    server.Stop();
  });
  Status served = server.Serve();
  // If Serve ended on its own, wake the signal thread so it can be joined.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!served.ok()) {
    return ReportError(served);
  }
  MIZAN_LOG_INFO("server.stopped");
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand("serve", "Serve the OpenAI-compatible HTTP API");
  AddCommonOptions(*command, options->common, /*with_json=*/false);
  command->add_option("--host", options->host, "Listen address (overrides server.host)");
  command->add_option("--port", options->port, "Listen port, 0 for any (overrides server.port)")
      ->check(CLI::Range(0, 65535));
  command->callback([options, exit_code] { *exit_code = Serve(*options); });
}

}  // namespace mizan::cli
