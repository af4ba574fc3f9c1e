#!/usr/bin/env bash
# System packages the test suite needs, from Debian's package manager (idempotent):
# - a PostgreSQL server for the store tests;
# - Chromium and its WebDriver for the browser tests (a tool's own browser download
#   does not work offline: the tests drive /usr/bin/chromium through /usr/bin/chromedriver);
# - Node.js and npm, which install the front-end libraries listed in package.json.
set -euo pipefail
missing=()
if ! ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ! -x /usr/bin/chromedriver ]; then missing+=(chromium-driver); fi
if ! command -v npm >/dev/null 2>&1; then
  if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
  missing+=(npm)
fi
# - a C++ compiler and ICU headers: pdqhash and PyICU (needed by followthemoney) build from source.
for pkg in g++ pkg-config libicu-dev; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing ${missing[*]} from the system's package manager" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
