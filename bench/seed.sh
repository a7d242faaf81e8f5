#!/usr/bin/env bash
# The seed article through `dossier extract --json`, scored against its gold file.
# Usage: bash bench/seed.sh [SHARED_DIR]   (default: ../shared beside the repo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${1:-$root/../shared}"
article="$shared/corpus/seed/isis-talk-of-the-town.txt"
gold="$shared/eval/gold/isis-talk-of-the-town.gold.json"
for f in "$article" "$gold" "$shared/eval/score.mjs"; do
  if [ ! -f "$f" ]; then
    echo "eval:seed: $f not found; pass the shared folder as the first argument" >&2
    exit 2
  fi
done
. "$root/bench/build-if-stale.sh"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$root/bin/dossier" extract "$article" --json > "$out"
node "$shared/eval/score.mjs" "$gold" "$out"
