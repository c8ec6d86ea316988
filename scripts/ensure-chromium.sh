#!/usr/bin/env bash
# Makes sure a Chromium exists for the E2E tests, the demo and the benchmark.
# Order: $CHROMIUM_PATH, Debian's chromium; when none is found and we are root, install Debian's.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
for candidate in /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser; do
  [[ -x "$candidate" ]] && exit 0
done

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "No Chromium found: installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
No Chromium found. Install Debian's Chromium and run again:
    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium/Chrome binary.
MSG
exit 1
