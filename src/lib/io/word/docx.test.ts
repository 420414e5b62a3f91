import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { compareDocuments, parseResolution, ResodiffError, type ResolutionDocument } from '../../core/index';
import { readDocument } from '../read';
import { readRevisionPair } from '../revisions';
import { wordRefusal } from '../../testing/word-refusal';
import { readWordText } from './index';

const REVISIONS = new URL('../../../../tests/fixtures/docx-revisions/', import.meta.url);
const DOCX = new URL('../../../../tests/fixtures/docx/', import.meta.url);
const CORPUS = new URL('../../../../corpus/', import.meta.url);

const bytesOf = (folder: URL, name: string) => new Uint8Array(readFileSync(new URL(name, folder)));
const read = (folder: URL, name: string, revisions: 'accepted' | 'original' = 'accepted') =>
	readDocument({ bytes: bytesOf(folder, name), name }, { revisions });

/** A document read, or null for one with no text in that version (a table of empty cells, say). */
async function readOrEmpty(folder: URL, name: string, revisions: 'accepted' | 'original' = 'accepted') {
	try {
		return content(await read(folder, name, revisions));
	} catch (error) {
		if (error instanceof ResodiffError && error.code === 'empty') return null;
		throw error;
	}
}

/** What a reader sees of a document: each paragraph's kind, number and text, and the footnotes. */
function content(doc: ResolutionDocument) {
	return {
		paragraphs: doc.paragraphs.map((p) => [p.kind, p.number, p.text, (p.footnotes ?? []).join(',')]),
		footnotes: doc.footnotes.map((f) => [f.mark, f.text])
	};
}

describe("Word's own test documents for tracked revisions", () => {
	const sources = readdirSync(REVISIONS)
		.filter((n) => n.endsWith('.docx') && !/-(Accepted|Rejected)\.docx$/.test(n))
		.sort();
	const has = (name: string) => readdirSync(REVISIONS).includes(name);

	it('are all here', () => expect(sources.length).toBe(27));

	it.each(sources)('%s reads like its Accepted twin, and like its Rejected twin as original', async (name) => {
		const base = name.replace(/\.docx$/, '');
		expect(await readOrEmpty(REVISIONS, name)).toEqual(await readOrEmpty(REVISIONS, `${base}-Accepted.docx`));
		if (has(`${base}-Rejected.docx`)) {
			expect(await readOrEmpty(REVISIONS, name, 'original')).toEqual(
				await readOrEmpty(REVISIONS, `${base}-Rejected.docx`)
			);
		}
	});

	const text = (name: string) => readWordText(bytesOf(REVISIONS, name));
	const lines = (s: string) => s.trim().split('\n\n');

	it.each([
		['RP003-Inserted-Text.docx', 'Video provides a powerful way', 'Video a powerful way'],
		[
			'RP015-MoveFrom-MoveTo.docx',
			'You can also type a keyword.\n\nWhen you click Online Video.',
			'When you click Online Video.\n\nYou can also type a keyword.'
		],
		['RP013-Deleted-Math-Control-Char.docx', 'A=πr2', 'A=2πr2'],
		['RP019-Deleted-Field-Code.docx', 'Test\n\nTest', 'Test\n\n25/03/2017\n\nTest']
	])('%s: accepted and original differ as Word shows', (name, accepted, original) => {
		const word = text(name);
		expect(word.revisions).toBe(true);
		expect(word.accepted).toContain(accepted);
		expect(word.original).toContain(original);
		// A field's code is never text.
		expect(word.original).not.toContain('DATE');
	});

	it('joins a paragraph whose mark was deleted with the next one (RP005)', () => {
		const word = text('RP005-Deleted-Paragraph-Mark.docx');
		expect(lines(word.accepted)).toHaveLength(1);
		expect(lines(word.original)).toHaveLength(2);
	});

	it('numbers a paragraph whose numbering was inserted only in the accepted version (RP021)', () => {
		const word = text('RP021-Inserted-Numbering-Properties.docx');
		expect(word.accepted).toMatch(/^1\.\tThis is a test\./);
		expect(word.original).toMatch(/^This is a test\./);
	});

	it('reads formatting-only revisions as no change (RP025, RP027, RP029, RP031, RP033, RP037)', () => {
		for (const name of [
			'RP027-Change-Section.docx',
			'RP029-Table-Row-Props-Change.docx',
			'RP031-Table-Prop-Change.docx',
			'RP033-Table-Prop-Ex-Change.docx'
		]) {
			expect(text(name).revisions, name).toBe(false);
		}
	});

	it('reads a table row as one paragraph, its cells separated (RP009)', () => {
		const word = text('RP009-Deleted-Table-Row.docx');
		expect(lines(word.accepted)).toEqual(['1', '7']);
		expect(lines(word.original)).toEqual(['1', '4', '7']);
	});
});

