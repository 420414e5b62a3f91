import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPdfPages, readPdfLines, type PdfPageRuns } from './layout';
import type { PdfTextRun } from './words';

// Synthetic pages in the geometry of a UN resolution: A4 (595 × 842), body 12 pt, left margin 72,
// 36 Chinese characters to a line (right margin 504), lines 18 apart, paragraphs 6 further apart,
// first lines indented two characters.
const L = 72;
const SIZE = 12;
const PITCH = 18;

const wide = (c: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(c);
const widthOf = (text: string, size: number) => [...text].reduce((w, c) => w + (wide(c) ? size : 0.5 * size), 0);

function run(text: string, x: number, y: number, size = SIZE, extra: Partial<PdfTextRun> = {}): PdfTextRun {
	return { text, x, y, width: widthOf(text, size), size, bold: false, ...extra };
}

function page(number: number, runs: PdfTextRun[], extra: Partial<PdfPageRuns> = {}): PdfPageRuns {
	return { number, width: 595, height: 842, runs, ...extra };
}

/** The lines of one paragraph from `top` down: the first indented two characters, the others at L. */
function paragraph(lines: string[], top: number, indent = 2 * SIZE): PdfTextRun[] {
	return lines.map((text, i) => run(text, i ? L : L + indent, top - i * PITCH));
}

const FULL_FIRST = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四'; // 34 + indent = full
const FULL = '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己'; // 36 = full

const text = (pages: PdfPageRuns[]) => layoutPdfPages(pages).text;

describe('layoutPdfPages: lines and paragraphs', () => {
	it.each([
		[
			'lines of a paragraph join without spaces between Chinese; an indented line opens a paragraph',
			[...paragraph([FULL_FIRST, '末行。'], 700), ...paragraph(['第二段，'], 700 - 2 * PITCH)],
			`${FULL_FIRST}末行。\n\n第二段，\n`
		],
		[
			'a vertical gap opens a paragraph even without indentation',
			[...paragraph([FULL, '上一段。'], 700, 0), ...paragraph([FULL, '下一段。'], 700 - 2 * PITCH - 8, 0)],
			`${FULL}上一段。\n\n${FULL}下一段。\n`
		],
		[
			'a line that ends short ends its paragraph',
			[...paragraph(['短行。', '不缩进的下一段。'], 700, 0)],
			'短行。\n\n不缩进的下一段。\n'
		],
		[
			'an operative number opens a paragraph',
			[...paragraph([FULL_FIRST], 700), run('2. 又重申', L + 24, 700 - PITCH)],
			`${FULL_FIRST}\n\n2. 又重申\n`
		],
		[
			'short lines set far right at one indent are one block with a line break',
			[
				...paragraph([FULL_FIRST, '末行。'], 700),
				run('2021 年 12 月 6 日', 330, 640),
				run('第 45 次全体会议', 330, 622)
			],
			`${FULL_FIRST}末行。\n\n2021 年 12 月 6 日\n第 45 次全体会议\n`
		]
	])('%s', (_label, runs, expected) => {
		expect(text([page(1, runs)])).toBe(expected);
	});

	it('joins Latin words across a line break with a space, Chinese beside digits as the document spaces them', () => {
		const spaced = [
			run('回顾其 2001 年 11 月 29 日第 56/24 T 号决议和其他有关决议，以及关于促进裁军的 2002', L + 24, 700, SIZE, {
				width: 480
			}),
			run('年决议，', L, 682)
		];
		expect(text([page(1, spaced)])).toBe(
			'回顾其 2001 年 11 月 29 日第 56/24 T 号决议和其他有关决议，以及关于促进裁军的 2002 年决议，\n'
		);
		const tight = [
			run('回顾其2001年11月29日第56/24T号决议和其他有关决议，以及关于促进裁军的2002', L + 24, 700, SIZE, {
				width: 480
			}),
			run('年决议，', L, 682)
		];
		expect(text([page(1, tight)])).toBe(
			'回顾其2001年11月29日第56/24T号决议和其他有关决议，以及关于促进裁军的2002年决议，\n'
		);
		const latin = [
			run('Recalling its resolution 56/24 T of 29 November 2001 and all other', L, 700, SIZE, { width: 432 }),
			run('relevant resolutions,', L, 682)
		];
		expect(text([page(1, latin)])).toBe(
			'Recalling its resolution 56/24 T of 29 November 2001 and all other relevant resolutions,\n'
		);
	});

	it('drops spaces between Chinese characters (justification, letter-spacing)', () => {
		const runs = [run('联', L, 700), run('合', L + 20, 700), run('国大会月', L + 40, 700)];
		expect(text([page(1, runs)])).toBe('联合国大会月\n');
	});

	it('keeps a space beside quotes in Latin text, none beside them in Chinese', () => {
		const runs = [
			run('He said', L, 700),
			run('“no”.', L + 50, 700),
			run('题为', L + 24, 676),
			run('“全面”', L + 54, 676)
		];
		expect(text([page(1, runs)])).toBe('He said “no”.\n\n题为“全面”\n');
	});

	it('reads lines by position, whatever the order of the runs in the stream', () => {
		const runs = [
			...paragraph([FULL_FIRST, FULL, '第三行。'], 700),
			run('1.', L + 24, 628),
			run('重申', L + 39, 628, SIZE, { bold: true }),
			run('多边主义；', L + 63, 628)
		];
		const expected = text([page(1, runs)]);
		expect(expected).toBe(`${FULL_FIRST}${FULL}第三行。\n\n1. **重申**多边主义；\n`);
		fc.assert(
			fc.property(fc.shuffledSubarray(runs, { minLength: runs.length, maxLength: runs.length }), (shuffled) => {
				expect(text([page(1, shuffled)])).toBe(expected);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('readPdfLines: reading order', () => {
	it('reads a letterhead table row by row, a stacked cell under its neighbour', () => {
		const runs = [
			run('6 December 2021', 455, 707, 9),
			run('大会', L, 711, 24),
			run('A/RES/76/40', 440, 755, 15),
			run('Distr.: General', 467, 720, 9),
			run('联合国', L, 754, 13)
		];
		expect(readPdfLines(page(1, runs))).toEqual(['联合国 | A/RES/76/40', '大会 | Distr.: General', '6 December 2021']);
	});

	it('puts a superscript mark into its line, as a superscript, and keeps digits of the text as they are', () => {
		const runs = [
			run('还回顾《联合国千年宣言》，', L + 24, 700),
			run('1', L + 24 + 156.3, 703.8, 7),
			run('其中第 1 段', L + 24 + 163, 700)
		];
		expect(readPdfLines(page(1, runs))).toEqual(['还回顾《联合国千年宣言》，¹ 其中第 1 段']);
		// Smaller but on the baseline, or raised but as large: not a mark.
		expect(readPdfLines(page(1, [run('第', L, 700), run('2', L + 15, 700, 8), run('号', L + 22, 700)]))).toEqual([
			'第 2 号'
		]);
	});
});

describe('layoutPdfPages: furniture, letterhead, footnotes', () => {
	const header = (n: number, total: number) => [
		run('A/RES/76/40', L, 818, 8.5),
		run('促进裁军和不扩散领域的多边主义', 400, 818, 8.5),
		run(`${n}/${total}`, L, 17, 8),
		run('21-18145', 494, 17, 8)
	];

	it('drops running headers and footers, and takes the letterhead into meta', () => {
		const first = page(1, [
			run('联合国', L, 754, 13),
			run('A/RES/76/40', 440, 755, 15),
			run('大会', L, 711, 24),
			run('Distr.: General', 467, 720, 9),
			run('6 December 2021', 455, 707, 9),
			...paragraph([FULL_FIRST, '第一页。'], 650),
			run('21-18145 (C)', L, 17, 8),
			run('*2118145*', 489, 17, 8)
		]);
		const second = page(2, [...header(2, 3), ...paragraph([FULL_FIRST, '第二页。'], 760)]);
		const third = page(3, [...header(3, 3), ...paragraph([FULL_FIRST, '第三页。'], 760)]);
		const result = layoutPdfPages([first, second, third]);
		expect(result.text).toBe(`${FULL_FIRST}第一页。\n\n${FULL_FIRST}第二页。\n\n${FULL_FIRST}第三页。\n`);
		expect(result.meta).toMatchObject({ symbol: 'A/RES/76/40', session: 76, date: '2021-12-06', language: 'zh' });
	});

	it('reads a draft’s masthead as every reader does, into its symbol, session and date of issue only', () => {
		const first = page(1, [
			run('United Nations', L, 754, 13),
			run('A/C.1/77/L.5', 440, 755, 15),
			run('General Assembly', L, 711, 24),
			run('Distr.: Limited', 467, 720, 9),
			run('10 October 2022', 455, 707, 9),
			...paragraph(['The General Assembly,'], 650)
		]);
		const { text, meta } = layoutPdfPages([first]);
		expect(text).toBe('The General Assembly,\n');
		expect(meta).toEqual({ symbol: 'A/C.1/77/L.5', session: 77, date: '2022-10-10' });
	});

	it('drops a header repeated on most pages even when no pattern knows it', () => {
		const pages = [1, 2, 3].map((n) =>
			page(n, [run('某某报告', 250, 800, 9), ...paragraph([FULL_FIRST, `第${n}页。`], 700)])
		);
		expect(text(pages)).toBe([1, 2, 3].map((n) => `${FULL_FIRST}第${n}页。\n`).join('\n'));
	});

	it('takes footnotes out of the flow and sets them after the paragraph in which their page ends', () => {
		const one = page(1, [
			run('回顾《宣言》，', L + 24, 700),
			run('1', L + 24 + 84.2, 703.8, 7),
			...paragraph([FULL_FIRST, FULL], 700 - PITCH - 6),
			run('1', L + 8, 81.5, 5.2),
			run('第 55/2 号决议。', L + 12, 78.6, 9)
		]);
		const two = page(2, [run('续完。', L, 760), ...paragraph(['下一段。'], 760 - PITCH - 6)]);
		expect(text([one, two])).toBe(`回顾《宣言》，¹\n\n${FULL_FIRST}${FULL}续完。\n\n¹ 第 55/2 号决议。\n\n下一段。\n`);
	});

	it('takes the lines under a rule of underscores as footnotes, a long note over two lines', () => {
		const runs = [
			...paragraph([FULL_FIRST, FULL, FULL, '正文。'], 700),
			run('_______________', L, 120, 9),
			run('4', L + 8, 103, 5.2),
			run('《不扩散核武器条约缔约国 2010 年审议大会，最后文件》，第一至三卷(NPT/CONF.2010/50', L + 12, 100, 9, {
				width: 420
			}),
			run('(Vols.I-III))。', L + 12, 88, 9)
		];
		expect(text([page(1, runs)])).toBe(
			`${FULL_FIRST}${FULL}${FULL}正文。\n\n⁴ 《不扩散核武器条约缔约国 2010 年审议大会，最后文件》，第一至三卷(NPT/CONF.2010/50 (Vols.I-III))。\n`
		);
	});

	it('takes only the lines under a drawn footnote rule, leaving small type above it in the text', () => {
		const runs = [
			...paragraph([FULL_FIRST, FULL, '正文。'], 700),
			run('说明：以上为草案。', L, 130, 9),
			run('1', L + 8, 98, 5.2),
			run('第 55/2 号决议。', L + 12, 95, 9),
			run('另见 A/74/548。', L + 12, 83, 9)
		];
		const ruled = text([page(1, runs, { rules: [{ x: L, y: 112, width: 120 }] })]);
		expect(ruled).toBe(`${FULL_FIRST}${FULL}正文。\n\n说明：以上为草案。\n\n¹ 第 55/2 号决议。另见 A/74/548。\n`);
		// Without the rule the small lines at the foot do not start with a mark: none is a footnote, and
		// the note's second line is a paragraph of its own.
		expect(text([page(1, runs)])).toBe(
			`${FULL_FIRST}${FULL}正文。\n\n说明：以上为草案。\n\n¹ 第 55/2 号决议。\n\n另见 A/74/548。\n`
		);
	});

	it('keeps small type at the page foot in the text when it does not start with a mark', () => {
		const runs = [...paragraph(['正文。'], 700), run('说明：以上为草案。', L, 100, 9)];
		expect(text([page(1, runs)])).toBe('正文。\n\n说明：以上为草案。\n');
	});
});

// An English page as Word sets a UN resolution on US Letter: body 10 pt from 123 to 488, lines 12 apart,
// first lines indented 24, paragraphs 6 apart; titles 12 pt bold, 14 apart. Latin letters are 5 wide.
describe('layoutPdfPages: English layout, the UN way', () => {
	const E = 123.4;
	const R = 488;
	const latin = (text: string, x: number, y: number, size = 10, extra: Partial<PdfTextRun> = {}): PdfTextRun => ({
		text,
		x,
		y,
		width: text.length * 0.5 * size,
		size,
		bold: false,
		...extra
	});
	/** A line that reaches the right margin: `text` spread to the measure, as a justified line is. */
	const full = (text: string, x: number, y: number): PdfTextRun => ({ ...latin(text, x, y), width: R - x });
	const body = (top: number) => [
		full('We, Heads of State and Government and representatives of States and', E + 24, top),
		full('Governments, assembled at the United Nations in New York on 26 September 2018,', E, top - 12),
		latin('and we therefore:', E, top - 24)
	];
	const english = (runs: PdfTextRun[], n = 1) => ({ number: n, width: 612, height: 792, runs });

	it('reads a title printed on two lines, its number hanging before it, as one line', () => {
		const runs = [
			latin('73/3. ', 85, 458.7, 12, { bold: true }),
			latin('Political declaration of the high-level meeting of the', E, 458.7, 12, { bold: true }),
			latin('General Assembly on the fight against tuberculosis', E, 444.7, 12, { bold: true }),
			...body(420)
		];
		expect(text([english(runs)]).split('\n\n')[0]).toBe(
			'73/3. Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis'
		);
	});

	it('keeps short lines apart when they differ in face, end a sentence, or stand a paragraph apart', () => {
		const runs = [
			latin('Seventy-third session', 60, 569.7, 10, { bold: true }),
			latin('Agenda item 129', 60, 558.1),
			latin('The General Assembly,', E + 24, 520, 10, { italic: true }),
			latin('Recalling its resolutions,', E + 24, 500),
			...body(480)
		];
		expect(
			text([english(runs)])
				.split('\n\n')
				.slice(0, 4)
		).toEqual(['Seventy-third session', 'Agenda item 129', 'The General Assembly,', 'Recalling its resolutions,']);
	});

	it('keeps the rows of a table apart', () => {
		const runs = [
			latin('Afghanistan', E, 600),
			latin('0.006', 400, 600),
			latin('Albania', E, 588),
			latin('0.008', 400, 588),
			...body(560)
		];
		expect(
			text([english(runs)])
				.split('\n\n')
				.slice(0, 2)
		).toEqual(['Afghanistan 0.006', 'Albania 0.008']);
	});

	it('continues a hanging paragraph at its tab stop, and a right-aligned closing as one block', () => {
		const runs = [
			latin('1.', E, 700),
			full('Reaffirm the 2030 Agenda for Sustainable Development, including the', E + 36, 700),
			full('resolve to end the tuberculosis epidemic by 2030, and the Addis Ababa', E + 36, 688),
			latin('Action Agenda;', E + 36, 676),
			latin('2.', E, 658),
			latin('Welcome the convening;', E + 36, 658),
			latin('18th plenary meeting', R - 100, 620, 10, { italic: true }),
			latin('10 October 2018', R - 75, 608, 10, { italic: true })
		];
		expect(text([english(runs)])).toBe(
			'1. Reaffirm the 2030 Agenda for Sustainable Development, including the resolve to end the tuberculosis epidemic by 2030, and the Addis Ababa Action Agenda;\n\n' +
				'2. Welcome the convening;\n\n18th plenary meeting\n10 October 2018\n'
		);
	});

	it('joins a note that runs on under the next page’s rule to its note', () => {
		const note = (y: number, t: string, mark = '') => [
			...(mark ? [latin(mark, 117, y + 3.5, 5.5)] : []),
			latin(t, 123, y, 8.5)
		];
		const one = english([
			...body(700),
			latin('__________________', 100, 140, 8, { bold: true }),
			...note(122.5, 'See Official Records of the General Assembly, Seventy-first Session,', '1')
		]);
		const two = english(
			[
				...body(700),
				latin('__________________', 100, 140, 8, { bold: true }),
				...note(122.5, 'Supplement No. 53A, chap. II.'),
				...note(112, 'Resolution 70/1.', '2')
			],
			2
		);
		const notes = text([one, two])
			.trim()
			.split('\n\n')
			.filter((b) => /^[¹²]/u.test(b));
		expect(notes).toEqual([
			'¹ See Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A, chap. II.',
			'² Resolution 70/1.'
		]);
	});
});
