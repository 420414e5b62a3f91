/**
 * Routine changes: the updates every recurring resolution receives each session without anyone
 * negotiating them. The date of adoption, the symbol of last year's resolution (第66/32号 → 第75/47号), the
 * session it reports to (第六十八届 → 第七十七届), the plenary meeting, the committee report and its
 * paragraph, the list of earlier resolutions growing by one. A delegate wants these greyed out so the real
 * rewording (强调 → 强调指出, 呼吁 → 促请) stands out.
 *
 * Method. The grammar below ({@link routinePatterns}) is matched over the whole old text and the whole new
 * text. Each edit region of the diff (a run of deletions and insertions between two equalities) is widened
 * on both sides at once, through the equal context around it, until neither of its ends falls inside a
 * routine token of either text: 六十八 inside 第六十八届 widens to 第六十八届 in the old text and to
 * 第七十七届 in the new; 66 inside 第66/32号 to the whole symbol. The region is routine when both widened
 * sides consist only of routine tokens, white space, and list punctuation standing between two routine
 * tokens (`和` → `、` when the list of resolutions grows). Widening both sides together is what keeps a
 * stray digit routine only where the other side reads as a routine token too: 65个国家 → 66个国家 has no
 * token around it and stays a real change.
 *
 * A row is routine when it has at least one change and every change that is not white space alone is
 * routine: a row that also says 强调指出 for 强调 is not, even though its date changed too.
 *
 * Cost: one scan of each text per pattern (regular expressions, linear in practice), then O(n) for the
 * widening and the checks.
 */
import type { DiffOp, TextRange } from '../types';
import { isSpaceUnit } from '../text/cjk';
import { RESOLUTION_NUMBER_SOURCE, SYMBOL_SOURCE } from '../document/un-patterns';

/** What a grammar entry does in the test. */
export type RoutineRole =
	/** A routine token: every character it matches may change. */
	| 'token'
	/** List punctuation or a list word: routine only between two routine tokens (`第65/54号和2011年`). */
	| 'connector'
	/** A typographic variant: routine when an edit only swaps one such character for another (`"` → `“`). */
	| 'typographic';

/** One named entry of the routine grammar. */
export interface RoutinePattern {
	/** Stable name, as quoted in the README. */
	name: string;
	role: RoutineRole;
	/** Language the entry is written for; every entry is applied to every text. */
	language: 'zh' | 'en' | 'any';
	/** What it matches, in words. */
	description: string;
	/** Texts it matches in full, from UN resolutions. */
	examples: string[];
	/** The pattern; global (`g`) and Unicode (`u`) flags. */
	pattern: RegExp;
}

/** Chinese numerals as written in ordinals: 六十八, 七十七, 一百〇一. */
const ZH_NUMBER = '[〇零一二三四五六七八九十百千两]+';
const ZH_YEAR = '\\d{4}\\s*年';
const ZH_MONTH = '\\d{1,2}\\s*月';
const ZH_DAY = '\\d{1,2}\\s*日';
/** One date or date part: 2012年12月3日, 2012年12月, 2012年, 12月3日. */
const ZH_DATE_ITEM = `(?:${ZH_YEAR}(?:\\s*${ZH_MONTH}(?:\\s*${ZH_DAY})?)?|${ZH_MONTH}\\s*${ZH_DAY})`;
/** What may follow a range word: a full date, a month and day, or a day alone (25日至26日). */
const ZH_DATE_TAIL = `(?:${ZH_DATE_ITEM}|${ZH_DAY})`;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_RANGE = '\\d{1,2}(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?';
const ORDINAL_EN =
	'(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)' +
	'|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth' +
	'|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth' +
	'|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|\\d+(?:st|nd|rd|th))';

/**
 * A document symbol: `A/67/409`, `A/RES/67/38`, `A/C.1/76/L.5/Rev.1`, `S-10/2`, `S/RES/1540 (2004)`, or a
 * resolution number `66/32`, `56/24 T` (lettered parts of an omnibus resolution).
 */
const SYMBOL =
	`(?:${SYMBOL_SOURCE}|${RESOLUTION_NUMBER_SOURCE})` +
	'(?:\\s?[A-Z]{1,2}(?![A-Za-z0-9]))?(?:\\s*[(（]\\d{4}[)）])?' +
	// A Security Council resolution cited by number and year: 第1540(2004)号, resolution 2325 (2016).
	'|(?<![A-Za-z0-9/])\\d{3,4}\\s*[(（]\\d{4}[)）]';