/** The two LibreOffice drafts: the adopted resolution with automatic numbering and footnotes, and the next draft. */
const DRAFTS = [
	{
		lang: 'zh',
		base: 'A-RES-76-40.zh.draft-77.base.docx',
		draft: 'A-RES-76-40.zh.draft-77',
		resolution: () => readFileSync(new URL('A-RES-76-40.zh.txt', CORPUS), 'utf8')
	},
	{
		lang: 'en',
		base: 'A-RES-80-13.en.draft-82.base.docx',
		draft: 'A-RES-80-13.en.draft-82',
		resolution: () => readFileSync(new URL('A-RES-80-13.en.txt', DOCX), 'utf8')
	}
];

describe('drafts made in LibreOffice with automatic numbering, footnotes and tracked changes', () => {
	it.each(DRAFTS)(
		'$lang: the adopted resolution typed into Word reads paragraph for paragraph as its text',
		async ({ base, resolution }) => {
			const fromText = parseResolution(resolution(), { source: 'resolution' });
			const fromWord = await read(DOCX, base);
			expect(content(fromWord)).toEqual(content(fromText));
			expect(fromWord.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(
				fromText.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)
			);
			expect(fromWord.meta.shape).toBe('docx');
		}
	);

	it.each(DRAFTS)('$lang: the draft read as original is the resolution, unchanged', async ({ draft, resolution }) => {
		const original = await read(DOCX, `${draft}.docx`, 'original');
		const cmp = compareDocuments(parseResolution(resolution(), { source: 'resolution' }), original);
		expect(cmp.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
		expect(original.meta.revisions).toBe('original');
	});

	it('zh: compare DRAFT.docx shows exactly its tracked changes', () => {
		const pair = readRevisionPair({ bytes: bytesOf(DOCX, 'A-RES-76-40.zh.draft-77.docx'), name: 'draft.docx' });
		const cmp = compareDocuments(pair.original, pair.accepted);
		const changed = cmp.rows
			.filter((r) => r.status !== 'unchanged')
			.map((r) => {
				const first = (side: 'old' | 'new') =>
					(side === 'old' ? pair.original : pair.accepted).paragraphs.find((p) => p.id === r[side][0]);
				const p = first('new') ?? first('old')!;
				return [r.status, r.routine, p.kind, first('new')?.number ?? null, p.text.slice(0, 6)];
			});
		expect(changed).toEqual([
			['modified', true, 'preamble', null, '回顾其关于裁'],
			['deleted', false, 'preamble', null, '确认双边、诸'],
			['moved', false, 'preamble', null, '铭记存在各项'],
			['modified', false, 'preamble', null, '深为关切侵蚀'],
			['modified', false, 'operative', '4', '强调必须保留'],
			['inserted', false, 'operative', '6', '鼓励所有会员'],
			['inserted', false, 'subparagraph', '(a)', '加强多边对话'],
			['inserted', false, 'subparagraph', '(b)', '分享这方面的'],
			['modified', true, 'operative', '8', '表示注意到秘'],
			['modified', true, 'operative', '9', '请秘书长征求'],
			['modified', true, 'operative', '10', '决定在大会第']
		]);
		// Word's automatic numbers: operative paragraphs renumbered by the insertion, its subparagraphs lettered.
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
		// The bold operative verb of the inserted paragraph, and the footnote updated in its own text.
		const inserted = pair.accepted.paragraphs.find((p) => p.text.startsWith('鼓励'))!;
		expect(inserted.emphasis).toEqual([[0, 2]]);
		expect(pair.original.footnotes.map((f) => f.text)).toEqual(['第55/2号决议。', '见A/74/548，附件。', 'A/76/90。']);
		expect(pair.accepted.footnotes.map((f) => f.text)).toEqual(['第55/2号决议。', '见A/74/548，附件。', 'A/77/95。']);
		expect(pair.accepted.meta.session).toBe(77);
		// The masthead in the first page's header names the draft, in both versions; the body is not read for it.
		for (const side of [pair.original, pair.accepted]) {
			expect(side.meta).toMatchObject({
				symbol: 'A/C.1/77/L.5',
				date: '2022-10-10',
				distribution: 'Limited',
				draft: true,
				agendaItem: '100 (r)'
			});
		}
	});

	it('en: compare DRAFT.docx shows exactly its tracked changes, subparagraphs lettered by Word', () => {
		const pair = readRevisionPair({ bytes: bytesOf(DOCX, 'A-RES-80-13.en.draft-82.docx'), name: 'draft.docx' });
		const cmp = compareDocuments(pair.original, pair.accepted);
		const numbers = pair.accepted.paragraphs.filter((p) => p.number).map((p) => p.number);
		expect(numbers).toEqual(['1', '2', '3', '4', '(a)', '(b)', '5', '6']);
		expect(pair.accepted.paragraphs.find((p) => p.number === '(a)')!.kind).toBe('subparagraph');
		const counts = Object.fromEntries(Object.entries(cmp.stats).filter(([, n]) => n > 0));
		expect(counts).toEqual({ unchanged: 11, modified: 4, inserted: 3, deleted: 1, moved: 1 });
		// Routine: the two session ordinals, and the list of recalled resolutions grown by "80/13 of 1 December
		// 2025" (its "and" becoming ", … and").
		expect(cmp.rows.filter((r) => r.routine).length).toBe(3);
		expect(pair.accepted.footnotes[2].text).toContain('(A/82/29)');
	});
});

describe('files that are refused with one line', () => {
	const refusal = wordRefusal;

	it('a .docx that is not a zip', () => {
		expect(refusal(strToU8('just some text'), 'draft.docx')).toMatch(
			/^draft\.docx: not a Word file: a \.docx is a zip package/
		);
	});

	it('a zip that is not a Word document, and a damaged one', () => {
		expect(refusal(zipSync({ 'a.txt': strToU8('x') }), 'x.docx')).toMatch(
			/a zip archive, but not a Word \(\.docx\) or OpenDocument \(\.odt\) document/
		);
		const good = bytesOf(DOCX, 'A-RES-80-13.en.draft-82.docx');
		expect(refusal(good.slice(0, good.length / 2), 'cut.docx')).toMatch(/^cut\.docx: the file is damaged/);
	});

	it('compare with one Word file that has no tracked changes', () => {
		expect(() =>
			readRevisionPair({ bytes: bytesOf(DOCX, 'A-RES-80-13.en.draft-82.base.docx'), name: 'base.docx' })
		).toThrow('the Word file has no tracked changes to compare');
	});
});

describe('OOXML as other programs write it', () => {
	/** A minimal package around a body. */
	const docx = (body: string, parts: Record<string, string> = {}, prefix = 'w') =>
		zipSync({
			'[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
			'_rels/.rels': strToU8(
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
			),
			'word/document.xml': strToU8(
				`<${prefix}:document xmlns:${prefix}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`
			),
			...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))
		});

	it('reads any namespace prefix, and strict OOXML', () => {
		const body = '<x:p><x:r><x:t>Hello</x:t></x:r></x:p>';
		expect(readWordText(docx(body, {}, 'x')).accepted).toBe('Hello\n');
		const strict = zipSync({
			'word/document.xml': strToU8(
				'<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>Strict</t></r></p></body></document>'
			)
		});
		expect(readWordText(strict).accepted).toBe('Strict\n');
	});

	it('numbers paragraphs whose style carries the list, at the level the style is linked to', () => {
		const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
		const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Op"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Op"/></w:style></w:styles>`;
		const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Op"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Sub"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
		const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
		const p = (style: string, text: string) =>
			`<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
		const body = p('Op', 'Decides:') + p('Sub', 'To act;') + p('Sub', 'To report;') + p('Op', 'Requests.');
		const word = readWordText(
			docx(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering, 'word/_rels/document.xml.rels': rels })
		);
		expect(word.accepted).toBe('1.\tDecides:\n\n(a)\tTo act;\n\n(b)\tTo report;\n\n2.\tRequests.\n');
	});

	it('keeps asterisks, underscores and backslashes as characters', async () => {
		const body = '<w:p><w:r><w:t xml:space="preserve">2*3*4 and snake_case_name and C:\\data and [1]</w:t></w:r></w:p>';
		const doc = readDocument({ bytes: docx(body), name: 'x.docx' });
		expect((await doc).paragraphs[0].text).toBe('2*3*4 and snake_case_name and C:\\data and [1]');
	});

	it('ignores hidden text, comments and drawings; reads symbols and no-break hyphens', () => {
		const body =
			'<w:p><w:r><w:t>A</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:commentReference w:id="1"/></w:r><w:r><w:drawing><w:t>x</w:t></w:drawing></w:r><w:r><w:noBreakHyphen/><w:sym w:font="Symbol" w:char="03A9"/></w:r></w:p>';
		expect(readWordText(docx(body)).accepted).toBe('A\u2011Ω\n');
	});

	it('gives a footnote cited again by a NOTEREF field the same mark, and a custom mark as printed', () => {
		const body =
			'<w:p><w:r><w:t>One</w:t></w:r><w:bookmarkStart w:id="0" w:name="_Ref1"/><w:r><w:footnoteReference w:id="2"/></w:r><w:bookmarkEnd w:id="0"/>' +
			'<w:r><w:t xml:space="preserve"> two</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NOTEREF _Ref1 \\f \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
			'<w:r><w:t xml:space="preserve"> three</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r></w:p>';
		const notes =
			'<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
			'<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Resolution 55/2.</w:t></w:r></w:p></w:footnote>' +
			'<w:footnote w:id="3"><w:p><w:r><w:t>Sponsors.</w:t></w:r></w:p></w:footnote></w:footnotes>';
		const rels =
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>';
		const word = readWordText(docx(body, { 'word/footnotes.xml': notes, 'word/_rels/document.xml.rels': rels }));
		expect(word.accepted).toBe('One¹ two¹ three*\n\n¹ Resolution 55/2.\n\n* Sponsors.\n');
	});
});
