// Real UN documents as users have them (tests/fixtures/real, see its SOURCES.md): text extracted from real UN
// PDFs by pdftotext (with and without -layout), PyMuPDF and pdf.js copy-paste, drafts, Chinese web pages.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../compare';
import { parseResolution } from './parse';
import type { ParagraphKind, ResolutionDocument } from '../types';
import { warningsInEnglish } from '../warnings';

const dir = fileURLToPath(new URL('../../../../tests/fixtures/real/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');
const parse = (name: string) => parseResolution(read(name), { source: name });
const count = (doc: ResolutionDocument, kind: ParagraphKind) => doc.paragraphs.filter((p) => p.kind === kind).length;
const texts = (doc: ResolutionDocument, kind: ParagraphKind) =>
	doc.paragraphs.filter((p) => p.kind === kind).map((p) => p.text);

/** What the source itself says, read without the parser: its numbered lines before the closing, its footnotes. */
function ownNumbering(source: string): number[] {
	const body = source.split(/^\d{1,3}(?:st|nd|rd|th) plenary meeting/m)[0];
	return [...body.matchAll(/^(\d{1,3})\. \S/gm)].map((m) => Number(m[1]));
}

const FURNITURE = /\b\d{2}-\d{5}\b|\*\d{7,9}\*|\[\^\d+\]|^\s*\d+\/\d+\s*$|^\s*A\/RES\/\d+\/\d+\s*$/;

describe('2025 resolutions as PyMuPDF extracts them', () => {
	const files = readdirSync(dir).filter((f) => /^A-RES-80-\d+\.en\.txt$/.test(f));
	it('has all 34', () => expect(files).toHaveLength(34));

	it.each(files)('%s reads cleanly', (name) => {
		const source = read(name);
		const doc = parse(name);
		const title = doc.meta.title ?? '';
		const body = doc.paragraphs.filter((p) => p.kind !== 'title' && p.kind !== 'heading');
		// No page furniture, no running header, no paragraph cut at a page (lower case or a digit first).
		expect(body.filter((p) => FURNITURE.test(p.text)).map((p) => p.text)).toEqual([]);
		expect(body.filter((p) => title.length > 20 && p.text === title)).toEqual([]);
		expect(body.filter((p) => /^[a-z]/.test(p.text)).map((p) => p.text)).toEqual([]);
		expect(
			body.filter((p) => (p.kind === 'preamble' || p.kind === 'operative') && /^\d/.test(p.text)).map((p) => p.text)
		).toEqual([]);
		// The operative paragraphs are the resolution's own numbered ones: those before the closing, not the
		// paragraphs of an annexed declaration after it. A number the extractor lost and the reader inferred fills
		// a place the printed ones leave free, and the numbering then runs 1, 2, 3 … without a gap.
		const own = ownNumbering(source);
		const all = doc.paragraphs.filter((p) => p.kind === 'operative' && p.number !== null).map((p) => Number(p.number));
		const numbered = all.filter((n) => own.includes(n));
		expect(numbered).toEqual(own.filter((n, i) => n === i + 1 || numbered.includes(n)));
		if (numbered.length < all.length) expect(all).toEqual(all.map((_, i) => i + 1));
		// Closing meeting and date on one line are read as the two closing lines.
		if (/^\d+(st|nd|rd|th) plenary meeting \d/m.test(source)) {
			expect(texts(doc, 'closing')).toHaveLength(2);
			expect(doc.meta.meeting).toBeGreaterThan(0);
		}
	});

	// Preambular paragraphs as a reader counts them in each text. Counting the blocks that open with a participle
	// gets five wrong: 80/11 sets the heading "Peacebuilding Commission" over its operative part; 80/22 continues
	// a paragraph across a page with "Stockpiling of Bacteriological …"; the running header "Convening of the
	// fourth special session …" stands between two of 80/30's; 80/34 has "Re-emphasizing", "Convinced …" run on
	// without a blank line, and five lettered items ("(b) Eliminating …") whose letters were lost.
	const preambles: [name: string, preamble: number][] = [
		['A-RES-80-1.en.txt', 5],
		['A-RES-80-2.en.txt', 2],
		['A-RES-80-3.en.txt', 1],
		['A-RES-80-5.en.txt', 0],
		['A-RES-80-7.en.txt', 4],
		['A-RES-80-8.en.txt', 32],
		['A-RES-80-9.en.txt', 0],
		['A-RES-80-10.en.txt', 11],
		['A-RES-80-11.en.txt', 16],
		['A-RES-80-12.en.txt', 14],
		['A-RES-80-13.en.txt', 8],
		['A-RES-80-14.en.txt', 5],
		['A-RES-80-15.en.txt', 15],
		['A-RES-80-16.en.txt', 3],
		['A-RES-80-17.en.txt', 12],
		['A-RES-80-18.en.txt', 18],
		['A-RES-80-19.en.txt', 24],
		['A-RES-80-20.en.txt', 14],
		['A-RES-80-21.en.txt', 13],
		['A-RES-80-22.en.txt', 12],
		['A-RES-80-23.en.txt', 9],
		['A-RES-80-24.en.txt', 35],
		['A-RES-80-25.en.txt', 10],
		['A-RES-80-26.en.txt', 13],
		['A-RES-80-27.en.txt', 9],
		['A-RES-80-28.en.txt', 10],
		['A-RES-80-29.en.txt', 9],
		['A-RES-80-30.en.txt', 9],
		['A-RES-80-31.en.txt', 16],
		['A-RES-80-32.en.txt', 6],
		['A-RES-80-33.en.txt', 19],
		['A-RES-80-34.en.txt', 11],
		['A-RES-80-35.en.txt', 13],
		['A-RES-80-67.en.txt', 16]
	];
	it('counts every text (the table holds all 34)', () =>
		expect(preambles.map(([name]) => name).sort()).toEqual([...files].sort()));
	it.each(preambles)('%s has %i preambular paragraphs, each opening with a capital', (name, n) => {
		const doc = parse(name);
		expect(count(doc, 'preamble')).toBe(n);
		expect(texts(doc, 'preamble').filter((t) => !/^\p{Lu}/u.test(t))).toEqual([]);
	});

	it('links the footnotes to the paragraphs that cite them by bare digits ("Court,2", "79/7;1", "20242", "of 20172", "Principles. 13 We")', () => {
		const unlinked: string[] = [];
		let all = 0;
		for (const name of files) {
			const doc = parse(name);
			all += doc.footnotes.length;
			unlinked.push(...doc.footnotes.filter((f) => f.paragraph === null).map((f) => `${name} ${f.mark}`));
		}
		expect(all).toBeGreaterThan(200);
		// The one mark the extractor itself lost (A/RES/80/28 cites note 6 nowhere in the text): all others linked.
		expect(unlinked).toEqual(['A-RES-80-28.en.txt 6']);
	});

	it('reads A/RES/80/13: eight preambular paragraphs, the running header and the wrapped list of resolutions gone', () => {
		const doc = parse('A-RES-80-13.en.txt');
		expect(count(doc, 'preamble')).toBe(8);
		expect(count(doc, 'operative')).toBe(5);
		expect(texts(doc, 'preamble')[0]).toMatch(
			/^Recalling the Declaration .* 58\/29 of 8 December 2003, 60\/48 of 8 December 2005, 62\/14/
		);
		expect(doc.footnotes.map((f) => [f.mark, f.paragraph])).toEqual([
			['1', 'p4'],
			['2', 'p5'],
			['3', 'p10']
		]);
		expect(doc.meta).toMatchObject({
			symbol: 'A/RES/80/13',
			session: 80,
			agendaItem: '91',
			meeting: 52,
			date: '2025-12-01'
		});
	});

	it('reads A/RES/80/67: sixteen preambular paragraphs, not one (blank lines separate, single breaks wrap)', () => {
		const doc = parse('A-RES-80-67.en.txt');
		expect(count(doc, 'preamble')).toBe(16);
		expect(count(doc, 'operative')).toBe(8);
	});

	it('reads A/RES/80/34: the agenda row wrapped onto a second line as letterhead, the lists PyMuPDF took the letters off as lettered subparagraphs', () => {
		const doc = parse('A-RES-80-34.en.txt');
		expect(doc.meta).toMatchObject({ agendaItem: '99 (m)', meeting: 52, date: '2025-12-01' });
		expect(doc.meta.agendaTitle).toMatch(
			/^General and complete disarmament: .* Production, Stockpiling and Use of Chemical Weapons and on Their Destruction$/
		);
		expect(count(doc, 'other')).toBe(0);
		// "Convinced that the Convention … constitutes a major contribution to:" and its five items, (a) to (e).
		expect(count(doc, 'preamble')).toBe(11);
		const items = (start: RegExp) => {
			const parent = doc.paragraphs.find((p) => start.test(p.text));
			return doc.paragraphs.filter((p) => p.parent === parent?.id).map((p) => `${p.number} ${p.text.slice(0, 12)}`);
		};
		expect(items(/^Convinced that the Convention/)).toEqual([
			'(a) Internationa',
			'(b) Eliminating ',
			'(c) The ultimate',
			'(d) Excluding co',
			'(e) Promoting in'
		]);
		// Five items lost their letters, the sixth kept its "(f)".
		expect(items(/^Also condemns in the strongest/).map((s) => s.slice(0, 3))).toEqual([
			'(a)',
			'(b)',
			'(c)',
			'(d)',
			'(e)',
			'(f)'
		]);
		expect(items(/^Recalls:$/)).toHaveLength(4);
		expect(items(/^Also recalls the adoption of:$/)).toHaveLength(4);
		expect(count(doc, 'operative')).toBe(36);
	});

	it('reads the headings set over groups of operative paragraphs as headings (A/RES/80/11, and in the annex of A/RES/80/5)', () => {
		const headings = (name: string) =>
			parse(name)
				.paragraphs.filter((p) => p.kind === 'heading')
				.map((p) => p.text);
		expect(headings('A-RES-80-11.en.txt')).toEqual([
			'The General Assembly,',
			'Peacebuilding Commission',
			'Peacebuilding financing',
			'Department of Political and Peacebuilding Affairs/Peacebuilding Support Office'
		]);
		expect(count(parse('A-RES-80-11.en.txt'), 'preamble')).toBe(16);
		expect(headings('A-RES-80-5.en.txt').slice(-2)).toEqual(['A call to action', 'Follow-up']);
	});

	it('reads an annexed declaration after the closing as the annex, and the unnumbered "Adopts" as operative (A/RES/80/9)', () => {
		const doc = parse('A-RES-80-9.en.txt');
		expect(doc.paragraphs.slice(1, 6).map((p) => p.kind)).toEqual([
			'heading',
			'operative',
			'closing',
			'closing',
			'heading'
		]);
		expect(texts(doc, 'operative')).toEqual([expect.stringMatching(/^Adopts the 2025 Political Declaration/)]);
		expect(doc.paragraphs[6]).toMatchObject({ kind: 'other', number: '1' });
	});

	it('reads the declaration annexed to A/RES/80/9 with its 31 numbered paragraphs, those PyMuPDF ran on after a footnote mark too', () => {
		const doc = parse('A-RES-80-9.en.txt');
		const annex = doc.paragraphs.filter((p) => p.kind === 'other');
		// "…trafficking in persons.8 6. We recall …" and "…migration.11 7. We also reaffirm …" on one line.
		expect(annex.filter((p) => p.number !== null).map((p) => Number(p.number))).toEqual(
			Array.from({ length: 31 }, (_, i) => i + 1)
		);
		const numbered = (n: string) => doc.paragraphs.find((p) => p.kind === 'other' && p.number === n);
		expect(numbered('5')?.footnotes).toEqual(['7', '8']);
		expect(numbered('6')?.text).toMatch(/^We recall the Global Compact .* context of global migration\.$/);
		expect(numbered('10')?.footnotes).toEqual(['12']);
		// Broken after a comma ("…Trafficking in Persons," / "Especially Women and Children, …") and at a page
		// ("…with the United Nations" / "Office on Drugs and Crime …"): one paragraph each.
		expect(numbered('7')?.text).toMatch(/Trafficking in Persons, Especially Women and Children, as referenced/);
		expect(numbered('22')?.text).toMatch(/with the United Nations Office on Drugs and Crime as its coordinator/);
		// "18. … in this regard:" and its six items, five of which PyMuPDF took the letter off.
		const items = doc.paragraphs.filter((p) => p.parent === numbered('18')?.id).map((p) => p.number);
		expect(items).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
		expect(doc.footnotes.filter((f) => f.paragraph === null)).toEqual([]);
	});

	it("keeps a declaration's sentence PyMuPDF set on a line of its own in its numbered paragraph (80/9, 80/5, 80/3)", () => {
		const numbered = (doc: ResolutionDocument, n: string) =>
			doc.paragraphs.find((p) => p.kind === 'other' && p.number === n)?.text ?? '';
		const unnumbered = (doc: ResolutionDocument) =>
			doc.paragraphs.filter((p) => p.kind === 'other' && p.number === null && /^We\b/.test(p.text));
		const d9 = parse('A-RES-80-9.en.txt');
		expect(unnumbered(d9)).toEqual([]);
		expect(numbered(d9, '12')).toMatch(/relevant partners\. We will ensure that victims are treated/);
		expect(numbered(d9, '13')).toMatch(/victimization\. We further commit to enable a victim-centred/);
		expect(numbered(d9, '30')).toMatch(/forced labour\. We also urge the Secretary-General/);
		// "28. … We also emphasize … In this regard:" announces the five items after it.
		const p28 = d9.paragraphs.find((p) => p.kind === 'other' && p.number === '28');
		expect(d9.paragraphs.filter((p) => p.parent === p28?.id).map((p) => p.number)).toEqual([
			'(a)',
			'(b)',
			'(c)',
			'(d)',
			'(e)'
		]);
		const d5 = parse('A-RES-80-5.en.txt');
		expect(unnumbered(d5)).toEqual([]);
		expect(numbered(d5, '9')).toMatch(/2030 Agenda\. We are committed to its full implementation/);
		expect(numbered(d5, '23')).toMatch(/social development\. They must be fit for the present and the future/);
		expect(numbered(parse('A-RES-80-3.en.txt'), '24')).toMatch(/levels\. We call upon relevant organizations/);
	});

	it('starts a paragraph whose number PyMuPDF ran on after a footnote mark a space apart (80/3: "Future. 16 9. We note")', () => {
		const doc = parse('A-RES-80-3.en.txt');
		const at = (n: string) => doc.paragraphs.find((p) => p.kind === 'other' && p.number === n);
		expect(at('8')?.text).toMatch(/in the Pact for the Future\.$/);
		expect(at('9')?.text).toMatch(/^We note the interest and commitment of the landlocked developing countries/);
		// Note 16 stays with paragraph 8, which cites it.
		expect(doc.footnotes.find((f) => f.mark === '16')?.paragraph).toBe(at('8')?.id);
	});

	it('reads the items of A/RES/80/5\'s paragraphs 30 and 33, whose "we commit to:" went with a page, as lettered items', () => {
		const doc = parse('A-RES-80-5.en.txt');
		const items = (n: string) => {
			const parent = doc.paragraphs.find((p) => p.kind === 'other' && p.number === n);
			return doc.paragraphs.filter((p) => p.parent === parent?.id);
		};
		expect(doc.paragraphs.find((p) => p.kind === 'other' && p.number === '30')?.text).toMatch(/To this end, we$/);
		// (a) to (t), "(m)" and "(p)" to "(t)" printed; "Investing in …" and "Taking all necessary measures …" each
		// an item of its own after an item whose last words went with the page.
		const thirty = items('30');
		expect(thirty.map((p) => p.number)).toEqual(
			Array.from({ length: 20 }, (_, i) => `(${String.fromCharCode(0x61 + i)})`)
		);
		expect(thirty.map((p) => p.text.split(' ')[0])).toEqual([
			'Adopting',
			'Supporting',
			'Strengthening',
			'Promoting',
			'Supporting',
			'Harnessing',
			'Investing',
			'Considering',
			'Taking',
			'Encouraging',
			'Enforcing',
			'Strengthening',
			'Considering',
			'Reinforcing',
			'Responding',
			'Taking',
			'Upholding',
			'Considering',
			'Implementing',
			'Strengthening'
		]);
		// "Enforcing … while" / "acknowledging the important nexus …": one item.
		expect(thirty[10].text).toMatch(/while acknowledging the important nexus/);
		expect(items('33')[0]?.text).toMatch(/^Achieving universal health coverage/);
		expect(items('33').every((p) => p.number !== null)).toBe(true);
		// Every paragraph of the declaration is numbered or an item of one.
		expect(doc.paragraphs.filter((p) => p.kind === 'other' && p.number === null)).toEqual([]);
	});

	it('reads the items of an item that announces a list as (i), (ii) under it (A/RES/80/11, paragraph 1 (b))', () => {
		const doc = parse('A-RES-80-11.en.txt');
		const label = (id: string | undefined): string => {
			const p = doc.paragraphs.find((q) => q.id === id);
			return p ? `${p.parent ? `${label(p.parent)} ` : ''}${p.number ?? ''}`.trim() : '';
		};
		const first = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '1');
		const under = (id: string | undefined) => doc.paragraphs.filter((p) => p.parent === id);
		// PyMuPDF kept "(ii)" and "(e)" to "(h)"; the other letters it took off.
		expect(under(first?.id).map((p) => `${p.number} ${p.text.split(' ')[0]}`)).toEqual([
			'(a) Requesting',
			'(b) Requesting',
			'(c) Taking',
			'(d) Requesting',
			'(e) Requesting',
			'(f) Requesting',
			'(g) Requesting',
			'(h) Reaffirming',
			'(i) Requesting'
		]);
		const b = under(first?.id)[1];
		expect(b.text).toMatch(/by:$/);
		expect(under(b.id).map((p) => [label(p.id), p.text.split(' ')[0]])).toEqual([
			['1 (b) (i)', 'Assisting'],
			['1 (b) (ii)', 'Inviting']
		]);
	});

	it('reads apart the annex paragraphs PyMuPDF ran on after a word that ended nothing, their ends lost (80/3: 2 and 15)', () => {
		const source = read('A-RES-80-3.en.txt');
		// As the extractor left them: the end of paragraph 1, its line break and the "2." gone; the end of 14 gone.
		expect(source).toContain('the development agenda of the We welcome the Awaza Programme');
		expect(source).toContain('infrastructure investment finance facility for 15. We emphasize the significance');
		const doc = parse('A-RES-80-3.en.txt');
		const annex = doc.paragraphs.filter((p) => p.kind === 'other' && p.number !== null);
		expect(annex.map((p) => p.number)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
		const at = (n: string) => annex.find((p) => p.number === n);
		expect(at('1')?.text).toMatch(/advancing the development agenda of the$/);
		expect(at('2')?.text).toMatch(/^We welcome the Awaza Programme of Action .* achieving sustainable development\.$/);
		expect(at('14')?.text).toMatch(/finance facility for$/);
		expect(at('15')?.text).toMatch(/^We emphasize the significance of declaring/);
		// Where they start is inferred from the drafting, so a comparison may join them back to a version printed so.
		expect(annex.filter((p) => p.inferred).map((p) => p.number)).toEqual(['2', '15']);
		// "…the Almaty Programme of Action:" / "Addressing the Special Needs …": the subtitle of a name, not a list item.
		expect(doc.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => p.number)).toEqual([
			'(a)',
			'(b)',
			'(c)',
			'(d)',
			'(e)'
		]);
	});

	it('compares A/RES/80/3 as PyMuPDF damaged it with the same text whole: only the words the extractor lost differ', () => {
		// The same text with what the extractor lost put back, as the PDF prints paragraphs 1, 2, 14 and 15.
		const whole = read('A-RES-80-3.en.txt')
			.replace(
				'development agenda of the We welcome',
				'development agenda of the landlocked developing countries.\n\n2. We welcome'
			)
			.replace('finance facility for 15. We', 'finance facility for landlocked developing countries.\n15. We');
		const cmp = compareDocuments(parseResolution(whole, { source: 'whole.txt' }), parse('A-RES-80-3.en.txt'));
		expect(cmp.rows.filter((r) => r.status !== 'unchanged' && r.status !== 'modified')).toEqual([]);
		const modified = cmp.rows.filter((r) => r.status === 'modified');
		expect(modified.map((r) => r.diff.filter(([op]) => op !== 0).map(([op, t]) => [op, t.trim()]))).toEqual([
			[[-1, 'landlocked developing countries.']],
			[[-1, 'landlocked developing countries.']]
		]);
	});

	it('starts no paragraph after a word that ended nothing in any other 2025 text, nor in the annexes of 80/5 and 80/9', () => {
		const files = readdirSync(dir).filter((f) => /^A-RES-80-\d+\.en\.txt$/.test(f) && f !== 'A-RES-80-3.en.txt');
		for (const name of files) expect([name, parse(name).paragraphs.filter((p) => p.inferred)]).toEqual([name, []]);
	});

	it('numbers the operative paragraph whose "2." PyMuPDF lost (A/RES/80/3: "1. Endorses …", "Expresses …", closing)', () => {
		const doc = parse('A-RES-80-3.en.txt');
		const operative = doc.paragraphs.filter((p) => p.kind === 'operative');
		expect(operative.map((p) => [p.number, p.text.split(' ').slice(0, 3).join(' ')])).toEqual([
			['1', 'Endorses the political'],
			['2', 'Expresses its profound']
		]);
		expect(warningsInEnglish(doc.warnings ?? [])).not.toContainEqual(expect.stringMatching(/operative paragraph/));
	});

	it('reads the headings PyMuPDF runs on before the paragraph under them as headings (A/RES/80/3)', () => {
		const doc = parse('A-RES-80-3.en.txt');
		const headings = doc.paragraphs.filter((p) => p.kind === 'heading').map((p) => [p.number, p.text]);
		expect(headings).toEqual([
			[null, 'The General Assembly,'],
			[null, 'Annex'],
			// "I." alone, then "Global context and shared commitments 3. We gather …".
			['I', 'Global context and shared commitments'],
			// Its number read as the others' are, however long the heading (106 characters after "II.").
			[
				'II',
				'Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034'
			],
			[null, 'Partnerships and support mechanisms'],
			[null, 'Governance, accountability and monitoring'],
			// "III." stays three letters: a roman numeral, not a letter printed three times in bold.
			['III', 'Conclusion and call to action']
		]);
		const numbers = doc.paragraphs.filter((p) => p.kind === 'other' && p.number !== null).map((p) => p.number);
		expect(numbers).toEqual(expect.arrayContaining(['3', '13', '17', '20', '23']));
		const third = doc.paragraphs.find((p) => p.number === '3');
		expect(third?.text).toMatch(/^We gather at a critical juncture/);
	});
});

