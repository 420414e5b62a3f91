/**
 * The interface languages and the facts about languages the app needs: which tag and direction a
 * document's text gets, and how the interface language is chosen and remembered. The interface speaks
 * one language at a time; documents keep their own language, marked on their text so that the browser
 * picks the fonts, line breaking and hyphenation made for it.
 */

import { setParams } from '../query';

/** A language of the interface. */
export type Locale = 'zh' | 'en';

/** The interface languages, in the order the switch lists them. */
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/**
 * The language of a page rendered before any script runs (and of a browser with scripts off): the
 * product reads Chinese first.
 */
export const DEFAULT_LOCALE: Locale = 'zh';

/** The language for a browser that asks for neither Chinese nor English: the language most delegates negotiate in. */
export const FALLBACK_LOCALE: Locale = 'en';

/** localStorage key of the reader's choice. */
export const LOCALE_KEY = 'resodiff.lang';

/** The URL parameter that sets the language: `?lang=en`. */
export const LOCALE_PARAM = 'lang';

/** BCP 47 tag of each interface language, for `lang` attributes (the Chinese of UN texts is simplified). */
export const LOCALE_TAGS: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

/** Each language's name in itself, as the switch shows it. */
export const AUTONYMS: Record<Locale, string> = { zh: '中文', en: 'English' };

/** The address with its `?lang=` set to `locale`, when it has one; null when it has none (nothing to keep in step). */
export function withLocaleParam(href: string, locale: Locale): URL | null {
	const params = new URL(href).searchParams;
	if (!params.has(LOCALE_PARAM) || params.get(LOCALE_PARAM) === locale) return null;
	return setParams(href, { [LOCALE_PARAM]: locale });
}

/** True for a supported interface language. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Languages written right to left (ISO 639-1): among the UN's six, Arabic. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/**
 * The `lang` attribute for a document's text from its ISO 639-1 code (`meta.language`): `zh` becomes
 * `zh-Hans`, since UN Chinese is simplified and fonts differ by script; null when unknown.
 */
export function documentLangTag(code: string | null | undefined): string | null {
	if (!code) return null;
	const base = code.toLowerCase();
	if (base === 'zh') return 'zh-Hans';
	return /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(base) ? base : null;
}

/** The writing direction of a document's text: `rtl` for Arabic, else `ltr`. */
export function documentDirection(code: string | null | undefined): 'ltr' | 'rtl' {
	return code && RTL.has(code.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/** True for texts set without spaces between words and justified between characters: Chinese and Japanese. */
export function isCjk(code: string | null | undefined): boolean {
	const base = code?.toLowerCase().split('-')[0];
	return base === 'zh' || base === 'ja' || base === 'ko';
}
