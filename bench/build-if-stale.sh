# Sourced by the eval scripts: rebuild dist/ when it is missing or older than any src/ file,
# so a score always describes the code in the tree.
if [ ! -f "$root/dist/cli/main.js" ] || [ -n "$(find "$root/src" -name '*.ts' -newer "$root/dist/cli/main.js" -print -quit)" ]; then
  (cd "$root" && npm run --silent build) >&2
fi
