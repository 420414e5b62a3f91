/** The interface in Chinese and English: messages, the current language, and the facts about languages. */
export { MESSAGES, type Messages } from './messages';
export { ui } from './ui.svelte';
export {
	AUTONYMS,
	DEFAULT_LOCALE,
	LOCALES,
	LOCALE_PARAM,
	LOCALE_TAGS,
	documentDirection,
	documentLangTag,
	isLocale,
	withLocaleParam,
	type Locale
} from './locales';
export { default as ByLocale } from './ByLocale.svelte';
export { default as T } from './T.svelte';
export { default as Title } from './Title.svelte';