describe('the same PDF extracted by four tools reads the same', () => {
	const tools = ['pdftotext-layout', 'pymupdf', 'copy-pdfjs'];
	for (const symbol of ['A-RES-73-3', 'A-RES-73-6']) {
		const base = parse(`${symbol}.en.txt`);
		it.each(tools)(`${symbol}: pdftotext and %s give the same paragraphs`, (tool) => {
			const other = parse(`${symbol}.en.${tool}.txt`);
			const cmp = compareDocuments(base, other);
			const structural = cmp.rows.filter((r) => r.status !== 'unchanged' && r.status !== 'modified');
			// The subtitle of 73/3's declaration ("United to end tuberculosis: …") stands apart in every tool's text.
			expect(structural).toEqual([]);
			expect(cmp.rows.filter((r) => r.status === 'modified' && r.similarity < 0.95)).toEqual([]);
		});
	}

	it.each(['A-RES-73-3.en.txt', ...tools.map((tool) => `A-RES-73-3.en.${tool}.txt`)])(
		'%s: links every footnote, "Millennium Development Goals 6 and associated" citing note 6',
		(name) => {
			const doc = parse(name);
			expect(doc.footnotes.filter((f) => f.paragraph === null).map((f) => f.mark)).toEqual([]);
			const cites = doc.paragraphs.find((p) => p.id === doc.footnotes.find((f) => f.mark === '6')?.paragraph);
			expect(cites?.text).toMatch(/the Millennium Development Goals and associated strategies/);
		}
	);

	it('reads the numbers pdftotext sets on lines of their own, and the footnotes it prints apart from their marks', () => {
		const doc = parse('A-RES-73-6.en.txt');
		expect(count(doc, 'operative')).toBe(14);
		expect(count(doc, 'preamble')).toBe(25);
		expect(doc.footnotes.map((f) => [f.mark, f.text.slice(0, 24)])).toEqual([
			['1', 'See A/AC.105/1137.'],
			['2', 'Resolution 70/1.'],
			['3', 'Resolution 69/283, annex'],
			['4', 'See FCCC/CP/2015/10/Add.'],
			['5', 'United Nations, Treaty S'],
			['6', 'Related documents includ']
		]);
		expect(doc.footnotes[5].text).toMatch(/A\/AC\.105\/1166, A\/AC\.105\/1168, .* and A\/AC\.105\/1181\.$/);
		expect(doc.meta).toMatchObject({ symbol: 'A/RES/73/6', date: '2018-10-26', agendaItem: '30', meeting: 26 });
	});

	it('takes the running header out of copy-paste text, where the symbol is glued to it', () => {
		const doc = parse('A-RES-73-3.en.copy-pdfjs.txt');
		const header =
			/^Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis/;
		// The title and the declaration's own heading stay; the headers of pages 2 to 10 go.
		expect(doc.paragraphs.filter((p) => header.test(p.text)).map((p) => p.kind)).toEqual(['title', 'other']);
		// "Adopts the following political declaration…", then the declaration's 53 numbered paragraphs.
		expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([
			null,
			...Array.from({ length: 53 }, (_, i) => String(i + 1))
		]);
	});
});

