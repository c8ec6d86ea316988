#!/usr/bin/env bash
# Makes sure a Firefox exists for the Firefox E2E suite (tests/firefox).
# Order: $FIREFOX_PATH, Debian's firefox-esr; when none is found and we are root, install Debian's.
set -euo pipefail

if [[ -n "${FIREFOX_PATH:-}" ]]; then
  [[ -x "$FIREFOX_PATH" ]] && exit 0
  echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable file." >&2
  exit 1
fi
for candidate in /usr/bin/firefox-esr /usr/bin/firefox; do
  [[ -x "$candidate" ]] && exit 0
done

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "No Firefox found: installing Debian's firefox-esr package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
No Firefox found. Install Debian's Firefox ESR and run again:
    sudo apt-get update && sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at a Firefox binary (140 or newer).
MSG
exit 1
