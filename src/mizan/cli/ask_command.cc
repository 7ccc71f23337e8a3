// Mizan — governance gateway for language models.
//
// `mizan ask "question"`: runs one question through the same governed chain as the HTTP API
// (identity aside: the command line is the operator's own) and prints the answer with its
// citations and receipt.

#include <iostream>

#include <nlohmann/json.hpp>

#include "mizan/app/gateway.h"
#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"
#include "mizan/server/wire.h"
#include "mizan/text/utf8.h"

namespace mizan::cli {
namespace {

struct AskOptions {
  CommonOptions common;
  std::string question;
  std::string use_case;
  std::string model;
};

void PrintHuman(const core::RequestContext& ctx) {
  std::cout << ctx.answer.text << "\n";
  if (!ctx.answer.citations.empty()) {
    std::cout << "\nSources:\n";
    for (size_t i = 0; i < ctx.answer.citations.size(); ++i) {
      const core::Citation& c = ctx.answer.citations[i];
      std::cout << "  [" << i + 1 << "] " << c.title << " — " << c.locator << " (" << c.document_id
                << " v" << c.version << ")\n      " << c.source_url << "\n";
    }
  }
  std::cout << "\nLanguage: " << ctx.question_language.tag << " (" << ctx.question_language.method
            << ")   Receipt: " << ctx.receipt_id << "\n";
}

void PrintJson(const core::RequestContext& ctx) {
  nlohmann::json citations = nlohmann::json::array();
  for (const auto& citation : ctx.answer.citations) {
    citations.push_back(server::CitationJson(citation));
  }
  nlohmann::json out = {{"answer", ctx.answer.text},
                        {"language", ctx.answer.language},
                        {"question_language", ctx.question_language.tag},
                        {"grounded", ctx.answer.grounded},
                        {"receipt_id", ctx.receipt_id},
                        {"use_case", ctx.use_case_id},
                        {"pseudonymised", ctx.pseudonymised_categories},
                        {"citations", citations}};
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int Ask(const AskOptions& options) {
  if (options.question.find_first_not_of(" \t\r\n") == std::string::npos) {
    return ReportError(InvalidArgumentError("the question is empty"));
  }
  if (auto offset = text::FirstInvalidUtf8Offset(options.question)) {
    return ReportError(InvalidArgumentError("the question is not valid UTF-8 (bad byte at offset " +
                                            std::to_string(*offset) + ")"));
  }
  Result<core::Config> config = LoadConfig(options.common);
  if (!config.ok()) {
    return ReportError(config.status());
  }
  // The command line runs as the operator: the API keys guard the network entry only.
  config->keys.clear();
  Result<std::unique_ptr<app::Gateway>> gateway =
      app::Gateway::Open(std::move(config).value(), /*create_database=*/false);
  if (!gateway.ok()) {
    return ReportError(gateway.status());
  }
  core::ChatRequest request;
  request.messages.push_back({"user", options.question});
  request.use_case = options.use_case;
  request.model = options.model;
  Result<core::RequestContext> handled = (*gateway)->Handle(std::move(request));
  if (!handled.ok()) {
    return ReportError(handled.status());
  }
  const core::RequestContext& ctx = *handled;
  if (!ctx.decision.proceeds()) {
    return ReportError(Status(ctx.decision.code, ctx.decision.reason + " [rule " +
                                                     ctx.decision.rule_id + ", receipt " +
                                                     ctx.receipt_id + "]"));
  }
  if (options.common.json) {
    PrintJson(ctx);
  } else {
    PrintHuman(ctx);
  }
  return kExitOk;
}

}  // namespace

void RegisterAsk(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<AskOptions>();
  CLI::App* command =
      app.add_subcommand("ask", "Ask one question through the governed chain, without a server");
  AddCommonOptions(*command, options->common);
  command->add_option("--use-case", options->use_case,
                      "Use case to declare (default: the configured default_use_case)");
  command->add_option("--model", options->model, "Backend to use (default: the use case's first)");
  command->add_option("question", options->question, "The question")->required();
  command->callback([options, exit_code] { *exit_code = Ask(*options); });
}

}  // namespace mizan::cli
