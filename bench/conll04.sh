#!/usr/bin/env bash
# CoNLL04 test split through `dossier extract --jsonl`, scored by the shared scorer.
# Usage: bash bench/conll04.sh [SHARED_DIR]   (default: ../shared beside the repo)
# The CoNLL data stays in SHARED_DIR; the sentences are written to a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${1:-$root/../shared}"
if [ ! -f "$shared/eval/conll04.mjs" ]; then
  echo "eval:conll04: $shared/eval/conll04.mjs not found; pass the shared folder as the first argument" >&2
  exit 2
fi
. "$root/bench/build-if-stale.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node "$shared/eval/conll04.mjs" prepare "$tmp/c4" >&2
start=$(date +%s%N)
"$root/bin/dossier" extract "$tmp"/c4/*.txt --jsonl > "$tmp/c4.jsonl"
end=$(date +%s%N)
node "$shared/eval/conll04.mjs" score "$tmp/c4" "$tmp/c4.jsonl"
awk -v ns=$((end - start)) 'BEGIN { printf "conll04 extract --jsonl took %.2f s wall\n", ns / 1e9 }'
