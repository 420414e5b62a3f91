/**
 * UN drafting practice, per language: the words that open preambular paragraphs, the verbs that open
 * operative ones, and the patterns of dates, document symbols, letterheads and closing lines.
 *
 * A General Assembly resolution is one sentence: the subject ("大会，" / "The General Assembly,"), then
 * preambular paragraphs, each opened by a participle or adjectival phrase (回顾 / Recalling) and closed by a
 * comma, then numbered operative paragraphs, each opened by a verb in the present tense (重申 / Reaffirms)
 * and closed by a semicolon, the last by a full stop. The Editorial Manual fixes the openers' forms
 * ("又回顾", "Recalling also"), so a list of them finds paragraph starts even in text that lost its line
 * breaks. Chinese is complete; English is enough to read an English resolution; other languages get the
 * structural patterns (numbers, symbols) without openers.
 */
import { chineseDrafting } from './zh';
import { englishDrafting } from './en';
import type { DraftingConventions } from './conventions';

export * from './conventions';
export * from './lines';
export { chineseDrafting, parseChineseNumber } from './zh';
export { englishDrafting, parseEnglishOrdinal } from './en';

/** Structural conventions only, for languages without opener lists yet (fr, es, ru, ar). */
function structuralOnly(language: string): DraftingConventions {
	return { ...englishDrafting, language, preambleOpeners: [], operativeVerbs: [] };
}

/** The drafting conventions of a language (ISO 639-1); languages without lists get structure only. */
export function getDrafting(language: string): DraftingConventions {
	if (language === 'zh') return chineseDrafting;
	if (language === 'en') return englishDrafting;
	return structuralOnly(language);
}
