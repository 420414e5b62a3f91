"""Makes the Word drafts of tests/fixtures/docx/ with LibreOffice, as a delegation would in a word processor:
the adopted resolution typed in with automatic numbering (operative numbers and subparagraph letters are list
numbers, not text), bold or italic openers and real footnotes; saved as .docx; then Track Changes switched on and
the next session's draft made by editing it: a preambular paragraph deleted with its paragraph mark, an operative
paragraph inserted (numbered by the list), wording replaced, session numbers and symbols moved on, one paragraph
moved (cut and pasted), a footnote's text updated. Saved again as .docx (Word 2007-365) and as .odt.

    /usr/bin/python3 scripts/libreoffice/make-drafts.py        (needs libreoffice-writer-nogui, python3-uno, and
                                                               `npm run build:cli` for the parser)

The base of each draft is the resolution's text as resodiff parses it, so the draft's original version is that
resolution paragraph for paragraph. Outputs are committed; SOURCES.md says what each is.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from office import Office, props  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'docx')

BOLD = 150.0
ITALIC = uno.Enum('com.sun.star.awt.FontSlant', 'ITALIC')
ARABIC = 4
SHORTS = {'NumberingType', 'ParentNumbering', 'StartWith'}
LOWER_LETTER = 1


def parse(path):
    out = subprocess.run(['node', os.path.join(ROOT, 'bin', 'resodiff.js'), 'parse', path, '--format', 'json'],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def list_style(doc, name):
    """A list style: level 1 `1.`, level 2 `(a)`, each followed by a tab."""
    family = doc.StyleFamilies.getByName('NumberingStyles')
    style = doc.createInstance('com.sun.star.style.NumberingStyle')
    family.insertByName(name, style)
    rules = style.NumberingRules
    for index, (kind, prefix, suffix, fmt) in enumerate([(ARABIC, '', '.', '%1%.'), (LOWER_LETTER, '(', ')', '(%2%)')]):
        names = {p.Name for p in rules.getByIndex(index)}
        wanted = {'NumberingType': kind, 'Prefix': prefix, 'Suffix': suffix, 'ListFormat': fmt, 'ParentNumbering': 1,
                  'StartWith': 1}
        level = props(**{k: (uno.Any('short', v) if k in SHORTS else v) for k, v in wanted.items() if k in names})
        # The level is an Any holding a sequence of PropertyValue: a plain tuple would arrive as []any.
        uno.invoke(rules, 'replaceByIndex', (index, uno.Any('[]com.sun.star.beans.PropertyValue', level)))
    style.NumberingRules = rules
    return name


def write_runs(doc, text, cursor, content, emphasis, notes, footnotes, italic_openers):
    """Types a paragraph's text, then emphasises its ranges and inserts its footnotes at their offsets (from the
    last, since a footnote anchor takes a character's place)."""
    text.insertString(cursor, content, False)
    for a, b in emphasis:
        c = text.createTextCursorByRange(cursor)
        c.gotoStartOfParagraph(False)
        c.goRight(a, False)
        c.goRight(b - a, True)
        if italic_openers:
            c.CharPosture = ITALIC
        else:
            c.CharWeight = BOLD
    for offset, mark in sorted(notes, reverse=True):
        c = text.createTextCursorByRange(cursor)
        c.gotoStartOfParagraph(False)
        c.goRight(offset, False)
        note = doc.createInstance('com.sun.star.text.Footnote')
        text.insertTextContent(c, note, False)
        note.setString(footnotes[mark])
    cursor.gotoEndOfParagraph(False)


def plain(cursor):
    cursor.CharWeight = 100.0
    cursor.CharPosture = uno.Enum('com.sun.star.awt.FontSlant', 'NONE')


def build(office, parsed, title_number, italic_openers):
    """The adopted resolution as a word processor user would type it."""
    doc = office.new_document()
    text = doc.Text
    cursor = text.createTextCursor()
    numbering = list_style(doc, 'Resolution paragraphs')
    footnotes = {f['mark']: f['text'] for f in parsed['footnotes']}
    lines = [('letterhead', line) for line in parsed['meta'].get('letterhead', [])]
    first = True
    for line in lines:
        if not first:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        first = False
        text.insertString(cursor, line[1], False)
    for p in parsed['paragraphs']:
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        plain(cursor)
        if p['kind'] in ('operative', 'subparagraph'):
            cursor.NumberingStyleName = numbering
            cursor.NumberingLevel = 0 if p['kind'] == 'operative' else 1
        else:
            cursor.NumberingStyleName = ''
        content = p['text']
        if p['kind'] == 'title':
            content = title_number + '. ' + content
        notes = list(zip(p.get('footnoteOffsets', []), p.get('footnotes', [])))
        if p['kind'] == 'title':
            notes = [(o + len(title_number) + 2, m) for o, m in notes]
        write_runs(doc, text, cursor, content, [tuple(r) for r in p.get('emphasis', [])], notes, footnotes, italic_openers)
    return doc


