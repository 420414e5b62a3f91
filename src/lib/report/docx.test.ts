import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDocuments, parseResolution } from '../core/index';
import { draftPairArbitrary } from '../testing/arbitraries';
import { loadSeed } from '../testing/seeds';
import type { Comparison, ResolutionDocument } from '../core/types';
import { printNumber } from '../core/report/labels';
import { showControls } from '../core/report/model';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison,
	HOSTILE
} from '../testing/report-fixtures';
import { readFileSync } from 'node:fs';
import { readRevisionPair } from '../io/read';
import { readListNumbers } from '../io/word/docx';
import { footnoteComparison } from '../testing/word-fixtures';
import { renderDocx, BODY_STYLES } from './docx';
import { readFootnotes, resolveRevisions, unzipDocx } from '../testing/docx-xml';

const bodyStyles = new Set(Object.values(BODY_STYLES));

/** The text a version's paragraph has in the Word body: number, tab, text (control characters shown, XML cannot hold them). */
function expectedText(p: ResolutionDocument['paragraphs'][number]): string {
	const number = printNumber(p);
	return showControls((number ? `${number}\t` : '') + p.text);
}

/** Renders and replays Accept All / Reject All, keeping the resolution body only. */
async function resolve(cmp: Comparison) {
	const bytes = await renderDocx(cmp);
	const files = unzipDocx(bytes);
	const xml = files['word/document.xml'];
	const notes = files['word/footnotes.xml'] ? readFootnotes(files['word/footnotes.xml']) : new Map<number, string>();
	// A paragraph a list numbers shows the number the list counts for it (read as Word counts).
	const numbers = readListNumbers(bytes);
	const body = (mode: 'accept' | 'reject') => {
		const counted = [...(mode === 'accept' ? numbers.accepted : numbers.original)];
		return resolveRevisions(xml, mode)
			.filter((p) => p.style !== null && bodyStyles.has(p.style))
			.map((p) => (p.listed ? { ...p, text: `${counted.shift()}\t${p.text}` } : p));
	};
	return { files, xml, notes, accepted: body('accept'), rejected: body('reject') };
}

/** Footnote texts a document's paragraphs cite, in reading order. */
function citedFootnotes(doc: ResolutionDocument): string[] {
	return doc.paragraphs.flatMap((p) =>
		(p.footnotes ?? []).map((mark) => doc.footnotes.find((f) => f.mark === mark)?.text ?? mark)
	);
}