/** The routine grammar: named patterns, Chinese and English, in the order the README lists them. */
export const routinePatterns: readonly RoutinePattern[] = Object.freeze([
	{
		name: 'date-zh',
		role: 'token',
		language: 'zh',
		description:
			'A date or date range in Chinese: year, year-month, year-month-day or month-day, with 至/到/和/- ranges.',
		examples: ['2012年12月3日', '2019年10月25日至26日', '2012年', '12月3日'],
		pattern: new RegExp(`${ZH_DATE_ITEM}(?:\\s*(?:至|到|和|及|-|–|—|~)\\s*${ZH_DATE_TAIL})?`, 'gu')
	},
	{
		name: 'date-en',
		role: 'token',
		language: 'en',
		description: 'A date or date range in English: "3 December 2012", "25 to 26 October 2019", "December 3, 2012".',
		examples: ['3 December 2012', '25 to 26 October 2019', 'December 3, 2012', 'October 2019'],
		pattern: new RegExp(
			`\\b(?:${DAY_RANGE}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+${DAY_RANGE}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})\\b`,
			'gu'
		)
	},
	{
		name: 'document-symbol',
		role: 'token',
		language: 'any',
		description:
			'A document symbol or resolution number, in Chinese with its 第…号 frame: 第66/32号, A/67/409, A/RES/67/38, 56/24 T, S-10/2, 1540 (2004).',
		examples: [
			'第66/32号',
			'A/76/444',
			'A/RES/67/38',
			'第56/24 T号',
			'S-10/2',
			'76/40',
			'S/RES/1540 (2004)',
			'第1540(2004)号'
		],
		pattern: new RegExp(`(?:第\\s*)?(?:${SYMBOL})(?:\\s*号)?`, 'gu')
	},
	{
		name: 'session-zh',
		role: 'token',
		language: 'zh',
		description: 'A session of the General Assembly in Chinese, numerals or digits: 第六十八届(会议), 第77届.',
		examples: ['第六十八届', '第七十七届会议', '第77届', '第十届特别会议'],
		pattern: new RegExp(`第\\s*(?:${ZH_NUMBER}|\\d+)\\s*届(?:\\s*(?:特别会议|紧急特别会议|会议))?`, 'gu')
	},
	{
		name: 'session-en',
		role: 'token',
		language: 'en',
		description: 'A session in English: "sixty-eighth session", "68th session", "tenth special session".',
		examples: ['sixty-eighth session', 'seventy-seventh session', '68th session', 'tenth special session'],
		pattern: new RegExp(`\\b${ORDINAL_EN}\\s+(?:(?:emergency\\s+)?special\\s+|regular\\s+)?session\\b`, 'giu')
	},
	{
		name: 'meeting-zh',
		role: 'token',
		language: 'zh',
		description:
			'A meeting (or summit) ordinal in Chinese: 第48次, 第十八次; the words after it (全体会议) are not part of it.',
		examples: ['第48次', '第 45 次', '第十八次'],
		pattern: new RegExp(`第\\s*(?:${ZH_NUMBER}|\\d+)\\s*次`, 'gu')
	},
	{
		name: 'meeting-en',
		role: 'token',
		language: 'en',
		description: 'A meeting in English: "48th plenary meeting", "forty-fifth meeting".',
		examples: ['48th plenary meeting', '45th meeting', 'forty-fifth plenary meeting'],
		pattern: new RegExp(`\\b${ORDINAL_EN}\\s+(?:plenary\\s+)?meeting\\b`, 'giu')
	},
	{
		name: 'paragraph-reference',
		role: 'token',
		language: 'any',
		description:
			'A paragraph reference, as in the committee-report line: 第93段, 第5和6段, "para. 93", "paras. 5 and 6".',
		examples: ['第93段', '第 93 段', '第5和6段', 'para. 93', 'paras. 5 and 6', 'paragraph 12'],
		pattern: new RegExp(
			'第\\s*\\d+(?:\\s*(?:至|到|和|及|、|-|–)\\s*\\d+)*\\s*段|\\b(?:paras?\\.|paragraphs?)\\s*\\d+(?:\\s*(?:-|–|to|and|,)\\s*\\d+)*\\b',
			'gu'
		)
	},
	{
		name: 'agenda-item',
		role: 'token',
		language: 'any',
		description: 'An agenda item number, renumbered every session: 议程项目100 (r), "agenda item 100 (r)".',
		examples: ['议程项目 100 (r)', '议程项目98', 'agenda item 100 (r)'],
		pattern: /(?:议程项目|\bagenda item)\s*\d+(?:\s*\([a-z]{1,4}\))?/gu
	},
	{
		name: 'footnote-mark',
		role: 'token',
		language: 'any',
		description: 'A footnote mark printed as superscript digits: ¹, ²³.',
		examples: ['¹', '²³'],
		pattern: /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu
	},
	{
		name: 'list-punctuation',
		role: 'connector',
		language: 'any',
		description:
			'Punctuation or a word joining items of a list (、，,；; 和 及 以及 与 至 and of to), routine only between two routine tokens.',
		examples: ['、', '和', '以及', ',', 'and', 'of'],
		pattern: /以及|[、，,；;和及与至]|\b(?:and|of|to)\b/gu
	},
	{
		name: 'quotation-marks',
		role: 'typographic',
		language: 'any',
		description:
			'Quotation marks, routine when one style replaces another ("…" → “…”), as between typed and typeset text.',
		examples: ['"', '“', '”', '「', '」'],
		pattern: /["“”„‟'‘’‚‛「」『』«»‹›]/gu
	}
] satisfies RoutinePattern[]);

/** Options of {@link classifyRoutine}. */
export interface RoutineOptions {
	/** The grammar to test against; default {@link routinePatterns}. */
	patterns: readonly RoutinePattern[];
}

/** Default options of {@link classifyRoutine}. */
export const defaultRoutineOptions: Readonly<RoutineOptions> = Object.freeze({ patterns: routinePatterns });

/** Whether a diff is routine, and which of its pieces are. */
export interface RoutineResult {
	/** True when there is at least one change and every change other than white space alone is routine. */
	routine: boolean;
	/** `parts[i]` tells whether `ops[i]` is a routine change; always false for an equal piece. */
	parts: boolean[];
}

/** What the grammar finds in one text. */
interface TextMarks {
	/** `inside[i]` is 1 when offset i falls strictly inside a routine token (a region may not end there). */
	inside: Uint8Array;
	/** `covered[i]` is 1 when code unit i belongs to a routine token, a list connector between two, or is white space. */
	covered: Uint8Array;
	/** `token[i]` is 1 when code unit i belongs to a routine token. */
	token: Uint8Array;
}

/** Run the grammar over one text. */
function markText(text: string, patterns: readonly RoutinePattern[]): TextMarks {
	const n = text.length;
	// One allocation for the three marks: a modified paragraph is marked on both sides, and small typed
	// arrays each cost a backing store of their own.
	const store = new Uint8Array(3 * n + 1);
	const token = store.subarray(0, n);
	const covered = store.subarray(n, 2 * n);
	const inside = store.subarray(2 * n, 3 * n + 1);
	for (const p of patterns) {
		if (p.role !== 'token') continue;
		forEachMatch(text, p.pattern, (start, end) => {
			token.fill(1, start, end);
			if (end > start + 1) inside.fill(1, start + 1, end);
		});
	}
	covered.set(token);
	for (let i = 0; i < n; i++) if (isSpaceUnit(text.charCodeAt(i))) covered[i] = 1;
	for (const p of patterns) {
		if (p.role !== 'connector') continue;
		forEachMatch(text, p.pattern, (start, end) => {
			let before = start - 1;
			while (before >= 0 && isSpaceUnit(text.charCodeAt(before))) before--;
			let after = end;
			while (after < n && isSpaceUnit(text.charCodeAt(after))) after++;
			if (before >= 0 && after < n && token[before] && token[after]) covered.fill(1, start, end);
		});
	}
	return { inside, covered, token };
}

/**
 * The stretches of a text that routine updates may change: each run of routine tokens, with the white
 * space and list connectors between two tokens (`第65/54号和2011年12月2日第66/32号` is one stretch), as
 * half-open ranges in text order. The library masks them so that a phrase still finds a paragraph whose
 * date, symbol or session moved on.
 */
export function routineTokenRanges(text: string, options: Partial<RoutineOptions> = {}): TextRange[] {
	const { patterns } = { ...defaultRoutineOptions, ...options };
	const { covered, token } = markText(text, patterns);
	const ranges: TextRange[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!token[i]) continue;
		let end = i + 1;
		// Extend through covered units (tokens, connectors between tokens, white space) while another token follows.
		for (let j = end; j < text.length && covered[j]; j++) if (token[j]) end = j + 1;
		ranges.push([i, end]);
		i = end - 1;
	}
	return ranges;
}

