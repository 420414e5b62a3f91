/**
 * Routine changes: the updates every recurring resolution receives each session without anyone
 * negotiating them. The date of adoption, the symbol of last year's resolution (第66/32号 → 第75/47号), the
 * session it reports to (第六十八届 → 第七十七届), the plenary meeting, the committee report and its
 * paragraph, the list of earlier resolutions growing by one. A delegate wants these greyed out so the real
 * rewording (强调 → 强调指出, 呼吁 → 促请) stands out.
 *
 * Method. The grammar ({@link allRoutinePatterns}) is matched over the whole old text and the whole new
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
 * Each language has its own grammar (routine-zh.ts … routine-ar.ts: dates "3 décembre 2012" and
 * "3 كانون الأول/ديسمبر 2012", sessions "soixante-huitième session" and "шестьдесят восьмой сессии") and
 * a text is read with its language's only: "sixty-eighth session" is no session in a Chinese text, nor
 * "第48次" a meeting in a French one.
 *
 * Cost: one scan of each text per pattern of its language (regular expressions, linear in practice), then
 * O(n) for the widening and the checks.
 */
import type { DiffOp, TextRange } from '../types';
import { isSpaceUnit } from '../text/cjk';
import { sharedRoutinePatterns, type RoutineLanguage, type RoutinePattern } from './routine-grammar';
import { chineseRoutinePatterns } from './routine-zh';
import { englishRoutinePatterns } from './routine-en';
import { frenchRoutinePatterns } from './routine-fr';
import { spanishRoutinePatterns } from './routine-es';
import { russianRoutinePatterns } from './routine-ru';
import { arabicRoutinePatterns } from './routine-ar';
import { once } from '../once';

export type { RoutineLanguage, RoutinePattern, RoutineRole } from './routine-grammar';

/**
 * The grammar of each language, in the order the README lists them — Chinese, English, French, Spanish,
 * Russian, Arabic, then what every language shares. Each language's entries live in its own table
 * (routine-zh.ts … routine-ar.ts); the French, Spanish, Russian and Arabic tables are made when a text
 * of their language (or script, for the library) is first read.
 */
const GRAMMARS: readonly { language: RoutineLanguage; patterns: () => readonly RoutinePattern[] }[] = [
	{ language: 'zh', patterns: () => chineseRoutinePatterns },
	{ language: 'en', patterns: () => englishRoutinePatterns },
	{ language: 'fr', patterns: frenchRoutinePatterns },
	{ language: 'es', patterns: spanishRoutinePatterns },
	{ language: 'ru', patterns: russianRoutinePatterns },
	{ language: 'ar', patterns: arabicRoutinePatterns },
	{ language: 'any', patterns: () => sharedRoutinePatterns }
];

/**
 * The edition of the routine grammar. A library on disk keeps each paragraph's routine key and where its
 * routine tokens stand as the grammar of its day found them, and is keyed again when a resodiff of another
 * edition opens it (server/library-db.ts). A test pins the grammar's fingerprint to this number, so that
 * an entry changed without a new edition fails it.
 * 1: the grammar until 6 December 2026; 2: other bodies' symbols with a session in parentheses
 * ("GC(69)/RES/15") and the Economic and Social Council's resolutions numbered by year ("2023/31").
 */
export const ROUTINE_GRAMMAR_EDITION = 2;

/** The whole routine grammar: every language's named patterns, then the shared ones ({@link GRAMMARS}' order). */
export const allRoutinePatterns = once((): readonly RoutinePattern[] =>
	Object.freeze(GRAMMARS.flatMap((g) => g.patterns()))
);

/** The patterns of each language with the shared ones, chosen once. */
const byLanguage = new Map<string, readonly RoutinePattern[]>();

/**
 * The patterns that apply to texts in these languages (ISO 639-1 codes): each language's own entries and
 * the shared ones, never another language's. A comparison across two languages (a French text against its
 * English original, say) takes both. A language that is none of the six gets the shared entries only.
 */
