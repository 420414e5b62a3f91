/**
 * Footnote marks extracted as plain digits. A PDF sets a mark in small raised type; text extractors keep the
 * digits and lose the raising: "Court,2" and "79/7;1" (PyMuPDF), "activities, 1" and "Paris Agreement 4
 * requires" (pdftotext), "Declaration4 and" (copy-paste). A digit run is read as a mark only when the text has a
 * footnote of that mark, and only in the places a mark stands and a number of the text does not:
 *
 * | form | read as a mark when | what must not match, and why it does not |
 * | --- | --- | --- |
 * | after closing punctuation, no space: `Court,2`, `79/7;1`, `Treaty.7`, `(A/80/29)3` | a footnote has that mark | `L.41`, `Add.1`, `Rev.1` (a symbol: the word holds a "/" or is an abbreviation), `1.5`, `10:30` (a digit before the punctuation) |
 * | after a lower-case letter, no space: `Declaration4` | it is the next mark not yet cited | `Space2030` (four digits), `COVID19`, `CO2`, `G77` (capitals before) |
 * | after a word or punctuation, with a space: `activities, 1`, `Agreement 4 requires` | it is the next mark not yet cited | `paragraph 4`, `resolution 2`, `Goal 4`, `vol. 3`, `paras. 3 and 4`, `annex 2` (a word that numbers what follows), `3 December` (a word after it that a number counts), `2030 3` (a number before) |
 *
 * Marks are numbered in order of first citation, so a new mark is always the next one; a mark cited again
 * (written after the first) is read only in the unspaced forms.
 */
import type { MarkAt } from '../../text/normalize';

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
/** Words after which a number is what they number, not a mark (lower case). */
const NUMBERING_WORDS = new Set([
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
	'at',
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
/** Words after a number that it counts or dates (lower case): then the number is text. */
const COUNTED_WORDS =
	/^(?:per|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|hundred|countries|states|members|parties|january|february|march|april|may|june|july|august|september|october|november|december|and|or|to|of|%|–|-)\b/i;

/** A digit run of one to three digits, with what stands before it. */
const CANDIDATE = /(\d{1,3})(?![\d/])/g;

/** Reads bare marks through a text, block after block, keeping the order of first citation. */
export class BareMarkReader {
	private readonly cited = new Set<string>();

	constructor(private readonly known: ReadonlySet<string>) {}

	/** The smallest numeric mark with a footnote that is not yet cited. */
	private nextNew(): string | null {
		let best: number | null = null;
		for (const mark of this.known) {
			if (!/^\d+$/.test(mark) || this.cited.has(mark)) continue;
			const n = Number(mark);
			if (best === null || n < best) best = n;
		}
		return best === null ? null : String(best);
	}

	/** Note marks a block cites in other forms (superscripts, mark lines), so the order stays right. */
	note(marks: readonly MarkAt[]): void {
		for (const m of marks) this.cited.add(m.mark);
	}

	/**
	 * Take the bare marks out of a block's raw text. Returns the text without them and the marks with their
	 * offsets in it, merged with the block's own marks (whose offsets move with the text).
	 */
	read(raw: string, marks: readonly MarkAt[]): { raw: string; marks: MarkAt[] } {
		if (this.known.size === 0) return { raw, marks: [...marks] };
		const cuts: { from: number; to: number; mark: string }[] = [];
		CANDIDATE.lastIndex = 0;
		for (let m = CANDIDATE.exec(raw); m; m = CANDIDATE.exec(raw)) {
			const at = m.index;
			const digits = m[1];
			if (at === 0 || !this.known.has(digits)) continue;
			const before = raw[at - 1];
			const after = raw.slice(at + digits.length);
			if (after && !/^(?:\s|[,;:.)\]”’"]|$)/.test(after)) continue;
			if (/^[.,]\d/.test(after)) continue;
			const fresh = digits === this.nextNew();
			let from: number;
			if (AFTER_PUNCTUATION.test(before)) {
				const prev = raw[at - 2] ?? '';
				if (/\d/.test(prev) && before !== ')' && before !== ']') continue;
				if (before === '.' || before === ':') {
					const word = /(\S*)[.:]$/.exec(raw.slice(0, at))?.[1] ?? '';
					if (word.includes('/') || NUMBERING_ABBREVIATIONS.has(word.toLowerCase().replace(/^\W+/, ''))) continue;
				}
				from = at;
			} else if (/[a-z]/.test(before)) {
				if (!fresh) continue;
				// A word ending in digits that is a name or a unit: a capital letter or digit in it.
				const word = /([A-Za-z]+)$/.exec(raw.slice(0, at))?.[1] ?? '';
				if (/[A-Z]/.test(word.slice(1))) continue;
				from = at;
			} else if (before === ' ' && fresh && at >= 2) {
				const prevChar = raw[at - 2];
				if (!/[A-Za-z,;:.)\]”’"]/.test(prevChar)) continue;
				const word = /([A-Za-z.]+)[,;:]?$/.exec(raw.slice(0, at - 1))?.[1] ?? '';
				if (NUMBERING_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) continue;
				if (COUNTED_WORDS.test(after.trimStart())) continue;
				from = at - 1;
			} else continue;
			cuts.push({ from, to: at + digits.length, mark: digits });
			this.cited.add(digits);
		}
		this.note(marks);
		if (cuts.length === 0) return { raw, marks: [...marks] };
		let out = '';
		let last = 0;
		const found: MarkAt[] = [];
		for (const c of cuts) {
			out += raw.slice(last, c.from);
			found.push({ mark: c.mark, offset: out.length });
			last = c.to;
		}
		out += raw.slice(last);
		const shift = (offset: number) => {
			let removed = 0;
			for (const c of cuts) if (c.to <= offset) removed += c.to - c.from;
			return offset - removed;
		};
		const merged = [...marks.map((m) => ({ mark: m.mark, offset: shift(m.offset) })), ...found];
		merged.sort((a, b) => a.offset - b.offset);
		return { raw: out, marks: merged };
	}
}
