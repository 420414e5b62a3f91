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
import { chineseDrafting } from './zh';
import { englishDrafting } from './en';
import { frenchDrafting } from './fr';
import { spanishDrafting } from './es';
import { russianDrafting } from './ru';
import { arabicDrafting } from './ar';
import type { DraftingConventions } from './conventions';

export * from './conventions';
export * from './lines';
export { chineseDrafting, parseChineseNumber } from './zh';
export { englishDrafting, parseEnglishOrdinal } from './en';
export { frenchDrafting, parseFrenchOrdinal, spellFrenchOrdinals } from './fr';
export { spanishDrafting, parseSpanishOrdinal, spellSpanishOrdinals } from './es';
export { russianDrafting, parseRussianOrdinal, spellRussianOrdinals } from './ru';
export { arabicDrafting, parseArabicOrdinal, spellArabicOrdinals } from './ar';

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
