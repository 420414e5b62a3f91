/**
 * Footnote marks extracted as plain digits. A PDF sets a mark in small raised type; text extractors keep the
 * digits and lose the raising: "Court,2" and "79/7;1" (PyMuPDF), "activities, 1" and "Paris Agreement 4
 * requires" (pdftotext), "Declaration4 and" (copy-paste). A digit run is read as a mark only when the text has a
 * footnote of that mark, and only in the places a mark stands and a number of the text does not:
 *
 * | form | read as a mark when | what must not match, and why it does not |
 * | --- | --- | --- |
 * | after closing punctuation, no space: `Court,2`, `1979,1`, `79/7;1`, `Treaty.7`, `(A/80/29)3` | a footnote has that mark | `L.41`, `Add.1`, `Rev.1` (a symbol: the word holds a "/" or is an abbreviation), `1.5`, `10:30` (a digit before a full stop or colon) |
 * | after a lower-case letter, no space: `Declaration4` | it is the next mark not yet cited | `Space2030` (four digits), `COVID19`, `CO2`, `G77` (capitals before) |
 * | glued to a year: `25 November 20242`, `2015–20303` | the digits after a year 1900–2099 are the next mark | `No. 20378` (a numbered thing: a noun before that numbers; a preposition does not: `of 20172` is 2017 and mark 2), a number of five digits or more that does not start with a year |
 * | glued to a resolution number: `resolution 77/2285` | the digits after a session and a number of three digits are the next mark (the Assembly numbers fewer than a thousand resolutions a session) | `77/228` (three digits: a number), `A/78/1005`, `S/2023/1005` (a symbol's own number: a "/" or digits before the session) |
 * | after a word or punctuation, with a space: `activities, 1`, `Agreement 4 requires`, `2015–2030 3 and` | it is the next mark not yet cited, or one cited before with a word in lower case after it (`Goals 2 for`) | `paragraph 4`, `resolution 2`, `Goal 4`, `vol. 3`, `paras. 3 and 4`, `annex 2` (a word that numbers what follows, unless a full stop ends its sentence: `Principles. 13 We`), `3 December` (a word after it that a number counts), `2030 3.` (a number before, no word after), `párrafo 18 a)` (a subparagraph's letter after it: a paragraph cited) |
 *
 * Marks are numbered in order of first citation, so a new mark is the next one (or a few further, when the reading missed one); a mark cited again
 * (written after the first) is read in the unspaced forms, and spaced only before a word in lower case.
 */
import type { MarkAt } from '../../text/normalize';
import { EN_MONTHS } from '../drafting/en';
import { ES_MONTH } from '../drafting/es';
import { FR_MONTHS } from '../drafting/fr';

/** Closing punctuation a mark may follow without a space. */
const AFTER_PUNCTUATION = /[,;:.)\]”’"»]/;
/** Abbreviations printed with a full stop and a number right after in symbols and references. */
const NUMBERING_ABBREVIATIONS = new Set([
	'add',
	'rev',
	'corr',
	'no',
	'nos',
	'para',
	'paras',
	'vol',
	'vols',
	'chap',
	'sect',
	'art',
	'arts',
	'p',
	'pp',
	'suppl',
	'res',
	'dec',
	'op',
	'fig',
	'l',
	'pv',
	'amend',
	'inf',
	'misc',
	'wp',
	'sr'
]);
/** Nouns after which a number is what they number, not a mark (lower case): `paragraph 4`, `No. 20378`. */
const NUMBERING_NOUNS = new Set([
	'paragraph',
	'paragraphs',
	'para',
	'paras',
	'article',
	'articles',
	'art',
	'chapter',
	'chapters',
	'chap',
	'section',
	'sections',
	'sect',
	'resolution',
	'resolutions',
	'decision',
	'decisions',
	'goal',
	'goals',
	'target',
	'targets',
	'item',
	'items',
	'no',
	'nos',
	'vol',
	'vols',
	'volume',
	'annex',
	'annexes',
	'appendix',
	'part',
	'parts',
	'rule',
	'rules',
	'principle',
	'principles',
	'protocol',
	'phase',
	'page',
	'pages',
	'p',
	'pp',
	'level',
	'step',
	'option',
	'category',
	'table',
	'figure',
	'box',
	'recommendation',
	'recommendations',
	'conclusion',
	'element',
	'pillar',
	'priority',
	'schedule',
	'amendment',
	'session',
	'meeting',
	'group',
	'type',
	'grade',
	'class',
	'zone',
	'region',
	'term'
]);

