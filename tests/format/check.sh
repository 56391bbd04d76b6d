#!/usr/bin/env bash
# The layout of every C++ file in the repository against .clang-format (Debian's clang-format 14).
# Fails naming the files that differ, with the command that lays them out.
#   tests/format/check.sh          check (the test run does this first: it takes seconds)
#   tests/format/check.sh --fix    lay out every file that differs
set -euo pipefail
cd "$(dirname "$0")/../.."

format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$format" ]; then
  echo "balcony: clang-format not found: bash third_party/install-deps.sh --with-tests" >&2
  exit 1
fi

mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.c')
if [ "${1:-}" = --fix ]; then
  "$format" -i "${files[@]}"
  exit 0
fi

mapfile -t differ < <(printf '%s\0' "${files[@]}" | xargs -0 -n 40 -P "$(nproc)" "$format" --dry-run 2>&1 |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if [ ${#differ[@]} -gt 0 ]; then
  echo "balcony: ${#differ[@]} C++ files are not laid out as .clang-format says:" >&2
  printf '  %s\n' "${differ[@]}" >&2
  echo "balcony: lay them out with: tests/format/check.sh --fix" >&2
  exit 1
fi
echo "balcony: ${#files[@]} C++ files laid out as .clang-format says"
