/**
 * The masthead of a UN document: the cells printed above its first page's rule: the organ ("United Nations",
 * "General Assembly", "联合国", "大会"), the symbol ("A/C.1/77/L.5"), the distribution ("Distr.: Limited"), the
 * date of issue ("10 October 2022", "2022年10月10日", or in the document's language: "9 de enero de 2023" in the
 * Spanish A/RES/77/247) and the languages ("Chinese", "Original: English"). The PDF reader finds it by position on the page; the Word reader
 * in the first page's header, where the UN's Word template puts it. Both read it here.
 */
import { DRAFT_SYMBOL, getDateForms, type DateForms } from './drafting';
import { AR_DIGIT } from './drafting/ar';
import {
	BARCODE_LINE,
	DISTRIBUTION_LINE,
	LANGUAGE_NAME_SOURCE,
	ORGAN_LINE,
	SYMBOL_LINE,
	sessionOfSymbol
} from './un-patterns';
import type { DocumentMeta } from '../types';

/**
 * The date forms of the languages whose dates a masthead may carry ("18 October 2018", "2021年12月6日", "9 de
 * enero de 2023"), in the order they are tried. Only the date forms ({@link getDateForms}), never the whole
 * drafting conventions: a cell that may be a date is tried in one language after another, and building each
 * language's conventions on the way (French, Spanish, Russian, Arabic: ordinals spelt out as long patterns) made
 * the masthead of the Spanish A/RES/77/247 cost 26 ms of a cold `parse` (median of 11 fresh processes), French
 * built for nothing; with the date forms alone it costs 3.5 ms.
 */
const MASTHEAD_DATES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'].map(getDateForms);

/**
 * A year standing alone: four digits with no digit either side, in the digits any date form accepts (European
 * ones, and in Arabic dates also the Arabic-Indic and Persian ones: {@link AR_DIGIT}). A cell that is a date and
 * nothing else holds one in every language (after a space, before a space, the cell's end or "年"), so a cell
 * without one is no date cell and no language is asked: "Naciones Unidas", "Distr.: General", the job number
 * "18-16895 (E) 241018". Spelt with these digits rather than `\p{Nd}`: V8 compiles it in a third of the time.
 */
const LONE_YEAR = new RegExp(`(?<!${AR_DIGIT})${AR_DIGIT}{4}(?!${AR_DIGIT})`);

/** Longest cell that can be a date of issue. Unit: characters. */
const DATE_CELL_MAX = 40;

/** Each distribution word a masthead prints, as the English name the document model keeps (`DocumentMeta.distribution`). */
const DISTRIBUTION_NAMES: Readonly<Record<string, string>> = {
	general: 'General',
	générale: 'General',
	limited: 'Limited',
	limitée: 'Limited',
	limitada: 'Limited',
	restricted: 'Restricted',
	restreinte: 'Restricted',
	reservada: 'Restricted'
};

/** The distribution words ({@link DISTRIBUTION_NAMES}), as a regex source: "General|générale|…". */
const DISTRIBUTION_WORDS = Object.keys(DISTRIBUTION_NAMES).join('|');

/**
 * The distribution cell, in the words of the masthead's language: English ("Distr.: General", "Distr.: Limited",
 * "Distr.: Restricted", as the Chinese, Russian and Arabic versions also print it), French ("Distr. générale",
 * "Distr. limitée", "Distr. restreinte") and Spanish ("Distr. general", as the real A/RES/77/247 prints it,
 * "Distr. limitada", "Distr. reservada"). Group 1 is the word; no letter or digit may follow it, which
 * {@link readDistribution} checks apart: with a Unicode class in it the pattern would need the `u` flag, and V8
 * compiles a case-insensitive Unicode pattern in about 1 ms, cold, on every masthead it reads (PDF and Word).
 */
const DISTRIBUTION = new RegExp(`^Distr\\.?\\s*[:：]?\\s*(${DISTRIBUTION_WORDS})`, 'i');

