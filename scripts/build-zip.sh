#!/usr/bin/env bash
# Builds build/build.zip (what Zapier runs) and build/source.zip from a folder holding only the app and its
# production dependencies. `zapier-platform build` on the project folder would copy every dev dependency first
# (and runs out of file handles on that copy), and --skip-dep-install there would zip dev tools' files.
# `bash scripts/build-zip.sh public` builds the public variant instead (index-public.ts: no static hook; README:
# Listing publicly): the same files, with index.js loading dist/index-public.js.
set -euo pipefail
variant="${1:-private}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
# The app's own sources only, type-checked without the test tools' globals.
"$root/node_modules/.bin/tsc" -p tsconfig.build.json
cp -r package.json package-lock.json .zapierapprc index.js index.ts index-public.ts authentication.ts tsconfig.json \
  tsconfig.build.json zapier creates lib searches triggers dist "$work/"
if [ "$variant" = public ]; then
  printf "// Entry point of the public listing: the app without its static hook.\nmodule.exports = require('./dist/index-public.js');\n" > "$work/index.js"
fi
rm -rf "$work/dist/test" "$work/dist/scripts" "$work/dist/sandbox"
printf 'node_modules/\nbuild/\n' > "$work/.gitignore"
cd "$work"
npm ci --omit=dev --no-audit --no-fund --prefer-offline --loglevel=error
DISABLE_ZAPIER_ANALYTICS=1 NO_UPDATE_NOTIFIER=1 "$root/node_modules/.bin/zapier-platform" build --skip-dep-install --skip-validation
mkdir -p "$root/build"
cp build/build.zip build/source.zip "$root/build/"
ls -l "$root/build/build.zip" "$root/build/source.zip"
