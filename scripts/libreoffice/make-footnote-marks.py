"""Makes two short texts in LibreOffice, each saved as .docx and .doc in the folder given: footnote-marks, a title
cited by a footnote of its own mark ("*", as the UN marks a reissued document), then a preambular paragraph cited
by a numbered footnote and an operative paragraph; sections, a resolution's end and its annex on pages of another
style (a section of its own); text-box, two paragraphs and a text box beside them.

    /usr/bin/python3 scripts/libreoffice/make-footnote-marks.py OUT   (needs libreoffice-writer-nogui, python3-uno)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from office import Office, props  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402


def footnote(doc, text, cursor, body, label=None):
    note = doc.createInstance('com.sun.star.text.Footnote')
    if label:
        note.Label = label
    text.insertTextContent(cursor, note, False)
    note.Text.insertString(note.Text.createTextCursor(), body, False)


def main(out):
    with Office() as office:
        doc = office.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
        text = doc.Text
        cursor = text.createTextCursor()
        text.insertString(cursor, 'Implementation of the Declaration of the Indian Ocean as a Zone of Peace', False)
        footnote(doc, text, cursor, 'Reissued for technical reasons on 5 December 2025.', '*')
        for line in ['The General Assembly,', 'Recalling its resolution 78/13 of 4 December 2023,']:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            text.insertString(cursor, line, False)
        footnote(doc, text, cursor, 'A/78/29.')
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, '1. Takes note of the report of the Ad Hoc Committee on the Indian Ocean;', False)
        save(doc, out, 'footnote-marks')

        # Sections: the annex on pages of another style starts a section of its own, which a .doc ends with a
        # section break in place of the last paragraph's mark.
        doc = office.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
        text = doc.Text
        cursor = text.createTextCursor()
        lines = ['2. Decides to include in the provisional agenda of its eighty-second session the item;',
                 '52nd plenary meeting', '1 December 2025', 'Annex', 'Declaration of the Indian Ocean as a Zone of Peace']
        for i, line in enumerate(lines):
            if i:
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            if line == 'Annex':
                cursor.setPropertyValue('PageDescName', 'Landscape')
            text.insertString(cursor, line, False)
        save(doc, out, 'sections')

        # A text box (a frame) beside the text: its words are not the resolution's.
        doc = office.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, props(Hidden=True))
        text = doc.Text
        cursor = text.createTextCursor()
        text.insertString(cursor, 'The General Assembly,', False)
        frame = doc.createInstance('com.sun.star.text.TextFrame')
        text.insertTextContent(cursor, frame, False)
        frame.Text.insertString(frame.Text.createTextCursor(), 'Draft prepared by the Secretariat', False)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, '1. Takes note of the report of the Ad Hoc Committee on the Indian Ocean;', False)
        save(doc, out, 'text-box')


def save(doc, out, stem):
    for extension, filter_name in [('docx', 'MS Word 2007 XML'), ('doc', 'MS Word 97')]:
        doc.storeToURL(uno.systemPathToFileUrl(os.path.join(out, stem + '.' + extension)), props(FilterName=filter_name))
    doc.close(True)


if __name__ == '__main__':
    main(os.path.abspath(sys.argv[1]))