/** A letter or digit of any script; asked only of a character after a distribution word that is not ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The distribution a cell prints ({@link DISTRIBUTION}), as its English name; else null. */
function readDistribution(cell: string): string | null {
	const match = DISTRIBUTION.exec(cell);
	if (!match) return null;
	const after = cell.codePointAt(match[0].length);
	if (after !== undefined) {
		const lower = after | 0x20;
		const alphanumeric =
			after < 0x80
				? (after >= 0x30 && after <= 0x39) || (lower >= 0x61 && lower <= 0x7a)
				: LETTER_OR_DIGIT.test(String.fromCodePoint(after));
		if (alphanumeric) return null;
	}
	return DISTRIBUTION_NAMES[match[1].toLowerCase()];
}

/**
 * The organ printed before a cell on one line, as extractors print a row of the masthead table: "United Nations
 * A/78/L.15", "Asamblea General Distr. general", "الجمعية العامة A/RES/77/247". The organs are those of
 * {@link ORGAN_LINE}, in every language.
 */
const ORGAN_BEFORE_CELL = new RegExp(`${ORGAN_LINE.source.replace(/\$$/, '')}\\s+(?=\\S)`, ORGAN_LINE.flags);

/** The organ before a symbol, which a Chinese masthead may print without a space: "联合国A/C.1/77/L.31". */
const ORGAN_BEFORE_SYMBOL = new RegExp(`${ORGAN_LINE.source.replace(/\$$/, '')}\\s*(?=[A-Z])`, ORGAN_LINE.flags);

/**
 * The date of issue a cell holds when it is a date and nothing else (a date inside a sentence is body text), in
 * any UN language, as ISO `YYYY-MM-DD`; else null. One pass over the languages both tells a date cell and reads
 * it: a second pass would run each language's pattern again, which makes V8 compile it to machine code
 * (about 0.7 ms a pattern with the `u` flag, cold).
 */
export function dateOfCell(text: string): string | null {
	return dateIn(text, MASTHEAD_DATES);
}

/** The date a cell holds in one of the date forms given, when it is a date and nothing else ({@link dateOfCell}). */
function dateIn(text: string, languages: readonly DateForms[]): string | null {
	if (text.length > DATE_CELL_MAX || !LONE_YEAR.test(text)) return null;
	for (const forms of languages) {
		const iso = forms.toIsoDate(text);
		if (iso !== null && text.replace(forms.date, '').trim() === '') return iso;
	}
	return null;
}

/** A date alone in its cell ({@link dateOfCell}). */
export function isDateCell(text: string): boolean {
	return dateOfCell(text) !== null;
}

/** A cell of the masthead: the organ, a symbol, the distribution, a date, the barcode. */
export function isMastheadCell(text: string): boolean {
	return (
		ORGAN_LINE.test(text) ||
		SYMBOL_LINE.test(text) ||
		DISTRIBUTION_LINE.test(text) ||
		BARCODE_LINE.test(text) ||
		isDateCell(text)
	);
}

/** The organs of {@link ORGAN_LINE}, as a regex source without its anchors. */
const ORGAN_SOURCE = ORGAN_LINE.source.slice(1, -1);

/**
 * A line of a masthead as a text extracted from a UN document prints it, one cell a line or a row of the
 * masthead's table on one line, in the words of each language version: the organ ({@link ORGAN_LINE}: "United
 * Nations", "联合国", "Nations Unies", "Naciones Unidas", "Организация Объединенных Наций", "الأمم المتحدة", "大会",
 * "Asamblea General" …), alone or before the symbol or distribution ("联合国 A/C.1/77/L.31", "Naciones Unidas
 * A/RES/77/247", "Asamblea General Distr. general"); the distribution ("Distr.: Limited", and the French and
 * Spanish "Distr. générale", "Distr. limitada" of {@link DISTRIBUTION_NAMES}); the original language ("Original:
 * English", "Original : anglais", "原文：英文"); the language line ({@link LANGUAGE_NAME_SOURCE}: "Chinese",
 * "Français", "Español"). The date of issue alone is told by {@link isMastheadLine}, which knows the text's
 * language. Drafts carry a masthead; adopted resolutions as published in the seeds do not. Anchored, so a
 * sentence that starts with one of these words is no masthead line.
 */
