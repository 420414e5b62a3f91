#!/usr/bin/env bash
# Makes tests/fixtures/odt/: Word's revision test documents (tests/fixtures/docx-revisions/) opened in LibreOffice
# and saved as OpenDocument, their tracked changes carried over into ODF's own form (text:tracked-changes).
# The LibreOffice drafts' .odt twins are made with the drafts (make-drafts.py).
#     bash scripts/libreoffice/make-odt-fixtures.sh      (needs libreoffice-writer-nogui)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/tests/fixtures/odt"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
for name in RP003-Inserted-Text RP005-Deleted-Paragraph-Mark RP007-Multiple-Deleted-Para-Mark RP009-Deleted-Table-Row \
	RP015-MoveFrom-MoveTo RP039-Inserted-Paras-at-End RP047-Inserted-and-Deleted-Paragraph-Mark RP049-Deleted-Para-Before-Table; do
	soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to odt --outdir "$out" \
		"$root/tests/fixtures/docx-revisions/$name.docx" >/dev/null
done
