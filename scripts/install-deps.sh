#!/usr/bin/env bash
# Installs what Mizan needs to build, test and run on Debian 12, from Debian's archive and the
# npm registry only. Safe to run again: it installs only what is missing.
#
# Every dependency of the build is named here (see also cmake/MizanDependencies.cmake).
set -euo pipefail

packages=(
  # Toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # Libraries (one line per use)
  libsqlite3-dev          # storage: embedded SQLite in WAL mode
  libyaml-cpp-dev         # core: configuration file
  nlohmann-json3-dev      # server, corpus: JSON wire formats
  libcli11-dev            # cli: the mizan command
  libspdlog-dev libfmt-dev  # base: structured logging
  libicu-dev              # text: Unicode normalisation, scripts, sentence breaks
  libstemmer-dev          # text: Snowball stemmers (Arabic, French, English, Spanish)
  libsodium-dev           # base: random receipt ids
  libssl-dev              # base: SHA-256; policy: constant-time key comparison
  libre2-dev              # privacy, corpus: recognisers and article headings
  libpoppler-cpp-dev      # corpus: PDF text extraction
  libxml2-dev             # corpus: HTML text extraction
  libcpp-httplib-dev      # server: HTTP
  libgtest-dev            # tests
  libbenchmark-dev        # bench
  libxapian-dev           # bench: Xapian BM25 as the retrieval peer
  # Test and demo tools
  curl                    # scripts/demo.sh
)
# Node.js runs tests/npm (the official openai client against mizan serve) and formats the
# demo's output. A machine may already have it from another source (NodeSource ships npm
# inside its nodejs package, which conflicts with Debian's npm), so it is checked by command.
if ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs)
fi
if ! command -v npm >/dev/null 2>&1; then
  packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
else
  echo "install-deps: all Debian packages present"
fi

# npm packages for the client tests, pinned by tests/npm/package-lock.json.
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ ! -d "$root/tests/npm/node_modules/openai" ]]; then
  echo "install-deps: installing npm packages for tests/npm"
  (cd "$root/tests/npm" && npm ci --no-audit --no-fund --loglevel=error)
fi