describe('renderDocx: Accept All gives the new text, Reject All the old', () => {
	const cases: [string, () => Comparison][] = [
		['every status (sample)', sampleComparison],
		['hostile text', hostileComparison],
		['old side empty', () => oneSidedComparison('old')],
		['new side empty', () => oneSidedComparison('new')],
		['empty comparison', emptyComparison]
	];
	it.each(cases)('%s', async (_, make) => {
		const cmp = make();
		const { accepted, rejected, notes } = await resolve(cmp);
		expect(accepted.map((p) => p.text)).toEqual(cmp.new.paragraphs.map(expectedText));
		expect(rejected.map((p) => p.text)).toEqual(cmp.old.paragraphs.map(expectedText));
		// Footnote references survive in the right order, pointing at the right text.
		expect(accepted.flatMap((p) => p.footnotes).map((id) => notes.get(id))).toEqual(citedFootnotes(cmp.new));
		expect(rejected.flatMap((p) => p.footnotes).map((id) => notes.get(id))).toEqual(citedFootnotes(cmp.old));
	});

	it('holds for the real pair 67/38 → 76/40', async () => {
		const cmp = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
		const { accepted, rejected, notes } = await resolve(cmp);
		expect(accepted.map((p) => p.text)).toEqual(cmp.new.paragraphs.map(expectedText));
		expect(rejected.map((p) => p.text)).toEqual(cmp.old.paragraphs.map(expectedText));
		expect(accepted.flatMap((p) => p.footnotes).map((id) => notes.get(id))).toEqual(citedFootnotes(cmp.new));
		expect(citedFootnotes(cmp.new).length).toBeGreaterThan(0);
		expect(rejected.flatMap((p) => p.footnotes)).toEqual([]);
	});

	it('holds for random drafts compared for real (splits, merges, moves, renumbering)', async () => {
		await fc.assert(
			fc.asyncProperty(draftPairArbitrary(10, 4), async ({ source, draft }) => {
				const cmp = compareDocuments(source, draft.doc);
				const { accepted, rejected } = await resolve(cmp);
				expect(accepted.map((p) => p.text)).toEqual(cmp.new.paragraphs.map(expectedText));
				expect(rejected.map((p) => p.text)).toEqual(cmp.old.paragraphs.map(expectedText));
			}),
			{ numRuns: 40 }
		);
	});

	it('gives each kind of paragraph its style after accepting and after rejecting', async () => {
		const cmp = sampleComparison();
		const { accepted, rejected } = await resolve(cmp);
		expect(accepted.map((p) => p.style)).toEqual(cmp.new.paragraphs.map((p) => BODY_STYLES[p.kind]));
		expect(rejected.map((p) => p.style)).toEqual(cmp.old.paragraphs.map((p) => BODY_STYLES[p.kind]));
	});

	it('records an inserted paragraph as Word does: the mark before it inserted', async () => {
		const { xml } = await resolve(sampleComparison());
		const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
		const at = paragraphs.findIndex((p) => p.includes('题为“全面彻底裁军”的项目'));
		// The paragraph before (OP5, which ends in an insertion) carries the inserted mark ...
		expect(paragraphs[at - 1]).toMatch(/<w:rPr><w:ins w:id="\d+"[^>]*\/><\/w:rPr><\/w:pPr>/);
		// ... and the inserted subparagraph ends with OP5's mark, its style a formatting revision.
		expect(paragraphs[at]).not.toMatch(/<w:rPr><w:ins w:id="\d+"[^>]*\/><\/w:rPr><\/w:pPr>/);
		expect(paragraphs[at]).toMatch(/<w:pPrChange [^>]*><w:pPr><w:pStyle w:val="ResoOperative"\/>/);
	});
});