describe('drafts', () => {
	it('reads the masthead, sponsors line and "draft resolution" line as metadata (right to development, 2001)', () => {
		const doc = parse('UNDL-453500_draft-A-C.3-56-right-to-development.en.txt');
		expect(doc.meta).toMatchObject({
			draft: true,
			sponsors: ['South Africa'],
			committee: 'Third Committee',
			session: 56,
			agendaItem: '119 (b)',
			title: 'The right to development',
			// The masthead's date of issue ("28 November 2001"), as the PDF and Word readers date a draft.
			date: '2001-11-28'
		});
		expect(doc.paragraphs.slice(0, 2).map((p) => p.kind)).toEqual(['title', 'heading']);
		expect(doc.paragraphs.some((p) => /draft resolution|Distr\.|0166657/.test(p.text))).toBe(false);
	});

	it('reads the marks of the right-to-development draft, whose notes were not extracted, out of its text (1 to 9, in order)', () => {
		const doc = parse('UNDL-453500_draft-A-C.3-56-right-to-development.en.txt');
		expect(doc.footnotes).toEqual([]);
		// One warning names every mark without its note, each once, in the order they are first cited.
		expect(warningsInEnglish(doc.warnings ?? []).filter((w) => /footnote/.test(w))).toEqual([
			'footnotes 1, 2, 3, 4, 5, 6, 7, 8, 9 are cited (from line 24) but their texts were not found'
		]);
		const cited = doc.paragraphs.flatMap((p) => p.footnotes ?? []);
		expect([...new Set(cited)]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		const text = doc.paragraphs.map((p) => p.text).join('\n');
		expect(text).toContain('the Vienna Declaration and Programme of Action, reaffirmed');
		expect(text).toContain('endorsed the Brussels Declaration and Programme of Action');
		expect(text).toContain('the right to development and of the Chairperson');
		// The numbers of the text stay: resolutions, dates, the decade.
		expect(text).toContain('resolution 41/128 of 4 December 1986');
		expect(text).toContain('for the Decade 2001-2010, adopted');
	});

	it('reads A/C.3/78/L.41 (footers glued to the symbol) as a draft with its paragraphs', () => {
		const doc = parse('A-C.3-78-L.41.en.txt');
		expect(doc.meta).toMatchObject({ symbol: 'A/C.3/78/L.41', draft: true, session: 78 });
		expect(count(doc, 'preamble')).toBe(3);
		expect(doc.paragraphs.filter((p) => FURNITURE.test(p.text))).toEqual([]);
		const numbers = doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => Number(p.number));
		expect(numbers).toEqual(numbers.map((_, i) => i + 1));
	});

	it('links the mark pdftotext glued to a resolution number in A/C.3/78/L.41 ("resolution 77/2285": 77/228 and note 5)', () => {
		const doc = parse('A-C.3-78-L.41.en.txt');
		const first = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '1');
		expect(first?.text).toMatch(/pursuant to resolution 77\/228 and the report of the Special Rapporteur/);
		expect(doc.footnotes.find((f) => f.mark === '5')?.paragraph).toBe(first?.id);
		expect(doc.footnotes.filter((f) => f.paragraph === null).map((f) => f.mark)).toEqual([]);
	});
});

