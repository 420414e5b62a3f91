#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium and the Noto CJK fonts (so Chinese renders
# in screenshots and PDFs). Installs them with apt-get when missing; nothing is downloaded otherwise.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} with apt-get (needed by the browser tests)…"
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "resodiff: cannot install ${missing[*]}: run as root or install them yourself" >&2; exit 1; fi; }
run apt-get update -qq
DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
