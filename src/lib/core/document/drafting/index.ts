/**
 * UN drafting practice, per language: the words that open preambular paragraphs, the verbs that open
 * operative ones, and the patterns of dates, document symbols, letterheads and closing lines.
 *
 * A General Assembly resolution is one sentence: the subject ("大会，" / "The General Assembly,"), then
 * preambular paragraphs, each opened by a participle or adjectival phrase (回顾 / Recalling) and closed by a
 * comma, then numbered operative paragraphs, each opened by a verb in the present tense (重申 / Reaffirms)
 * and closed by a semicolon, the last by a full stop. The Editorial Manual fixes the openers' forms
 * ("又回顾", "Recalling also"), so a list of them finds paragraph starts even in text that lost its line
 * breaks. Each of the six official languages has its module (zh, en, fr, es, ru, ar); a language without
 * one gets the structural patterns (numbers, symbols) without openers.
 */
import { chineseDates, chineseDrafting } from './zh';
import { englishDates, englishDrafting } from './en';
import { frenchDates, frenchDrafting } from './fr';
import { spanishDates, spanishDrafting } from './es';
import { russianDates, russianDrafting } from './ru';
import { arabicDates, arabicDrafting } from './ar';
import type { DateForms, DraftingConventions } from './conventions';

export * from './conventions';
export * from './lines';
export { chineseDates, chineseDrafting, parseChineseNumber } from './zh';
export { englishDates, englishDrafting, parseEnglishOrdinal } from './en';
export { frenchDates, frenchDrafting, parseFrenchOrdinal, spellFrenchOrdinals } from './fr';
export { spanishDates, spanishDrafting, parseSpanishOrdinal, spellSpanishOrdinals } from './es';
export { russianDates, russianDrafting, parseRussianOrdinal, spellRussianOrdinals } from './ru';
export { arabicDates, arabicDrafting, parseArabicOrdinal, readArabicDigits, spellArabicOrdinals } from './ar';

/**
 * The drafting conventions of each official language, by ISO 639-1 code. French, Spanish, Russian and
 * Arabic are built on first use (their ordinals spelt out make long patterns): a run reads the
 * languages of its documents, not all six.
 */
const BY_LANGUAGE: Readonly<Record<string, () => DraftingConventions>> = {
	zh: () => chineseDrafting,
	en: () => englishDrafting,
	fr: frenchDrafting,
	es: spanishDrafting,
	ru: russianDrafting,
	ar: arabicDrafting
};

/** Structural conventions only, for a language that is none of the six. */
function structuralOnly(language: string): DraftingConventions {
	return { ...englishDrafting, language, preambleOpeners: [], operativeVerbs: [] };
}

/** The drafting conventions of a language (ISO 639-1); languages without lists get structure only. */
export function getDrafting(language: string): DraftingConventions {
	return Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language]() : structuralOnly(language);
}

/** The date forms of each official language, by ISO 639-1 code: made at load, as they are small. */
const DATES_BY_LANGUAGE: Readonly<Record<string, DateForms>> = {
	zh: chineseDates,
	en: englishDates,
	fr: frenchDates,
	es: spanishDates,
	ru: russianDates,
	ar: arabicDates
};

/**
 * How a language prints a date, without its drafting conventions ({@link DateForms}): the same `date` and
 * `toIsoDate` as `getDrafting(language)`, English for a language that is none of the six.
 */
export function getDateForms(language: string): DateForms {
	return Object.hasOwn(DATES_BY_LANGUAGE, language) ? DATES_BY_LANGUAGE[language] : englishDates;
}
