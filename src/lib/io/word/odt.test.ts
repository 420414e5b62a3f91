import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { compareDocuments, ResodiffError, type ResolutionDocument } from '../../core/index';
import { readDocument } from '../read';
import { readRevisionPair } from '../revisions';
import { readWordText } from './index';

const ODT = new URL('../../../../tests/fixtures/odt/', import.meta.url);
const REVISIONS = new URL('../../../../tests/fixtures/docx-revisions/', import.meta.url);
const DOCX = new URL('../../../../tests/fixtures/docx/', import.meta.url);

const bytesOf = (folder: URL, name: string) => new Uint8Array(readFileSync(new URL(name, folder)));
const read = (folder: URL, name: string, revisions: 'accepted' | 'original' = 'accepted') =>
	readDocument({ bytes: bytesOf(folder, name), name }, { revisions });

/** What a reader sees of a document: each paragraph's kind, number and text, and the footnotes. */
function content(doc: ResolutionDocument) {
	return {
		paragraphs: doc.paragraphs.map((p) => [p.kind, p.number, p.text, (p.footnotes ?? []).join(',')]),
		footnotes: doc.footnotes.map((f) => [f.mark, f.text])
	};
}

describe('OpenDocument texts saved by LibreOffice from Word revision documents', () => {
	const sources = readdirSync(ODT).filter((n) => n.endsWith('.odt'));

	it('there are sources to read', () => expect(sources.length).toBeGreaterThanOrEqual(8));

	it.each(sources)('%s reads like the Word twins: Accepted as accepted, Rejected as original', async (name) => {
		const stem = name.replace(/\.odt$/, '');
		expect(content(await read(ODT, name))).toEqual(content(await read(REVISIONS, `${stem}-Accepted.docx`)));
		expect(content(await read(ODT, name, 'original'))).toEqual(content(await read(REVISIONS, `${stem}-Rejected.docx`)));
		expect((await read(ODT, name)).meta.shape).toBe('odt');
	});

	it('an insertion deleted again exists in neither version (RP047)', () => {
		const word = readWordText(bytesOf(ODT, 'RP047-Inserted-and-Deleted-Paragraph-Mark.odt'), { file: 'a.odt' });
		expect(word.revisions).toBe(true);
		expect(word.accepted).not.toContain('This is also added');
		expect(word.original).not.toContain('This is also added');
	});
});

describe('the LibreOffice drafts saved as .odt', () => {
	it.each(['A-RES-76-40.zh.draft-77', 'A-RES-80-13.en.draft-82'])(
		'%s.odt reads as its .docx twin in both versions: numbers, emphasis, footnotes',
		(draft) => {
			const odt = readWordText(bytesOf(DOCX, `${draft}.odt`), { file: 'draft.odt' });
			const docx = readWordText(bytesOf(DOCX, `${draft}.docx`), { file: 'draft.docx' });
			expect(odt.format).toBe('odt');
			expect(odt.revisions).toBe(true);
			expect(odt.accepted).toBe(docx.accepted);
			expect(odt.original).toBe(docx.original);
		}
	);

	it('compare DRAFT.odt: its tracked changes as aligned rows, numbered by the list', () => {
		const pair = readRevisionPair({ bytes: bytesOf(DOCX, 'A-RES-76-40.zh.draft-77.odt'), name: 'draft.odt' });
		const cmp = compareDocuments(pair.original, pair.accepted);
		expect(Object.fromEntries(Object.entries(cmp.stats).filter(([, n]) => n > 0))).toEqual({
			unchanged: 19,
			modified: 6,
			inserted: 3,
			deleted: 1,
			moved: 1
		});
		expect(pair.accepted.paragraphs.filter((p) => p.number).map((p) => p.number)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'(a)',
			'(b)',
			'7',
			'8',
			'9',
			'10'
		]);
		expect(pair.accepted.footnotes.map((f) => f.text)).toEqual(['第55/2号决议。', '见A/74/548，附件。', 'A/77/95。']);
		expect(pair.original.footnotes[2].text).toBe('A/76/90。');
	});
});

describe('OpenDocument edge cases', () => {
	const odt = (body: string, styles = '') =>
		zipSync({
			mimetype: strToU8('application/vnd.oasis.opendocument.text'),
			'content.xml': strToU8(
				`<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`
			)
		});
	const list = `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style>`;
	const item = (text: string, attrs = '') => `<text:list-item${attrs}><text:p>${text}</text:p></text:list-item>`;

	it.each([
		[
			'a list restarts unless it continues another',
			`<text:list text:style-name="L1">${item('A')}${item('B')}</text:list><text:p>x</text:p><text:list text:style-name="L1" text:continue-numbering="true">${item('C')}</text:list><text:list text:style-name="L1">${item('D')}</text:list>`,
			['1.\tA', '2.\tB', 'x', '3.\tC', '1.\tD']
		],
		[
			'a nested list is the next level, lettered, restarting under each number',
			`<text:list text:style-name="L1"><text:list-item><text:p>A</text:p><text:list>${item('a1')}${item('a2')}</text:list></text:list-item><text:list-item><text:p>B</text:p><text:list>${item('b1')}</text:list></text:list-item></text:list>`,
			['1.\tA', '(a)\ta1', '(b)\ta2', '2.\tB', '(a)\tb1']
		],
		[
			'an item that sets its number, and a list header without one',
			`<text:list text:style-name="L1">${item('A', ' text:start-value="5"')}${item('B')}<text:list-header><text:p>h</text:p></text:list-header></text:list>`,
			['5.\tA', '6.\tB', 'h']
		],
		['spaces and tabs as elements', `<text:p>a<text:s text:c="3"/>b<text:tab/>c</text:p>`, ['a   b\tc']]
	])('%s', (_, body, expected) => {
		const word = readWordText(odt(body, list), { file: 'a.odt' });
		expect(word.accepted.split('\n').filter(Boolean)).toEqual(expected);
	});

	it('an OpenDocument spreadsheet is refused with one line', () => {
		const bytes = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') });
		expect(() => readWordText(bytes, { file: 'a.ods' })).toThrow(ResodiffError);
		expect(() => readWordText(bytes, { file: 'a.ods' })).toThrow(/not a text document/);
	});
});
