#!/usr/bin/env bash
# The participant page in a real browser (issue "Everyone in the room adds to the blueprint"):
# headless Chromium through chromedriver joins, sends a note and a dot, sees it accepted, and
# axe-core checks WCAG 2.1 AA in English and Dutch. Screenshots land in target/browser/.
# Installs Debian's chromium and chromium-driver (apt-get) and axe-core (npm) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pair in chromium:chromium chromedriver:chromium-driver npm:npm; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [[ ${#need[@]} -gt 0 ]]; then
  echo "installing ${need[*]}"
  sudo_=""; [[ $(id -u) -eq 0 ]] || sudo_=sudo
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need[@]}" >/dev/null
fi
axe=target/axe-core
if [[ ! -f $axe/node_modules/axe-core/axe.min.js ]]; then
  mkdir -p "$axe"
  npm install --prefix "$axe" --no-save --no-audit --no-fund --loglevel=error axe-core@4.14.1 >/dev/null
fi
export AXE_CORE_JS=$PWD/$axe/node_modules/axe-core/axe.min.js
export CHROMIUM=${CHROMIUM:-$(command -v chromium)}
cargo test --all-features --locked --test it browser -- --ignored --test-threads=1