export function routinePatternsFor(languages: string | readonly string[]): readonly RoutinePattern[] {
	const list = [...new Set(typeof languages === 'string' ? [languages] : languages)].sort();
	const key = list.join(',');
	let patterns = byLanguage.get(key);
	if (!patterns) {
		const wanted = new Set<RoutineLanguage | string>([...list, 'any']);
		patterns = Object.freeze(GRAMMARS.filter((g) => wanted.has(g.language)).flatMap((g) => g.patterns()));
		byLanguage.set(key, patterns);
	}
	return patterns;
}

/** Options of {@link classifyRoutine}. */
export interface RoutineOptions {
	/**
	 * Language or languages of the texts (ISO 639-1: `zh`, `en`, `fr`, `es`, `ru`, `ar`): the grammar is
	 * {@link routinePatternsFor} them. Default `zh`.
	 */
	language: string | readonly string[];
	/** The grammar to test against instead, whatever the language. */
	patterns?: readonly RoutinePattern[];
}

/** Default options of {@link classifyRoutine}: Chinese text. */
export const defaultRoutineOptions: Readonly<RoutineOptions> = Object.freeze({ language: 'zh' });

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
		if (p.role !== 'token' || (p.cue && !p.cue.test(text))) continue;
		forEachMatch(text, p.pattern, (start, end) => {
			token.fill(1, start, end);
			if (end > start + 1) inside.fill(1, start + 1, end);
		});
	}
	covered.set(token);
	for (let i = 0; i < n; i++) if (isSpaceUnit(text.charCodeAt(i))) covered[i] = 1;
	// Connectors: a run of list words and punctuation (", y", "، و", "和") with white space between them,
	// routine when a routine token stands right before it and right after it.
	let linker: Uint8Array | null = null;
	for (const p of patterns) {
		if (p.role !== 'connector') continue;
		forEachMatch(text, p.pattern, (start, end) => {
			linker ??= new Uint8Array(n);
			linker.fill(1, start, end);
		});
	}
	if (linker) {
		const link: Uint8Array = linker;
		for (let i = 0; i < n;) {
			if (!link[i]) {
				i++;
				continue;
			}
			let end = i;
			while (end < n && (link[end] || isSpaceUnit(text.charCodeAt(end)))) end++;
			let before = i - 1;
			while (before >= 0 && isSpaceUnit(text.charCodeAt(before))) before--;
			let after = end;
			while (after > i && isSpaceUnit(text.charCodeAt(after - 1))) after--;
			if (before >= 0 && end < n && token[before] && token[end]) covered.fill(1, i, after);
			i = end;
		}
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
	const { language, patterns: given } = { ...defaultRoutineOptions, ...options };
	const { covered, token } = markText(text, given ?? routinePatternsFor(language));
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

/**
 * Whether text inserted (or deleted) at [start, end) is covered once slid to an equivalent place. An
 * insertion after equal text that ends as the insertion ends can stand one character earlier and give the
 * same text: "2011," + " y 67/38, de … 2012," is also "2011" + ", y 67/38, de … 2012" + ",", where the
 * list comma stands between two routine tokens. The diff picks one of these places; the reader sees any.
 */
function slidesCovered(text: string, marks: TextMarks, start: number, end: number): boolean {
	for (let a = start, b = end; a > 0 && text[a - 1] === text[b - 1];) {
		a--;
		b--;
		if (allCovered(marks, a, b)) return true;
	}
	for (let a = start, b = end; b < text.length && text[a] === text[b];) {
		a++;
		b++;
		if (allCovered(marks, a, b)) return true;
	}
	return false;
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
	const { language, patterns: given } = { ...defaultRoutineOptions, ...options };
	const patterns = given ?? routinePatternsFor(language);
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
		if (!routine && region.o1 === region.o2) routine = slidesCovered(newText, newMarks, region.n1, region.n2);
		if (!routine && region.n1 === region.n2) routine = slidesCovered(oldText, oldMarks, region.o1, region.o2);
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
