#!/usr/bin/env bash
# Makes tests/fixtures/doc/: the LibreOffice drafts (tests/fixtures/docx/) and Word's revision test documents
# (tests/fixtures/docx-revisions/) opened in LibreOffice and saved as Word 97–2003 .doc, and a short text
# with a footnote of its own mark ("*") and a numbered one, made in LibreOffice and saved as .docx and .doc
# (make-footnote-marks.py).
#     bash scripts/libreoffice/make-doc-fixtures.sh      (needs libreoffice-writer-nogui and python3-uno)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/tests/fixtures/doc"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
convert() {
	soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to doc --outdir "$out" "$1" >/dev/null
}
for name in A-RES-76-40.zh.draft-77.base A-RES-76-40.zh.draft-77 A-RES-80-13.en.draft-82; do
	convert "$root/tests/fixtures/docx/$name.docx"
done
for name in RP003-Inserted-Text RP005-Deleted-Paragraph-Mark RP007-Multiple-Deleted-Para-Mark RP051-Arabic-Accepted; do
	convert "$root/tests/fixtures/docx-revisions/$name.docx"
done
/usr/bin/python3 "$root/scripts/libreoffice/make-footnote-marks.py" "$out"