describe('Chinese text copied from web pages', () => {
	const cases: [name: string, preamble: number, operative: number][] = [
		['A-RES-50-28.zh.partial.txt', 5, 2],
		['A-RES-50-72.zh.partial.txt', 3, 9],
		['A-RES-51-125.zh.partial.txt', 6, 4],
		['A-RES-51-129.zh.partial.txt', 7, 6],
		['A-RES-51-45.zh.partial.txt', 5, 2],
		['A-RES-62-31.zh.partial.txt', 9, 1]
	];
	it.each(cases)('%s: the subject, %i preambular and %i operative paragraphs', (name, preamble, operative) => {
		const doc = parse(name);
		expect(doc.meta.language).toBe('zh');
		expect(count(doc, 'heading')).toBeGreaterThanOrEqual(1);
		expect(count(doc, 'preamble')).toBe(preamble);
		expect(count(doc, 'operative')).toBe(operative);
	});

	it('reads the date and committee line under the title as letterhead, and "大会" without its comma as the subject (62/31)', () => {
		const doc = parse('A-RES-62-31.zh.partial.txt');
		expect(doc.meta).toMatchObject({ date: '2007-12-05', committeeReport: 'A/62/391', symbol: 'A/RES/62/31' });
		expect(doc.paragraphs.slice(0, 2).map((p) => [p.kind, p.text])).toEqual([
			['title', '东南亚无核武器区条约(曼谷条约)'],
			['heading', '大会']
		]);
	});

	it('reads the letter and heading of 50/72 A apart from the common title, as 50/28 prints them on lines of their own', () => {
		const heads = (name: string) =>
			parse(name)
				.paragraphs.filter((p) => p.kind === 'title' || p.kind === 'heading')
				.map((p) => [p.kind, p.number, p.text]);
		expect(heads('A-RES-50-72.zh.partial.txt')).toEqual([
			['title', null, '审查大会第十届特别会议通过的建议和决定的执行情况'],
			['heading', 'A', '裁军谈判会议的报告'],
			['heading', null, '大会,'],
			['heading', 'B', '裁军周'],
			['heading', null, '大会,']
		]);
		expect(heads('A-RES-50-28.zh.partial.txt').slice(0, 2)).toEqual([
			['title', null, '联合国近东巴勒斯坦难民救济和工程处'],
			['heading', 'A', '援助巴勒斯坦难民']
		]);
		expect(parse('A-RES-50-72.zh.partial.txt').meta).toMatchObject({ date: '1995-12-12', meeting: 90 });
	});

	it('reads the letter a web page sets alone, copied into the title line without its full stop, as the heading of 51/45 A', () => {
		expect(read('A-RES-51-45.zh.partial.txt')).toMatch(/^51\/45\. 全面彻底裁军 A 不扩散核武器条约/);
		const doc = parse('A-RES-51-45.zh.partial.txt');
		expect(doc.meta.title).toBe('全面彻底裁军');
		expect(doc.paragraphs.slice(0, 3).map((p) => [p.kind, p.number, p.text])).toEqual([
			['title', null, '全面彻底裁军'],
			['heading', 'A', '不扩散核武器条约:不扩散核武器条约缔约国'],
			['heading', null, '大会,']
		]);
		// The same page with its lines kept, as a user copies it: the same reading.
		const lines = read('A-RES-51-45.zh.partial.txt').replace(/(大会,|[,;]) /g, '$1\n');
		const again = parseResolution(lines, { source: 'lines.txt' });
		expect(again.paragraphs.slice(0, 3).map((p) => [p.kind, p.number, p.text])).toEqual(
			doc.paragraphs.slice(0, 3).map((p) => [p.kind, p.number, p.text])
		);
		// No section: a letter against a word ("维生素A"), a symbol's own letter ("50/70 A."), another capital spaced.
		const plain = parseResolution('50/70 A. 维生素A 与 B 类问题\n大会,\n回顾其决议,\n1. 决定继续审议。\n', {
			source: 'x.txt'
		});
		expect(plain.meta).toMatchObject({ symbol: 'A/RES/50/70 A', title: '维生素A与B类问题' });
	});

	it('closes 51/45 A at its date and meeting, and reads the next lettered resolution on the page apart from it', () => {
		const doc = parse('A-RES-51-45.zh.partial.txt');
		expect(texts(doc, 'closing')).toEqual(['1996年12月10日', '第79次全体会议']);
		expect(doc.meta).toMatchObject({ date: '1996-12-10', meeting: 79 });
		// 51/45 A keeps its own five preambular and two operative paragraphs; what follows its closing is the
		// next resolution's title, subject and paragraphs, none of them A's.
		const after = doc.paragraphs.slice(doc.paragraphs.findIndex((p) => p.text === '第79次全体会议') + 1);
		expect(after.map((p) => [p.kind, p.text.slice(0, 8)])).toEqual([
			['heading', '无核武器的南半球'],
			['heading', '大会,'],
			['other', '决心继续促进防止'],
			['other', '强调建立各无核武'],
			['other', '回顾大会专门讨论']
		]);
		// Nothing is lost: every character of the page is in a paragraph or the letterhead.
		const source = read('A-RES-51-45.zh.partial.txt').replace(/\s+/g, '');
		const kept = doc.paragraphs
			.map((p) => p.text)
			.join('')
			.replace(/\s+/g, '');
		expect(kept.length).toBeGreaterThanOrEqual(source.length - '51/45.A1.2.'.length);
	});

	it('reads the closing date and meeting of a page whose table leaves a border after them, without the border (51/125)', () => {
		const doc = parse('A-RES-51-125.zh.partial.txt');
		expect(read('A-RES-51-125.zh.partial.txt')).toMatch(/第83次全体会议 \|\n?$/);
		expect(texts(doc, 'closing')).toEqual(['1996年12月13日', '第83次全体会议']);
		expect(doc.meta).toMatchObject({ meeting: 83, date: '1996-12-13' });
		// The border goes only where it is page residue: a line that is not a closing keeps its "|".
		expect(doc.paragraphs.some((p) => p.text.includes('|'))).toBe(false);
	});
});