/** Private global copies of the grammar's patterns: `exec` moves `lastIndex`, and a caller's may be shared. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** Call `visit(start, end)` for every match of a pattern in a text, as `matchAll` would find them. */
function forEachMatch(text: string, pattern: RegExp, visit: (start: number, end: number) => void): void {
	let re = globalCopies.get(pattern);
	if (!re) {
		re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
		globalCopies.set(pattern, re);
	}
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		if (m[0] === '') {
			re.lastIndex++;
			continue;
		}
		visit(m.index, m.index + m[0].length);
	}
}

/** True when every code unit of `text` in [start, end) is covered. */
function allCovered(marks: TextMarks, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (!marks.covered[i]) return false;
	return true;
}

/** Code points of a text other than white space. */
function visibleChars(text: string): string[] {
	return Array.from(text).filter((ch) => !/\s/u.test(ch));
}

/** An edit region: a run of non-equal pieces, its extent in both texts, widened as the method says. */
interface Region {
	o1: number;
	o2: number;
	n1: number;
	n2: number;
	/** Indices of the pieces of `ops` in the region. */
	pieces: number[];
}

/**
 * Tell which changes of a diff are routine (dates, symbols, session and meeting numbers, paragraph
 * references, list punctuation of a growing list, footnote marks, white space) and whether all are.
 */