def paragraphs(doc):
    out = []
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        p = enum.nextElement()
        if p.supportsService('com.sun.star.text.Paragraph'):
            out.append(p)
    return out


def find_paragraph(doc, start):
    for p in paragraphs(doc):
        if p.getString().startswith(start):
            return p
    raise KeyError(start)


def replace(doc, old, new, count=1):
    """Replaces the first `count` occurrences of `old` (in the body or a footnote)."""
    search = doc.createSearchDescriptor()
    search.SearchString = old
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    done = 0
    while found is not None and done < count:
        found.setString(new)
        done += 1
        found = doc.findNext(found.End, search)
    if done < count:
        # Footnotes are not searched by findFirst: look there too.
        notes = doc.Footnotes
        for i in range(notes.Count):
            note = notes.getByIndex(i)
            if old in note.getString() and done < count:
                cursor = note.Text.createTextCursor()
                s = note.getString()
                k = s.index(old)
                cursor.goRight(k, False)
                cursor.goRight(len(old), True)
                cursor.setString(new)
                done += 1
    if done < count:
        raise KeyError(old)


def delete_paragraph(doc, start):
    p = find_paragraph(doc, start)
    cursor = doc.Text.createTextCursorByRange(p.getStart())
    cursor.gotoEndOfParagraph(True)
    cursor.goRight(1, True)
    cursor.setString('')


def insert_after(doc, start, content, level=0, opener=0, italic_opener=False):
    """A new paragraph after the one starting with `start`, in its list, typed in with its opener emphasised."""
    p = find_paragraph(doc, start)
    text = doc.Text
    cursor = text.createTextCursorByRange(p.getEnd())
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.NumberingLevel = level
    plain(cursor)
    text.insertString(cursor, content, False)
    if opener:
        cursor.goLeft(len(content), False)
        cursor.goRight(opener, True)
        if italic_opener:
            cursor.CharPosture = ITALIC
        else:
            cursor.CharWeight = BOLD


def move_after(doc, start, target):
    """Cut and paste: the paragraph starting with `start` deleted and typed in again after `target`."""
    p = find_paragraph(doc, start)
    content = p.getString()
    runs = []
    portions = p.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        runs.append((portion.getString(), portion.CharWeight, portion.CharPosture))
    delete_paragraph(doc, start)
    q = find_paragraph(doc, target)
    text = doc.Text
    cursor = text.createTextCursorByRange(q.getEnd())
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.NumberingStyleName = ''
    plain(cursor)
    for piece, weight, posture in runs:
        text.insertString(cursor, piece, False)
        cursor.goLeft(len(piece), True)
        cursor.CharWeight = weight
        cursor.CharPosture = posture
        cursor.collapseToEnd()
    assert ''.join(r[0] for r in runs) == content


def first_page_header(doc, rows):
    """The masthead of a UN draft in the first page's header, as the UN's Word template lays it out: a table of
    two columns (the organ on the left; the symbol, the distribution, the date and the languages on the right).
    Later pages get no header."""
    style = doc.StyleFamilies.getByName('PageStyles').getByName('Standard')
    style.HeaderIsOn = True
    style.FirstIsShared = False
    header = style.HeaderTextFirst
    table = doc.createInstance('com.sun.star.text.TextTable')
    table.initialize(len(rows), 2)
    header.insertTextContent(header.getEnd(), table, False)
    for r, (left, right) in enumerate(rows):
        for c, lines in enumerate((left, right)):
            cell = table.getCellByPosition(c, r)
            cursor = cell.createTextCursor()
            for i, line in enumerate(lines):
                if i:
                    cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
                cell.insertString(cursor, line, False)
    # Page 2 and after: the default header, empty, as the template's running header is a field.
    style.HeaderText.setString('')


def make(office, name, base, title_number, italic_openers, edits, masthead=None):
    parsed = parse(base)
    doc = build(office, parsed, title_number, italic_openers)
    Office.save(doc, os.path.join(OUT, name + '.base.docx'), 'MS Word 2007 XML')
    if masthead:
        first_page_header(doc, masthead)
    doc.RecordChanges = True
    for edit in edits:
        edit(doc)
    Office.save(doc, os.path.join(OUT, name + '.docx'), 'MS Word 2007 XML')
    Office.save(doc, os.path.join(OUT, name + '.odt'), 'writer8')
    doc.close(True)


