/**
 * The masthead of a UN document: the cells printed above its first page's rule, in English in every language
 * version: the organ ("United Nations", "General Assembly", "联合国", "大会"), the symbol ("A/C.1/77/L.5"),
 * the distribution ("Distr.: Limited"), the date of issue ("10 October 2022", "2022年10月10日") and the
 * languages ("Chinese", "Original: English"). The PDF reader finds it by position on the page; the Word reader
 * in the first page's header, where the UN's Word template puts it. Both read it here.
 */
import { DRAFT_SYMBOL, getDrafting } from './drafting';
import { BARCODE_LINE, DISTRIBUTION_LINE, ORGAN_LINE, SYMBOL_LINE, sessionOfSymbol } from './un-patterns';
import type { DocumentMeta } from '../types';

/** The languages whose dates a masthead may carry ("18 October 2018", "2021年12月6日", "9 de enero de 2023"). */
const MASTHEAD_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];

/** Longest cell that can be a date of issue. Unit: characters. */
const DATE_CELL_MAX = 40;

/** The distribution cell: "Distr.: Limited", "Distr.: General", "Distr. restreinte" is not English and not read. */
const DISTRIBUTION = /^Distr\.?\s*[:：]\s*(General|Limited|Restricted)\b/i;

/** A date as printed in a masthead, in any UN language the drafting conventions know, as ISO `YYYY-MM-DD`. */
export function mastheadDate(text: string): string | null {
	for (const language of MASTHEAD_LANGUAGES) {
		const iso = getDrafting(language).toIsoDate(text);
		if (iso) return iso;
	}
	return null;
}

/** A date alone in its cell (a date inside a sentence is body text). */
export function isDateCell(text: string): boolean {
	if (!/\d/.test(text) || text.length > DATE_CELL_MAX) return false;
	return MASTHEAD_LANGUAGES.some((language) => {
		const conventions = getDrafting(language);
		return conventions.toIsoDate(text) !== null && text.replace(conventions.date, '').trim() === '';
	});
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
		const cell = text.replace(/^(?:United Nations|General Assembly|联合国|大会)\s+(?=\S)/, '');
		if (!meta.symbol && SYMBOL_LINE.test(cell)) {
			meta.symbol = cell;
			meta.session = sessionOfSymbol(cell);
			if (DRAFT_SYMBOL.test(cell)) meta.draft = true;
			continue;
		}
		const distribution = DISTRIBUTION.exec(cell);
		if (distribution) {
			meta.distribution ??= distribution[1][0].toUpperCase() + distribution[1].slice(1).toLowerCase();
			continue;
		}
		if (!meta.date && isDateCell(cell)) meta.date = mastheadDate(cell) ?? undefined;
	}
	if (meta.date === undefined) delete meta.date;
	return meta;
}
