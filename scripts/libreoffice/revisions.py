"""Opens Word files in LibreOffice, runs Accept All and Reject All on each, and prints what each leaves as JSON:
for every file, the paragraphs of the body after accepting and after rejecting, each with its paragraph style, the
number its list displays (LibreOffice's own list label), its text, and the texts of the footnotes it cites (a
cross-reference to a footnote counts as citing that footnote). One LibreOffice process serves all the files.

    /usr/bin/python3 scripts/libreoffice/revisions.py FILE.docx [FILE.docx ...] > out.json

Tables are skipped (the report's cover); the tests keep the paragraphs of the resolution's styles.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import Office  # noqa: E402


def footnote_of_reference(doc, field):
    """The footnote a reference field points at, or None: a reference to a footnote, or (as Word writes a second
    citation of a note, `NOTEREF bookmark \\f`) to a bookmark that encloses a footnote's anchor."""
    try:
        if not field.supportsService('com.sun.star.text.TextField.GetReference'):
            return None
        notes = doc.Footnotes
        if field.ReferenceFieldSource == 3:  # com.sun.star.text.ReferenceFieldSource.FOOTNOTE
            for i in range(notes.Count):
                if notes.getByIndex(i).ReferenceId == field.SequenceNumber:
                    return notes.getByIndex(i)
            return None
        if field.ReferenceFieldSource == 2:  # BOOKMARK
            return note_of_bookmark(doc, field.SourceName)
    except Exception:
        return None
    return None


def note_of_bookmark(doc, name):
    """The footnote whose anchor lies inside the bookmark `name` (or starts where it stands), or None."""
    if not doc.Bookmarks.hasByName(name):
        return None
    mark = doc.Bookmarks.getByName(name).getAnchor()
    notes = doc.Footnotes
    for i in range(notes.Count):
        anchor = notes.getByIndex(i).getAnchor()
        try:
            # LibreOffice keeps a bookmark around a note's anchor as a point where the anchor starts.
            start = doc.Text.compareRegionStarts(mark, anchor)
            if start == 0 or (start > 0 and doc.Text.compareRegionEnds(anchor, mark) >= 0):
                return notes.getByIndex(i)
        except Exception:
            continue
    return None


def read_paragraph(doc, paragraph):
    text = []
    notes = []
    # LibreOffice 7.4 keeps a NOTEREF field it does not convert as a field mark with its shown result: the
    # text between its start and end is the note's number, a citation of the note the bookmark encloses.
    in_noteref = False
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        kind = portion.TextPortionType
        if kind == 'TextFieldStart':
            params = portion.Bookmark.getParameters()
            code = ''
            if params.hasByName('vnd.oasis.opendocument.field.code'):
                code = params.getByName('vnd.oasis.opendocument.field.code')
            words = code.split()
            if len(words) >= 2 and words[0] == 'NOTEREF':
                note = note_of_bookmark(doc, words[1])
                if note is not None:
                    notes.append(note.getString())
                    in_noteref = True
        elif kind == 'TextFieldEnd':
            in_noteref = False
        elif in_noteref:
            continue
        elif kind == 'Text':
            text.append(portion.getString())
        elif kind == 'Footnote':
            notes.append(portion.Footnote.getString())
        elif kind == 'TextField':
            field = portion.TextField
            note = footnote_of_reference(doc, field)
            if note is not None:
                notes.append(note.getString())
            else:
                text.append(portion.getString())
    label = ''
    try:
        label = paragraph.ListLabelString or ''
    except Exception:
        pass
    return {'style': paragraph.ParaStyleName, 'label': label, 'text': ''.join(text), 'footnotes': notes}


def read_body(doc):
    out = []
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService('com.sun.star.text.Paragraph'):
            out.append(read_paragraph(doc, element))
    return out


def resolve(office, path, command):
    doc = office.open(path)
    try:
        office.dispatch(doc, command)
        return {'body': read_body(doc), 'redlines': doc.Redlines.Count if hasattr(doc, 'Redlines') else None}
    finally:
        doc.close(True)


def main(paths):
    result = {}
    with Office() as office:
        for path in paths:
            result[path] = {
                'accepted': resolve(office, path, '.uno:AcceptAllTrackedChanges'),
                'rejected': resolve(office, path, '.uno:RejectAllTrackedChanges'),
            }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1:])
