#!/usr/bin/env bash
# Installs what winhandle's build and tests need on a fresh Debian machine:
# system packages (mingw-w64 headers and compiler, gcc, chromium; wine with WINHANDLE_WITH_WINE=1)
# and the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(mingw-w64-x86-64-dev gcc-mingw-w64-x86-64 gcc chromium)
if [ "${WINHANDLE_WITH_WINE:-0}" = "1" ]; then packages+=(wine64); fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
  echo "[winhandle] installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