/** Words a quantity follows (lower case): `between 1 and 3`, `of 5`: the number after them is text. */
const QUANTITY_WORDS = new Set([
	'and',
	'or',
	'to',
	'from',
	'between',
	'than',
	'of',
	'under',
	'over',
	'about',
	'approximately',
	'some',
	'nearly',
	'least',
	'only',
	'all',
	'every',
	'per',
	'the',
	'on',
	'in',
	'by',
	'for',
	'with',
	'at'
]);

/**
 * Words after a number that it counts or dates (lower case): then the number is text. The months also as the
 * French and Spanish versions date ("5 de diciembre de 2001", "5 décembre 2001").
 */
const COUNTED_WORDS = new RegExp(
	`^(?:per|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|hundred|countries|states|members|parties|${EN_MONTHS.join('|')}|(?:de\\s+)?${ES_MONTH}|${FR_MONTHS.join('|')})\\b|^[%–-]`,
	'i'
);

/**
 * A subparagraph's letter after a number: the number is a paragraph the text cites by its number and letter
 * ("el párrafo 18 a) al estatuto", "paragraph 18 (a) above"), whatever word names it; a mark never stands before
 * a letter in parentheses.
 */
const SUBPARAGRAPH_CITED = /^[ \t]?(?:\([a-z]{1,2}\)|[a-z]\))/;

/** A year with digits run on: a mark glued to it ("20242" is 2024 and mark 2). */
const AFTER_YEAR = /(?<![\d/.,])((?:19|20)\d{2})(\d{1,3})(?![\d/])/g;

/**
 * A resolution number with digits run on: a mark glued to it ("77/2285" is resolution 77/228 and mark 5). The
 * Assembly adopts fewer than a thousand resolutions a session, so a fourth digit after a number of three is no
 * part of it; a number of one or two digits with a mark after it cannot be told from one of three, and is left.
 */
const AFTER_RESOLUTION = /(?<![\d/])(\d{1,3}\/\d{3})(\d{1,2})(?![\d/])/g;

/** How far ahead of the last mark cited a new mark may be: marks the reading missed in between. */
const SKIP_MAX = 3;

/** A digit run of one to three digits, with what stands before it. */
const CANDIDATE = /(\d{1,3})(?![\d/])/g;

/**
 * A candidate mark in the two unspaced forms no number of the text takes (the table above): after closing
 * punctuation other than a full stop or colon ("Action,1", "2001,9", "”,3"), or glued to a word in lower case
 * ("Declaration4"); one or two digits, then white space, punctuation or the end.
 */
const UNSPACED_MARK = /(?:[,;)\]”’"»]|(?<![A-Za-z])[A-Za-z][a-z]{2,})(\d{1,2})(?=[\s,;:.)\]”’"]|$)/g;

/** The fewest marks that, running 1, 2, 3, … in order, show a text whose notes were lost. Unit: marks. */
const LOST_NOTES_MIN_MARKS = 3;

/**
 * The marks of a text whose footnote texts were lost (a draft extracted without its notes, text copied from the
 * body of a PDF): the candidates in the unspaced forms, read through the text in order, run 1, 2, 3, … with
 * each new number no more than {@link SKIP_MAX} past the last (one seen before may be cited again), at least
 * {@link LOST_NOTES_MIN_MARKS} of them, and no candidate out of that order. Numbers of the text do not run so:
 * one out of order ("Action,1 … 2001,5 … resolutions,2"), or none past 2, and the text is left as it is.
 * Empty when the text does not show them.
 */
