/**
 * The language a report speaks (its own words; the document text is never translated), and the few
 * typographic habits that differ by language: the colon, parentheses, list separators, the arrow and
 * bidirectional isolation for right-to-left locales.
 */

/** Language of the report's own words (the document text is never translated): the six official languages. */
export type ReportLocale = 'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar';

/** Every report locale, in the order the UN lists its official languages after Chinese and English. */
export const REPORT_LOCALES: readonly ReportLocale[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The locale used when a caller gives none and the documents name no language of the six. */
export const DEFAULT_LOCALE: ReportLocale = 'zh';

/** Whether a string is one of the report locales. */
export function isReportLocale(value: unknown): value is ReportLocale {
	return typeof value === 'string' && (REPORT_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a comparison's reports speak by default: the new document's language, else the old one's,
 * else {@link DEFAULT_LOCALE}. Rows stand in the new version's reading order, so its language leads.
 */
export function localeOfDocuments(
	...docs: ({ meta: { language?: string | null } } | null | undefined)[]
): ReportLocale {
	for (const doc of docs.slice().reverse()) if (isReportLocale(doc?.meta.language)) return doc.meta.language;
	return DEFAULT_LOCALE;
}

/** Whether a language (ISO 639-1) is written right to left. */
export function isRightToLeft(language: string | null | undefined): boolean {
	return language === 'ar' || language === 'he' || language === 'fa' || language === 'ur';
}

/** The colon after a caption: full-width in Chinese, after a no-break space in French. */
export function colonOf(locale: ReportLocale): string {
	return locale === 'zh' ? '：' : locale === 'fr' ? '\u00a0: ' : ': ';
}

/** A parenthetical remark: `（…）` in Chinese, ` (…)` in the other languages. */
export function parenthesize(text: string, locale: ReportLocale): string {
	return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/** A sentence that stands alone, with its first letter a capital where the language has them. */
export function capitalize(text: string, locale: ReportLocale): string {
	return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The separator of an enumeration: `、` in Chinese, `، ` in Arabic. */
export function listSeparatorOf(locale: ReportLocale): string {
	return locale === 'zh' ? '、' : locale === 'ar' ? '، ' : ', ';
}

/** The arrow from the old version to the new: `→`, and `←` in a right-to-left locale. */
export function arrowOf(locale: ReportLocale): string {
	return isRightToLeft(locale) ? '←' : '→';
}

/**
 * Text set apart from the bidirectional text around it, for formats with no markup: between U+2068 FIRST
 * STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE in a right-to-left locale, so that "A/RES/76/40" or
 * "2021-12-06" keeps its order inside an Arabic sentence; unchanged in the other locales.
 */
export function isolate(text: string, locale: ReportLocale): string {
	return isRightToLeft(locale) && text ? `\u2068${text}\u2069` : text;
}
