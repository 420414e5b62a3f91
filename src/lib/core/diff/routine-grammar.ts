/**
 * The shape of the routine grammar (routine.ts) and the entries every language shares: document symbols,
 * footnote marks, quotation marks. The entries of each language live in routine-zh.ts, routine-en.ts,
 * routine-fr.ts, routine-es.ts, routine-ru.ts and routine-ar.ts, each a table of named patterns with the
 * texts they must match (`examples`) and those they must not (`counterexamples`); the tests run both.
 */
import { RESOLUTION_NUMBER_SOURCE, SYMBOL_SOURCE, YEAR_NUMBER_SOURCE } from '../document/un-patterns';
import { SUPERSCRIPT_CLASS } from '../text/superscript';
import { once } from '../once';

/** What a grammar entry does in the test. */
export type RoutineRole =
	/** A routine token: every character it matches may change. */
	| 'token'
	/** List punctuation or a list word: routine only between two routine tokens (`第65/54号和2011年`). */
	| 'connector'
	/** A typographic variant: routine when an edit only swaps one such character for another (`"` → `“`). */
	| 'typographic';

/** The languages the grammar is written for: the six official languages, and `any` for what they share. */
export type RoutineLanguage = 'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'any';

/** One named entry of the routine grammar. */
export interface RoutinePattern {
	/** Stable name, as quoted in the README. */
	name: string;
	role: RoutineRole;
	/** Language of the texts the entry is applied to; `any` entries apply to every text. */
	language: RoutineLanguage;
	/** What it matches, in words. */
	description: string;
	/** Texts it matches in full, from UN resolutions. */
	examples: string[];
	/** Texts in which it must find nothing: near misses from the same resolutions. */
	counterexamples: string[];
	/** The pattern; global (`g`) and Unicode (`u`) flags. */
	pattern: RegExp;
	/**
	 * A short test that every text holding a match passes (no `g` flag): a text that fails it is not
	 * searched with {@link pattern}. The patterns of ordinals spelt out (French, Spanish, Russian,
	 * Arabic) are up to 13 kB of source, and a regular expression is compiled when first run; with the
	 * cue, a run compiles only those its texts can match (a session or meeting in that language).
	 */
	cue?: RegExp;
}

/**
 * An entry whose pattern is made when first read: building the source of a pattern of ordinals spelt
 * out, and parsing it, costs milliseconds, which a run whose texts never pass the entry's cue need not
 * pay.
 */
export function withLazyPattern(entry: Omit<RoutinePattern, 'pattern'>, make: () => RegExp): RoutinePattern {
	const pattern = once(make);
	return Object.defineProperty({ ...entry }, 'pattern', { get: pattern, enumerable: true }) as RoutinePattern;
}

/** No letter or digit just before (regex source): `\b` knows ASCII letters only, not é, я or ع. */
export const START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** No letter or digit just after (regex source). */
export const END = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * A document symbol: `A/67/409`, `A/RES/67/38`, `A/C.1/76/L.5/Rev.1`, `S-10/2`, `S/RES/1540 (2004)`, or a
 * resolution number `66/32`, `56/24 T` (lettered parts of an omnibus resolution) — printed in Latin
 * script in every language version.
 */
export const SYMBOL =
	`(?:${SYMBOL_SOURCE}|${RESOLUTION_NUMBER_SOURCE}|${YEAR_NUMBER_SOURCE})` +
	'(?:\\s?[A-Z]{1,2}(?![A-Za-z0-9]))?(?:\\s*[(（]\\d{4}[)）])?' +
	// A Security Council resolution cited by number and year: 第1540(2004)号, resolution 2325 (2016).
	'|(?<![A-Za-z0-9/])\\d{3,4}\\s*[(（]\\d{4}[)）]';

/** The entries every language shares. */
export const sharedRoutinePatterns: readonly RoutinePattern[] = [
	{
		name: 'document-symbol',
		role: 'token',
		language: 'any',
		description:
			'A document symbol or resolution number: A/67/409, A/RES/67/38, 56/24 T, S-10/2, S/RES/1540 (2004), 1540 (2004), an Economic and Social Council resolution numbered by year (2023/31), and other bodies’ symbols with a session in parentheses: GC(69)/RES/15.',
		examples: [
			'A/76/444',
			'A/RES/67/38',
			'56/24 T',
			'S-10/2',
			'76/40',
			'S/RES/1540 (2004)',
			'2325 (2016)',
			'GC(69)/RES/15',
			'ICCD/COP(15)/21/Add.1',
			'1980/67',
			'2023/231'
		],
		counterexamples: ['2021', 'and/or', '1.5', 'Article 2(4)'],
		pattern: new RegExp(SYMBOL, 'gu')
	},
	{
		name: 'footnote-mark',
		role: 'token',
		language: 'any',
		description: 'A footnote mark printed as superscript digits: ¹, ²³.',
		examples: ['¹', '²³'],
		counterexamples: ['1', 'a'],
		pattern: new RegExp(`[${SUPERSCRIPT_CLASS}]+`, 'gu')
	},
	{
		name: 'quotation-marks',
		role: 'typographic',
		language: 'any',
		description:
			'Quotation marks, routine when one style replaces another ("…" → “…”, « … » → “…”), as between typed and typeset text.',
		examples: ['"', '“', '”', '「', '」', '«', '»', '„'],
		counterexamples: ['-', '(', '.'],
		pattern: /["“”„‟'‘’‚‛「」『』«»‹›]/gu
	}
];