describe('renderDocx: revisions', () => {
	it('marks every revision with the author and date, each with its own id', async () => {
		const { xml } = await resolve(sampleComparison());
		const revisions = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
		expect(revisions.length).toBeGreaterThan(20);
		for (const [, , , author, date] of revisions) {
			expect(author).toBe('resodiff');
			expect(date).toBe('2021-12-06T00:00:00Z');
		}
		const ids = revisions.map((m) => m[2]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('takes the author and date from the options', async () => {
		const bytes = await renderDocx(sampleComparison(), { author: 'Delegation of X', date: '2022-01-02T03:04:05Z' });
		const xml = unzipDocx(bytes)['word/document.xml'];
		expect(xml).toContain('w:author="Delegation of X" w:date="2022-01-02T03:04:05Z"');
		expect(xml).not.toContain('w:author="resodiff"');
	});

	it('marks the paragraph mark of whole inserted and deleted paragraphs', async () => {
		const { xml } = await resolve(sampleComparison());
		const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
		const inserted = paragraphs.find((p) => p.includes('欢迎各国为此作出的努力'))!;
		const deleted = paragraphs.find((p) => p.includes('注意到在德黑兰举行的会议'))!;
		expect(inserted).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins w:id="\d+"[^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
		expect(deleted).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del w:id="\d+"[^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
		expect(deleted).toContain('<w:delText xml:space="preserve">注意到在德黑兰举行的会议，</w:delText>');
	});

	it('keeps the bold operative verbs of the new version', async () => {
		const { xml } = await resolve(sampleComparison());
		expect(xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">重申<\/w:t><\/w:r>/);
		expect(xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">敦促<\/w:t><\/w:r>/);
	});

	it('comments on both places of a moved paragraph', async () => {
		// Without footnotes: see the next case for why comments and footnotes do not mix.
		const cmp = sampleComparison();
		for (const doc of [cmp.old, cmp.new]) {
			doc.footnotes = [];
			for (const p of doc.paragraphs) delete p.footnotes;
		}
		const { files } = await resolve(cmp);
		const comments = files['word/comments.xml'];
		expect(comments).toContain('移动：移至 序言 2');
		expect(comments).toContain('移动：移自 序言 5');
		expect((files['word/document.xml'].match(/<w:commentReference w:id="\d+"\/>/g) ?? []).length).toBe(2);
	});

	it('leaves out comments that would stand before a footnote reference', async () => {
		const { xml } = await resolve(sampleComparison());
		const lastFootnote = xml.lastIndexOf('<w:footnoteReference');
		expect(lastFootnote).toBeGreaterThan(0);
		expect(xml.slice(0, lastFootnote)).not.toContain('<w:commentReference');
	});

	it('shares a footnote both versions cite at the same place, and tracks one only the new cites', async () => {
		const { xml, notes } = await resolve(sampleComparison());
		const plain = [
			...xml.matchAll(
				/<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="(\d+)"\/><\/w:r>/g
			)
		];
		expect(plain.map((m) => notes.get(Number(m[1])))).toContain('第 55/2 号决议。');
		expect(xml).toMatch(
			/<w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="\d+"\/><\/w:r><\/w:ins>/
		);
	});

	it('numbers operative paragraphs and subparagraphs with a Word list, so numbers follow the paragraphs', async () => {
		const cmp = draftComparison('A-RES-80-13.en.draft-82.docx');
		const bytes = await renderDocx(cmp);
		const xml = unzipDocx(bytes)['word/document.xml'];
		const body = xml.slice(xml.indexOf('ResoTitle'));
		// No number is typed in: each operative paragraph and subparagraph is in the list, at its level.
		expect(body).not.toMatch(/<w:t xml:space="preserve">\d+\.<\/w:t><w:tab\/>/);
		expect(body.match(/<w:numPr><w:ilvl w:val="0"\/>/g)?.length).toBeGreaterThanOrEqual(6);
		expect(body.match(/<w:numPr><w:ilvl w:val="1"\/>/g)).toHaveLength(2);
		// Read as Word counts, each version shows its own numbers.
		expect(readListNumbers(bytes)).toEqual({
			accepted: ['1.', '2.', '3.', '4.', '(a)', '(b)', '5.', '6.'],
			original: ['1.', '2.', '3.', '4.', '5.']
		});
	});

	it('types the numbers in, changes tracked, when a list could not count them (a number skipped)', async () => {
		const old = parseResolution('大会，\n\n1. **重申**甲；\n\n2. **请**乙；\n\n3. **决定**丙。\n', {
			source: 'old.txt'
		});
		// A draft that deleted paragraph 2 without renumbering: no list counts 1, 3.
		const next = parseResolution('大会，\n\n1. **重申**甲；\n\n3. **决定**丙。\n', { source: 'new.txt' });
		expect(next.paragraphs.map((p) => p.number)).toEqual([null, '1', '3']);
		const { xml, accepted, rejected } = await resolve(compareDocuments(old, next));
		expect(xml).not.toContain('<w:numPr>');
		expect(accepted.map((p) => p.text.slice(0, 2))).toEqual(['大会', '1.', '3.']);
		expect(rejected.map((p) => p.text.slice(0, 2))).toEqual(['大会', '1.', '2.', '3.']);
	});

	it('puts both symbols and the summary on the cover', async () => {
		const { xml } = await resolve(sampleComparison());
		const cover = xml.slice(0, xml.indexOf('ResoTitle'));
		expect(cover).toContain('A/RES/67/38 → A/RES/76/40');
		expect(cover).toContain('共 14 行对照');
		expect(cover).toContain('“结”→“成”');
	});

	it('switches on Track Changes unless told not to', async () => {
		expect(unzipDocx(await renderDocx(sampleComparison()))['word/settings.xml']).toContain('<w:trackRevisions/>');
		expect(
			unzipDocx(await renderDocx(sampleComparison(), { trackRevisions: false }))['word/settings.xml']
		).not.toContain('<w:trackRevisions/>');
	});
});

describe('renderDocx: hostile text stays text', () => {
	it('escapes markup and keeps XML well-formed', async () => {
		const { xml, accepted } = await resolve(hostileComparison());
		expect(xml).not.toContain('<script');
		expect(xml).not.toContain('<img');
		expect(xml).toContain('&lt;script&gt;');
		// The text that tries to close the run is text of the accepted paragraph, not XML.
		expect(accepted.some((p) => p.text.includes(HOSTILE.close))).toBe(true);
		// No control character other than tab/newline reaches the XML (XML 1.0 forbids them).
		expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
	});
});

describe('renderDocx: the package', () => {
	it('is a zip with the parts Word needs, as a Uint8Array', async () => {
		const bytes = await renderDocx(sampleComparison());
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const files = unzipDocx(bytes);
		for (const part of [
			'[Content_Types].xml',
			'word/document.xml',
			'word/styles.xml',
			'word/settings.xml',
			'word/footnotes.xml'
		]) {
			expect(files[part], part).toBeDefined();
		}
	});
});

/** Each row as a reader sees it: status, routine, the diff, and the paragraphs (kind, number, text) of each side. */
function rowsOf(cmp: Comparison) {
	const texts = (doc: ResolutionDocument, ids: string[]) =>
		ids.map((id) => {
			const p = doc.paragraphs.find((q) => q.id === id)!;
			return `${p.kind} ${p.number} ${p.text}`;
		});
	return cmp.rows.map((r) => ({
		status: r.status,
		routine: r.routine,
		diff: r.diff,
		old: texts(cmp.old, r.old),
		new: texts(cmp.new, r.new)
	}));
}

/** The LibreOffice drafts' own comparisons (original text against tracked changes accepted). */
function draftComparison(name: string): Comparison {
	const bytes = new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/docx/${name}`, import.meta.url)));
	const pair = readRevisionPair({ bytes, name });
	return compareDocuments(pair.original, pair.accepted);
}

describe('renderDocx: the report read back', () => {
	const pairs: [string, () => Comparison][] = [
		['the showcase 67/38 → 76/40', () => compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'))],
		['68/46 → 76/40 (another resolution)', () => compareDocuments(loadSeed('A/RES/68/46'), loadSeed('A/RES/76/40'))],
		['the Chinese LibreOffice draft', () => draftComparison('A-RES-76-40.zh.draft-77.docx')],
		['the English LibreOffice draft', () => draftComparison('A-RES-80-13.en.draft-82.docx')]
	];

	it.each(pairs)('compare REPORT.docx gives the comparison it was made from, row for row: %s', async (_, make) => {
		const cmp = make();
		const pair = readRevisionPair({ bytes: await renderDocx(cmp), name: 'report.docx' });
		expect(rowsOf(compareDocuments(pair.original, pair.accepted))).toEqual(rowsOf(cmp));
		expect(pair.original.footnotes.map((f) => [f.mark, f.text])).toEqual(
			cmp.old.footnotes.map((f) => [f.mark, f.text])
		);
		expect(pair.accepted.footnotes.map((f) => [f.mark, f.text])).toEqual(
			cmp.new.footnotes.map((f) => [f.mark, f.text])
		);
	});

	it('declares the styles of its body, so the cover and the change table are not read as the document', async () => {
		const files = unzipDocx(await renderDocx(sampleComparison()));
		expect(files['docProps/custom.xml']).toMatch(/name="resodiff.body-styles"[\s\S]*ResoPreamble ResoOperative/);
	});
});

describe('renderDocx: the cover', () => {
	it('names each input by its file name, never the folder it sits in', async () => {
		const cmp = sampleComparison();
		cmp.old.meta.source = '/home/delegate/Confidential drafts/A-RES-67-38.txt';
		cmp.new.meta.source = 'C:\\Users\\delegate\\Desktop\\L.31.docx';
		cmp.new.meta.symbol = null;
		const files = unzipDocx(await renderDocx(cmp));
		const everything = Object.values(files).join('');
		expect(everything).toContain('A-RES-67-38.txt');
		expect(everything).toContain('L.31.docx');
		expect(everything).not.toMatch(/delegate|Confidential|Desktop/);
	});

	it("never lists white space as a change (the showcase's list of resolutions)", async () => {
		const cmp = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
		const xml = unzipDocx(await renderDocx(cmp))['word/document.xml'];
		const cover = xml.slice(0, xml.indexOf('ResoTitle'));
		expect(cover).toContain('“和”→“、”');
		expect(cover).not.toMatch(/＋“\s*”/);
	});
});

describe('renderDocx: as Word writes moves and footnotes', () => {
	it('writes a moved paragraph as a move: w:moveFrom where it was, w:moveTo where it is, in named ranges', async () => {
		const cmp = sampleComparison();
		const { xml } = await resolve(cmp);
		const from = xml.match(/<w:moveFrom w:id="\d+"[^>]*>/g) ?? [];
		const to = xml.match(/<w:moveTo w:id="\d+"[^>]*>/g) ?? [];
		expect(from.length).toBeGreaterThan(0);
		expect(to.length).toBeGreaterThan(0);
		const names = (side: 'From' | 'To') =>
			[...xml.matchAll(new RegExp(`<w:move${side}RangeStart w:id="\\d+" w:name="(move\\d+)"`, 'g'))].map((m) => m[1]);
		expect(names('From')).toEqual(names('To'));
		expect(xml.match(/<w:moveFromRangeEnd w:id="\d+"\/>/g)).toHaveLength(names('From').length);
		// The moved text is no plain deletion or insertion.
		const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
		const fromParagraphs = paragraphs.filter((p) => p.includes('<w:moveFrom '));
		const toParagraphs = paragraphs.filter((p) => p.includes('<w:moveTo '));
		expect(fromParagraphs.length).toBe(cmp.rows.filter((r) => r.status === 'moved').length);
		expect(toParagraphs.length).toBe(fromParagraphs.length);
		for (const p of fromParagraphs) expect(p).not.toMatch(/<w:del /);
		for (const p of toParagraphs) expect(p).not.toMatch(/<w:ins /);
	});

	it('cites a footnote twice as one note, the second time by a NOTEREF cross-reference to a bookmark', async () => {
		const files = unzipDocx(await renderDocx(footnoteComparison()));
		const xml = files['word/document.xml'];
		expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(1);
		expect(xml).toMatch(
			/<w:bookmarkStart w:id="\d+" w:name="_RefNote1"\/><w:r>[\s\S]*?<w:footnoteReference w:id="1"\/><\/w:r><w:bookmarkEnd/
		);
		expect(xml).toContain('<w:instrText xml:space="preserve"> NOTEREF _RefNote1 \\f \\h </w:instrText>');
		expect(readFootnotes(files['word/footnotes.xml']).size).toBe(1);
	});

	it('reads back a note cited twice, and a note no paragraph cites, in each version', async () => {
		const cmp = footnoteComparison();
		const pair = readRevisionPair({ bytes: await renderDocx(cmp), name: 'report.docx' });
		for (const [doc, expected] of [
			[pair.original, cmp.old],
			[pair.accepted, cmp.new]
		] as const) {
			expect(doc.paragraphs.map((p) => p.footnotes ?? [])).toEqual(expected.paragraphs.map((p) => p.footnotes ?? []));
			// The list of uncited notes stands before the notes section in the text read back: order by mark.
			const notes = (d: ResolutionDocument) => d.footnotes.map((f) => [f.mark, f.text]).sort();
			expect(notes(doc)).toEqual(notes(expected));
		}
	});
});
