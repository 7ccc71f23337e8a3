#!/usr/bin/env bash
# Prints the folder of real data sets (governed-corpus-ma-law/, qa-arcd-ar/, ...): $MIZAN_DATA_DIR
# when set, else ../shared/data beside this checkout, else ../shared/data beside the repository
# this one was cloned from (a clean clone in /tmp still finds the data). Prints nothing and
# exits 1 when none exists.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
candidates=()
[[ -n "${MIZAN_DATA_DIR:-}" ]] && candidates+=("$MIZAN_DATA_DIR")
candidates+=("$root/../shared/data")
origin=$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)
if [[ -n "$origin" && -d "$origin" ]]; then
  candidates+=("$origin/../shared/data")
fi
for candidate in "${candidates[@]}"; do
  if [[ -d "$candidate/governed-corpus-ma-law" ]]; then
    (cd "$candidate" && pwd)
    exit 0
  fi
done
exit 1
