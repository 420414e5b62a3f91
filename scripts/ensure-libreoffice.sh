#!/usr/bin/env bash
# Makes sure the LibreOffice tests can run: Debian's LibreOffice Writer (without its GUI) and the Python
# bridge to it. Installs them with apt-get when missing; nothing is downloaded otherwise.
set -euo pipefail
missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
/usr/bin/python3 -c 'import uno' 2>/dev/null || missing+=(python3-uno)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} with apt-get (needed by the LibreOffice tests of the Word report)…"
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "resodiff: cannot install ${missing[*]}: run as root or install them yourself" >&2; exit 1; fi; }
run apt-get update -qq
DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