describe('a careful reader pairs A/RES/57/97 with A/RES/80/67', () => {
	it('pairs the preambular and operative paragraphs that say the same, and inserts the new ones', () => {
		const cmp = compareDocuments(parse('A-RES-57-97.en.partial.txt'), parse('A-RES-80-67.en.txt'));
		const pair = (start: RegExp) => {
			const row = cmp.rows.find((r) =>
				r.new.some((id) => start.test(cmp.new.paragraphs.find((p) => p.id === id)?.text ?? ''))
			);
			return (
				row && {
					status: row.status,
					old: row.old.map((id) => cmp.old.paragraphs.find((p) => p.id === id)?.text.slice(0, 30))
				}
			);
		};
		expect(pair(/^Cognizant that the proliferation/)).toMatchObject({ status: 'unchanged' });
		expect(pair(/^Recalling that Israel remains/)).toMatchObject({ old: ['Noting that Israel remains the'] });
		expect(pair(/^Noting that 187 States/)).toMatchObject({
			status: 'modified',
			old: ['Noting that one hundred and si']
		});
		expect(pair(/^Acknowledging that, in the Final Document of the 2010/)).toMatchObject({ status: 'inserted' });
		expect(pair(/^Reaffirms the importance of Israel/)).toMatchObject({ status: 'modified' });
		// "non-proliferation" against "non‑proliferation" (U+2011) and "Israel's" against "Israel’s" are no change.
		const reaffirms = cmp.rows.find((r) => r.status === 'modified' && r.similarity > 0.96);
		expect(reaffirms).toBeDefined();
	});
});