export function classifyRoutine(ops: readonly DiffOp[], options: Partial<RoutineOptions> = {}): RoutineResult {
	const { patterns } = { ...defaultRoutineOptions, ...options };
	const parts = ops.map(() => false);
	const oldText = ops
		.filter(([op]) => op <= 0)
		.map(([, t]) => t)
		.join('');
	const newText = ops
		.filter(([op]) => op >= 0)
		.map(([, t]) => t)
		.join('');

	// Edit regions in text order.
	const regions: Region[] = [];
	let o = 0;
	let n = 0;
	let open: Region | null = null;
	ops.forEach(([op, text], index) => {
		if (op === 0) {
			open = null;
			o += text.length;
			n += text.length;
			return;
		}
		if (!open) {
			open = { o1: o, o2: o, n1: n, n2: n, pieces: [] };
			regions.push(open);
		}
		open.pieces.push(index);
		if (op === -1) o += text.length;
		else n += text.length;
		open.o2 = o;
		open.n2 = n;
	});
	if (regions.length === 0) return { routine: false, parts };

	const oldMarks = markText(oldText, patterns);
	const newMarks = markText(newText, patterns);
	const typographic = patterns.filter((p) => p.role === 'typographic');

	for (const region of widenRegions(regions, oldMarks, newMarks)) {
		let routine = allCovered(oldMarks, region.o1, region.o2) && allCovered(newMarks, region.n1, region.n2);
		if (!routine)
			routine = isTypographicSwap(
				region.pieces.map((i) => ops[i]),
				typographic
			);
		for (const i of region.pieces) parts[i] = routine;
	}
	const routine =
		ops.some(([op]) => op !== 0) && ops.every(([op, text], i) => op === 0 || parts[i] || /^\s*$/u.test(text));
	return { routine, parts };
}

/**
 * Widen each region through the equal text around it (the same characters on both sides, so both sides
 * move together) until neither end is inside a routine token of either text; regions that meet merge.
 */
function widenRegions(regions: readonly Region[], oldMarks: TextMarks, newMarks: TextMarks): Region[] {
	const ok = (r: Region, side: 'start' | 'end'): boolean =>
		side === 'start'
			? !oldMarks.inside[r.o1] && !newMarks.inside[r.n1]
			: !oldMarks.inside[r.o2] && !newMarks.inside[r.n2];
	const out: Region[] = [];
	for (let k = 0; k < regions.length; k++) {
		const r: Region = { ...regions[k], pieces: regions[k].pieces.slice() };
		const prev = out[out.length - 1];
		// A region that ends on a good seam stays apart from a neighbour it merely touches: 第六十八届会议
		// and the 提出 right after it are two changes, one routine and one not.
		while (!ok(r, 'start') && r.o1 > 0 && r.n1 > 0) {
			if (prev && r.o1 === prev.o2) {
				out.pop();
				r.o1 = prev.o1;
				r.n1 = prev.n1;
				r.pieces = prev.pieces.concat(r.pieces);
				break;
			}
			r.o1--;
			r.n1--;
		}
		for (;;) {
			if (ok(r, 'end') || r.o2 >= oldMarks.covered.length || r.n2 >= newMarks.covered.length) break;
			const next = regions[k + 1];
			if (next && r.o2 === next.o1) {
				r.o2 = next.o2;
				r.n2 = next.n2;
				r.pieces = r.pieces.concat(next.pieces);
				k++;
				continue;
			}
			r.o2++;
			r.n2++;
		}
		out.push(r);
	}
	return out;
}

/** True when the region only swaps typographic variants one for one: `"` → `“`, `'` → `’`. */
function isTypographicSwap(pieces: readonly DiffOp[], typographic: readonly RoutinePattern[]): boolean {
	if (typographic.length === 0) return false;
	const removed = visibleChars(
		pieces
			.filter(([op]) => op === -1)
			.map(([, t]) => t)
			.join('')
	);
	const added = visibleChars(
		pieces
			.filter(([op]) => op === 1)
			.map(([, t]) => t)
			.join('')
	);
	if (removed.length === 0 || removed.length !== added.length) return false;
	const isVariant = (ch: string): boolean =>
		typographic.some((p) => new RegExp(p.pattern.source, p.pattern.flags.replace('g', '')).test(ch));
	return removed.every(isVariant) && added.every(isVariant);
}
