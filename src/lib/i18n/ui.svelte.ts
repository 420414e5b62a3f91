/**
 * The interface language of this tab, reactive. It starts from what the boot script decided before the
 * first paint (`data-ui` on the root element; see boot.ts), so hydration continues in the language the
 * reader already sees. Switching remembers the choice and keeps a `?lang=` in the address in step.
 */
import { MESSAGES, type Messages } from './messages';
import { DEFAULT_LOCALE, LOCALE_KEY, LOCALE_TAGS, isLocale, type Locale } from './locales';

/** The language the boot script chose for this page, or the default where there is no page (prerendering, tests). */
function startingLocale(): Locale {
	if (typeof document === 'undefined') return DEFAULT_LOCALE;
	const chosen = document.documentElement.getAttribute('data-ui');
	return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

class InterfaceLanguage {
	/** The language the interface speaks. */
	locale = $state<Locale>(startingLocale());
	/**
	 * True while the page is rendered for prerendering, and on the client until the prerendered page has
	 * been taken over: static strings are then rendered in every language (T.svelte), for the stylesheet
	 * to show the reader's. After that, one language only.
	 */
	everyLanguage = $state(true);

	/** The messages of the current language. */
	get t(): Messages {
		return MESSAGES[this.locale];
	}

	/** The `lang` attribute value of the current language. */
	get tag(): string {
		return LOCALE_TAGS[this.locale];
	}

	/** Called once the app has taken over the page: from now on, one language at a time. */
	settle(): void {
		this.everyLanguage = false;
	}

	/**
	 * Switches the interface language: the page re-renders in it, the root element says so (fonts and
	 * the prerendered strings follow), the choice is remembered, and a `?lang=` in the address follows.
	 */
	set(locale: Locale, options: { remember?: boolean } = {}): void {
		this.locale = locale;
		if (typeof document === 'undefined') return;
		const root = document.documentElement;
		root.setAttribute('data-ui', locale);
		root.setAttribute('lang', LOCALE_TAGS[locale]);
		if (options.remember ?? true) {
			try {
				localStorage.setItem(LOCALE_KEY, locale);
			} catch {
				// Storage disabled: the choice lasts for this page.
			}
		}
	}
}

/** The app's one interface language. */
export const ui = new InterfaceLanguage();
