#!/usr/bin/env bash
# The main job on the bundled sample corpus: ingest it, start `mizan serve` on 127.0.0.1 and
# ask one question over HTTP, printing the governed answer with its citations and receipt.
#
# Usage: scripts/demo.sh MIZAN_BINARY [--stop]
#   --stop (or MIZAN_DEMO_STOP=1) stops the server after the answer; otherwise it keeps
#   serving in the foreground until Ctrl-C.
# Environment: MIZAN_PORT (default 8080; a busy port falls back to any free one),
#   MIZAN_DEMO_DIR (default out/demo), MIZAN_DEMO_QUESTION.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mizan=${1:?usage: scripts/demo.sh MIZAN_BINARY [--stop]}
stop=${MIZAN_DEMO_STOP:-0}
[[ "${2:-}" == "--stop" ]] && stop=1
demo_dir=${MIZAN_DEMO_DIR:-$root/out/demo}
db="$demo_dir/mizan.db"
question=${MIZAN_DEMO_QUESTION:-"Comment renouveler ma carte nationale d'identité électronique ?"}
mkdir -p "$demo_dir"

echo "== Ingesting the sample corpus into $db"
"$mizan" corpus add --db "$db" "$root"/sample-corpus/*-*.md

echo "== Starting mizan serve"
log="$demo_dir/serve.log"
start_server() {
  "$mizan" serve --db "$db" --host 127.0.0.1 --port "$1" >"$log.out" 2>"$log" &
  server_pid=$!
  for _ in $(seq 1 100); do
    if grep -q "listening on" "$log.out" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      return 1
    fi
    sleep 0.1
  done
  return 1
}
if ! start_server "${MIZAN_PORT:-8080}"; then
  echo "   port ${MIZAN_PORT:-8080} is not free; using any free port"
  start_server 0 || { cat "$log"; exit 1; }
fi
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
url=$(sed -n 's/^mizan: listening on //p' "$log.out")
echo "   $url"

echo "== Asking: $question"
body=$(QUESTION="$question" node -e '
  process.stdout.write(JSON.stringify({model: "mizan-extractive",
    messages: [{role: "user", content: process.env.QUESTION}]}));')
response=$(curl -sS -X POST "$url/v1/chat/completions" -H "Content-Type: application/json" \
  -H "X-Mizan-Use-Case: public-information" --data "$body")
RESPONSE="$response" node -e '
  const r = JSON.parse(process.env.RESPONSE);
  if (r.error) { console.error("error:", r.error.message); process.exit(1); }
  console.log("\n" + r.choices[0].message.content + "\n");
  for (const [i, c] of r.mizan.citations.entries()) {
    console.log(`  [${i + 1}] ${c.document_id} v${c.version} · ${c.locator} · ${c.source_url}`);
  }
  console.log(`\n  language ${r.mizan.language.question} · backend ${r.mizan.backend.name} ` +
              `(${r.mizan.backend.residency}) · receipt ${r.mizan.receipt_id}`);
  if (!r.mizan.grounded || r.mizan.citations.length === 0) process.exit(1);'

"$mizan" audit verify --db "$db"
if [[ "$stop" == 1 ]]; then
  exit 0
fi
echo "== mizan serve is running at $url (Ctrl-C to stop). Try:"
echo "   curl -s $url/v1/chat/completions -H 'Content-Type: application/json' \\"
echo "     -d '{\"messages\":[{\"role\":\"user\",\"content\":\"ما هي حقوق الشخص المعني في حماية معطياته الشخصية؟\"}]}'"
wait "$server_pid"