describe('A/RES/77/247 in Spanish as pdftotext extracts it (marks set after their footnotes)', () => {
	const doc = parse('A-RES-77-247.es.pdftotext.txt');

	it('reads every footnote area under its rule, to the furniture at the page foot, marks paired with texts', () => {
		expect(doc.footnotes.map((f) => f.mark)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
		expect(doc.footnotes.slice(0, 7).map((f) => f.text)).toEqual([
			'Resolución 217 A (III).',
			'Véase la resolución 2200 A (XXI), anexo.',
			'Ibid.',
			'Naciones Unidas, Treaty Series, vol. 1577, núm. 27531.',
			'A/77/501.',
			'A/76/333.',
			'A/HRC/49/87.'
		]);
		// Each cited where the text has its mark, spaced after a year too ("ocupados desde 1967 7, así como").
		expect(doc.footnotes.filter((f) => f.paragraph === null).map((f) => f.mark)).toEqual([]);
		expect(doc.paragraphs.find((p) => p.id === doc.footnotes[6].paragraph)?.text).toMatch(/desde 1967, así como/);
	});

	it('keeps the footnotes out of the preamble, as the PDF reads it: 52 preambular and 19 operative paragraphs', () => {
		expect(count(doc, 'preamble')).toBe(52);
		expect(texts(doc, 'preamble').filter((t) => !/^\p{Lu}/u.test(t))).toEqual([]);
		expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => Number(p.number))).toEqual(
			Array.from({ length: 19 }, (_, i) => i + 1)
		);
		// A day before "de diciembre" is a date, not note 5 cited again.
		expect(texts(doc, 'preamble').join('\n')).toContain('las declaraciones adoptadas el 5 de diciembre de 2001');
	});

	it('reads the agenda title and the adoption line wrapped onto two lines as letterhead, no paragraph of them', () => {
		expect(doc.paragraphs[0]).toMatchObject({ kind: 'title' });
		expect(doc.meta).toMatchObject({
			agendaItem: '47',
			agendaTitle:
				'Prácticas y actividades de asentamiento israelíes que afectan a los derechos del pueblo palestino y otros habitantes árabes de los territorios ocupados',
			date: '2022-12-30'
		});
		expect(doc.meta.letterhead).toContain('Resolución aprobada por la Asamblea General el 30 de diciembre de 2022');
		expect(count(doc, 'other')).toBe(0);
	});

	it('reads the letters pdftotext sets alone on their lines ("a)" / "¿Cuáles son …") as subparagraphs of 18', () => {
		const op18 = doc.paragraphs.find((p) => p.kind === 'operative' && p.number === '18');
		const under = doc.paragraphs.filter((p) => p.parent === op18?.id);
		expect(op18?.text).toMatch(/de iecha 9 de julio de 2004:$/);
		expect(under.map((p) => [p.number, p.text.slice(0, 20)])).toEqual([
			['a)', '¿Cuáles son las cons'],
			['b)', '¿Cómo aiectan las po']
		]);
		// "el párraio 18 a)" cites paragraph 18 (a): the 18 stays in the text, no footnote mark.
		expect(under[1].text).toContain('se mencionan en el párraio 18 a) al estatuto jurídico');
		expect(under[1].footnotes ?? []).toEqual([]);
	});
});

describe('a text taken from a PDF whose own text layer is damaged', () => {
	it('warns of the misread letters (A/RES/77/247 as pdftotext extracts it), and a sound text does not', () => {
		const damaged = parseResolution(read('A-RES-77-247.es.pdftotext.txt'), { source: 'A-RES-77-247.es.pdftotext.txt' });
		expect(warningsInEnglish(damaged.warnings ?? [])).toEqual([
			expect.stringContaining('“q” as “u” (“uue” for “que”)')
		]);
		expect(warningsInEnglish(damaged.warnings ?? [])[0]).toMatch(
			/^the text's letters look misread: .*PDF whose own text layer is damaged/
		);
		const off = parseResolution(read('A-RES-77-247.es.pdftotext.txt'), { checkLetters: false });
		expect(off.warnings ?? []).toEqual([]);
		expect(parseResolution(read('A-RES-73-6.en.txt')).warnings ?? []).toEqual([]);
	});
});