export function marksOfLostNotes(texts: readonly string[]): Set<string> {
	let last = 0;
	const seen = new Set<number>();
	for (const text of texts) {
		UNSPACED_MARK.lastIndex = 0;
		for (let m = UNSPACED_MARK.exec(text); m; m = UNSPACED_MARK.exec(text)) {
			const n = Number(m[1]);
			if (n > last && n <= last + SKIP_MAX) last = n;
			else if (!seen.has(n)) return new Set();
			seen.add(n);
		}
	}
	if (last < LOST_NOTES_MIN_MARKS) return new Set();
	return new Set(Array.from({ length: last }, (_, i) => String(i + 1)));
}

/** Reads bare marks through a text, block after block, keeping the order of first citation. */
export class BareMarkReader {
	private readonly cited = new Set<string>();

	constructor(private readonly known: ReadonlySet<string>) {}

	/**
	 * Whether a mark would be a new one in order: not cited yet, after every mark cited so far, and at most
	 * {@link SKIP_MAX} ahead of the last (a mark the reading missed must not stop it for the rest of the text).
	 */
	private isNext(mark: string): boolean {
		if (!/^\d+$/.test(mark) || this.cited.has(mark)) return false;
		let last = 0;
		for (const m of this.cited) if (/^\d+$/.test(m)) last = Math.max(last, Number(m));
		const n = Number(mark);
		return n > last && n <= last + SKIP_MAX;
	}

	/** Note marks a block cites in other forms (superscripts, mark lines), so the order stays right. */
	note(marks: readonly MarkAt[]): void {
		for (const m of marks) this.cited.add(m.mark);
	}