ZH_EDITS = [
    lambda d: replace(d, '第七十六届会议', '第七十七届会议'),
    lambda d: replace(d, '2019年12月12日第74/55号和2020年12月7日第75/47号决议',
                      '2019年12月12日第74/55号、2020年12月7日第75/47号和2021年12月6日第76/40号决议'),
    lambda d: delete_paragraph(d, '确认双边、诸边和多边裁军谈判是相辅相成的'),
    lambda d: replace(d, '严重关切侵蚀', '深为关切侵蚀'),
    lambda d: replace(d, '着重指出必须保留', '强调必须保留'),
    lambda d: insert_after(d, '再次促请所有会员国', '鼓励所有会员国在裁军和不扩散领域：', opener=2),
    lambda d: insert_after(d, '鼓励所有会员国在裁军和不扩散领域：', '加强多边对话与合作；', level=1),
    lambda d: insert_after(d, '加强多边对话与合作；', '分享这方面的良好做法；', level=1),
    lambda d: replace(d, '依照第75/47号决议', '依照第76/40号决议'),
    lambda d: replace(d, '向大会第七十七届会议提交报告', '向大会第七十八届会议提交报告'),
    lambda d: replace(d, '在大会第七十七届会议临时议程', '在大会第七十八届会议临时议程'),
    lambda d: replace(d, 'A/76/90。', 'A/77/95。'),
    lambda d: move_after(d, '铭记存在各项裁军和军备管制协定', '考虑到多边裁军协定'),
]

# The masthead of the draft: an illustrative committee symbol (the drafting is made up, see SOURCES.md).
ZH_MASTHEAD = [
    (['联合国'], ['A/C.1/77/L.5']),
    (['大会'], ['Distr.: Limited', '10 October 2022', 'Chinese', 'Original: English']),
]

EN_EDITS = [
    lambda d: replace(d, 'Eightieth session', 'Eighty-second session'),
    lambda d: replace(d, '76/17 of 6 December 2021 and 78/13 of 4 December 2023 and other',
                      '76/17 of 6 December 2021, 78/13 of 4 December 2023 and 80/13 of 1 December 2025 and other'),
    lambda d: delete_paragraph(d, 'Emphasizing the need to foster consensual approaches'),
    lambda d: replace(d, 'would greatly facilitate', 'would significantly facilitate'),
    lambda d: insert_after(d, 'Requests the Chair of the Ad Hoc Committee',
                           'Encourages the Ad Hoc Committee:', opener=10, italic_opener=True),
    lambda d: insert_after(d, 'Encourages the Ad Hoc Committee:',
                           'To consider practical measures to ensure conditions of peace, security and stability in the Indian Ocean region;',
                           level=1),
    lambda d: insert_after(d, 'To consider practical measures',
                           'To report on its work to the General Assembly at its eighty-fourth session;', level=1),
    lambda d: replace(d, 'General Assembly at its eighty-second session;', 'General Assembly at its eighty-fourth session;'),
    lambda d: replace(d, 'agenda of its eighty-second session', 'agenda of its eighty-fourth session'),
    lambda d: replace(d, 'Eightieth Session, Supplement No. 29 (A/80/29)', 'Eighty-second Session, Supplement No. 29 (A/82/29)'),
    lambda d: move_after(d, 'Noting the initiatives taken by countries of the region', 'Convinced that the participation'),
]


def refused(office):
    """A file the reader refuses: a Word 97-2003 .doc (an OLE compound file). LibreOffice 7.4 writes no
    password-protected .docx, so that case is made in the test itself."""
    doc = office.open(os.path.join(OUT, 'A-RES-80-13.en.draft-82.base.docx'))
    Office.save(doc, os.path.join(OUT, 'legacy.doc'), 'MS Word 97')
    doc.close(True)


def main():
    os.makedirs(OUT, exist_ok=True)
    with Office() as office:
        make(office, 'A-RES-76-40.zh.draft-77', os.path.join(ROOT, 'corpus', 'A-RES-76-40.zh.txt'), '76/40', False, ZH_EDITS,
             ZH_MASTHEAD)
        make(office, 'A-RES-80-13.en.draft-82', os.path.join(OUT, 'A-RES-80-13.en.txt'), '80/13', True, EN_EDITS)
        refused(office)


if __name__ == '__main__':
    main()