export const MASTHEAD_LINE = new RegExp(
	[
		`^(?:${ORGAN_SOURCE}\\s*)?(?:Distr\\.?\\s*[:：]\\s*\\S.{0,30}|Distr\\.?\\s*(?:${DISTRIBUTION_WORDS})(?:\\s.{0,30})?)$`,
		`^${ORGAN_SOURCE}$`,
		'^(?:Original|原文)\\s*[:：]\\s*\\S.{0,20}$',
		`^${LANGUAGE_NAME_SOURCE}$`
	].join('|'),
	'i'
);

/**
 * The versions whose masthead may print its date of issue in their own words, not in English: French ("1er
 * novembre 2023"), Spanish ("9 de enero de 2023", the real A/RES/77/247), Russian ("17 октября 2023 г.") and
 * Arabic ("١٧ تشرين الأول/أكتوبر ٢٠٢٣"). The Chinese version prints it in English.
 */
const OWN_DATE_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'es', 'ru', 'ar']);

/** The date forms a masthead line's date of issue may take in a text of each language, as they are asked for. */
const MASTHEAD_LINE_DATES = new Map<string, readonly DateForms[]>();

/**
 * The date forms of a date of issue in a text in `language`: English ("11 October 2022"), as every version may
 * print it, and the version's own words where it prints them so ({@link OWN_DATE_LANGUAGES}).
 */
function mastheadLineDates(language: string): readonly DateForms[] {
	let forms = MASTHEAD_LINE_DATES.get(language);
	if (!forms) {
		forms = OWN_DATE_LANGUAGES.has(language) ? [getDateForms('en'), getDateForms(language)] : [getDateForms('en')];
		MASTHEAD_LINE_DATES.set(language, forms);
	}
	return forms;
}

/**
 * Whether a trimmed line of a text in `language` (ISO 639-1) is a line of its masthead: a {@link MASTHEAD_LINE},
 * or a date of issue alone ({@link mastheadLineDates}).
 */
export function isMastheadLine(line: string, language: string): boolean {
	return MASTHEAD_LINE.test(line) || symbolCell(line) !== null || dateIn(line, mastheadLineDates(language)) !== null;
}

/**
 * The symbol a masthead cell holds, the organ printed before it or not ("A/C.3/78/L.41", "United Nations
 * A/78/L.15", "الجمعية العامة A/RES/77/247"); else null. A symbol as {@link SYMBOL_LINE} knows one: an organ
 * in capitals and two parts at least, one with a digit, so "and/or" is none.
 */
export function symbolCell(cell: string): string | null {
	// Asked of every short line of a text: most hold no slash, and most that do are no symbol with an organ.
	if (!cell.includes('/')) return null;
	if (SYMBOL_LINE.test(cell)) return cell;
	const rest = cell.replace(ORGAN_BEFORE_SYMBOL, '');
	return rest !== cell && SYMBOL_LINE.test(rest) ? rest : null;
}

/** What a masthead says: its symbol and the session the symbol names, the date of issue, the distribution. */
export type MastheadMeta = Partial<Pick<DocumentMeta, 'symbol' | 'session' | 'date' | 'distribution' | 'draft'>>;

/**
 * Reads the cells of a masthead (one a line, trimmed) into meta. A cell that is no masthead cell is passed
 * over, so a header that also holds a running title gives what it has; nothing known gives `{}`.
 */
export function readMasthead(cells: string[]): MastheadMeta {
	const meta: MastheadMeta = {};
	for (const raw of cells) {
		const text = raw.trim();
		if (!text) continue;
		// "联合国 A/C.1/77/L.5", "General Assembly Distr.: Limited": the organ and a cell on one line.
		const symbol = meta.symbol ? null : symbolCell(text);
		if (symbol) {
			meta.symbol = symbol;
			meta.session = sessionOfSymbol(symbol);
			if (DRAFT_SYMBOL.test(symbol)) meta.draft = true;
			continue;
		}
		const cell = text.replace(ORGAN_BEFORE_CELL, '');
		const distribution = readDistribution(cell);
		if (distribution) {
			meta.distribution ??= distribution;
			continue;
		}
		meta.date ??= dateOfCell(cell) ?? undefined;
	}
	if (meta.date === undefined) delete meta.date;
	return meta;
}