	/** Where a bare mark found at `at` starts (with the space before it, when spaced), or -1 when it is text. */
	private bare(raw: string, at: number, digits: string): number {
		const before = raw[at - 1];
		const after = raw.slice(at + digits.length);
		if (after && !/^(?:\s|[,;:.)\]”’"]|$)/.test(after)) return -1;
		if (SUBPARAGRAPH_CITED.test(after)) return -1;
		if (/^[.,]\d/.test(after)) return -1;
		const fresh = this.isNext(digits);
		if (AFTER_PUNCTUATION.test(before)) {
			const prev = raw[at - 2] ?? '';
			// "1.5", "10:30": a number goes on; after a comma or semicolon a year ends ("1979,1").
			if (/\d/.test(prev) && (before === '.' || before === ':')) return -1;
			if (before === '.' || before === ':') {
				const word = /(\S*)[.:]$/.exec(raw.slice(0, at))?.[1] ?? '';
				if (word.includes('/') || NUMBERING_ABBREVIATIONS.has(word.toLowerCase().replace(/^\W+/, ''))) return -1;
			}
			return at;
		}
		if (/[a-z]/.test(before)) {
			// A word ending in digits that is a name or a unit: a capital letter in it ("CO2", "COVID19").
			const word = /([A-Za-z]+)$/.exec(raw.slice(0, at))?.[1] ?? '';
			return fresh && !/[A-Z]/.test(word.slice(1)) ? at : -1;
		}
		// A mark cited again, spaced, when a word of the sentence goes on after it in lower case ("Sustainable
		// Development Goals 2 for the benefit"); the checks below still keep "paragraph 2 of" as text.
		const again = !fresh && this.cited.has(digits) && /^ [a-z]/.test(after);
		if (before === ' ' && (fresh || again) && at >= 2) {
			// After a year only a new mark, and only before a word in lower case or a clause's punctuation ("2015–2030
			// 3 and", "ocupados desde 1967 7, así como"): a year and a number never stand so otherwise.
			const afterYear =
				fresh && /(?<![\d/.,])(?:19|20)\d{2}$/.test(raw.slice(0, at - 1)) && /^(?: [a-z]|[,;:])/.test(after);
			if (!afterYear && !/[A-Za-z,;:.)\]”’"]/.test(raw[at - 2])) return -1;
			const word = (/([A-Za-z.]+)[,;:]?$/.exec(raw.slice(0, at - 1))?.[1] ?? '').toLowerCase();
			// After a full stop that ends a sentence, the word before numbers nothing ("the Paris Principles. 13
			// We will …"); after an abbreviation ("paras. 3") it does.
			const ended = word.endsWith('.') && !NUMBERING_ABBREVIATIONS.has(word.slice(0, -1).replace(/^.*\./, ''));
			const bareWord = word.replace(/\.$/, '');
			// A plural numbering noun counts more than one ("Goals 1 to 17", "paragraphs 2 and 3"): one number after
			// it, then a word of the sentence, is a mark ("Sustainable Development Goals 2 for the benefit",
			// "Millennium Development Goals 6 and associated targets"), unless the word joins another number.
			const plural = bareWord.endsWith('s') && /^[ \t]+(?!(?:and|or|to|through|till|until)\s+\d)[a-z]/.test(after);
			if (!ended && !plural && (NUMBERING_NOUNS.has(bareWord) || QUANTITY_WORDS.has(bareWord))) return -1;
			if (COUNTED_WORDS.test(after.trimStart())) return -1;
			return at - 1;
		}
		return -1;
	}

	/** Where a mark glued to a year starts ("20242": 2024 and mark 2), or -1. */
	private afterYear(raw: string, at: number, digits: string): number {
		if (!this.isNext(digits)) return -1;
		// A number of five digits or more is printed with a thousands separator in UN text, so one that starts
		// with a year is a year and a mark ("Political Declarations of 20172 and 2021"), unless a noun numbers it.
		const word = /([A-Za-z.]+)\s*$/.exec(raw.slice(0, at - 4))?.[1] ?? '';
		return NUMBERING_NOUNS.has(word.toLowerCase().replace(/\.$/, '')) ? -1 : at;
	}

	/**
	 * Take the bare marks out of a block's raw text. Returns the text without them and the marks with their
	 * offsets in it, merged with the block's own marks (whose offsets move with the text).
	 */
	read(raw: string, marks: readonly MarkAt[]): { raw: string; marks: MarkAt[] } {
		if (this.known.size === 0) return { raw, marks: [...marks] };
		const cuts: { from: number; to: number; mark: string }[] = [];
		// Candidates of both forms in text order, so that marks are judged in the order they are cited.
		const found: { at: number; digits: string; year: boolean }[] = [];
		CANDIDATE.lastIndex = 0;
		for (let m = CANDIDATE.exec(raw); m; m = CANDIDATE.exec(raw))
			if (m.index > 0 && this.known.has(m[1])) found.push({ at: m.index, digits: m[1], year: false });
		AFTER_YEAR.lastIndex = 0;
		for (let m = AFTER_YEAR.exec(raw); m; m = AFTER_YEAR.exec(raw))
			if (this.known.has(m[2])) found.push({ at: m.index + m[1].length, digits: m[2], year: true });
		// A mark glued to a resolution number is new, as one glued to a year is: read it the same way.
		AFTER_RESOLUTION.lastIndex = 0;
		for (let m = AFTER_RESOLUTION.exec(raw); m; m = AFTER_RESOLUTION.exec(raw))
			if (this.known.has(m[2]) && this.isNext(m[2]))
				found.push({ at: m.index + m[1].length, digits: m[2], year: true });
		found.sort((a, b) => a.at - b.at);
		for (const { at, digits, year } of found) {
			const from = year ? this.afterYear(raw, at, digits) : this.bare(raw, at, digits);
			if (from < 0) continue;
			cuts.push({ from, to: at + digits.length, mark: digits });
			this.cited.add(digits);
		}
		cuts.sort((a, b) => a.from - b.from);
		this.note(marks);
		if (cuts.length === 0) return { raw, marks: [...marks] };
		let out = '';
		let last = 0;
		const taken: MarkAt[] = [];
		for (const c of cuts) {
			out += raw.slice(last, c.from);
			taken.push({ mark: c.mark, offset: out.length });
			last = c.to;
		}
		out += raw.slice(last);
		const shift = (offset: number) => {
			let removed = 0;
			for (const c of cuts) if (c.to <= offset) removed += c.to - c.from;
			return offset - removed;
		};
		const merged = [...marks.map((m) => ({ mark: m.mark, offset: shift(m.offset) })), ...taken];
		merged.sort((a, b) => a.offset - b.offset);
		return { raw: out, marks: merged };
	}
}
