#!/usr/bin/env bash
# Fails when a C++ file is not clang-format clean or has a line over 100 columns (STYLE.md 3.4).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files '*.cc' '*.h')
if ((${#files[@]} == 0)); then
  exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
# Columns are characters, not bytes: Arabic and Tifinagh literals are two or three bytes each.
long=$(perl -CSD -ne 'chomp; print "$ARGV:$.\n" if length($_) > 100 && !m{https?://};
                      close ARGV if eof' "${files[@]}")
if [[ -n "$long" ]]; then
  echo "check-format: lines over 100 columns:"
  echo "$long"
  exit 1
fi
echo "check-format: ${#files[@]} files clean"
