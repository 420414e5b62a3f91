/**
 * The interface language is chosen before the first paint, by a few lines of script inlined into the
 * head of every page (src/hooks.server.ts puts them there, at build time, for the prerendered pages and
 * the fallback page alike). The pages are prerendered with every static string in both languages, each
 * in an element marked `data-i18n="zh"` or `data-i18n="en"`; theme.css shows only those of the language
 * named by `data-ui` on the root element. So the first paint is already in the reader's language, on a
 * plain static host, before the app's scripts have loaded; once they have, the app renders one language
 * only (T.svelte). A language in the path (`/en/…`) would have needed a second set of URLs and a server
 * that picks between them; a language decided after load would have flashed the other one first.
 *
 * The choice, first that applies: `?lang=zh|en` in the URL (also remembered), the reader's remembered
 * choice (localStorage), the first of the browser's languages that is Chinese or English, else English.
 */
import { FALLBACK_LOCALE, LOCALES, LOCALE_KEY, LOCALE_PARAM, LOCALE_TAGS } from './locales';

/**
 * The script's body. It takes `document`, `location`, `navigator` and `localStorage` as the browser has
 * them; a storage that throws (disabled, private mode) is as good as an empty one. It also sets the page
 * title from the prerendered `<meta name="resodiff:title" data-locale="…">` of the chosen language.
 */
export const BOOT_SCRIPT = `(function (d, l, n, s) {
	var ok = ${JSON.stringify(LOCALES)}, tags = ${JSON.stringify(LOCALE_TAGS)}, key = ${JSON.stringify(LOCALE_KEY)}, pick = null;
	try {
		var asked = new URLSearchParams(l.search).get(${JSON.stringify(LOCALE_PARAM)});
		if (ok.indexOf(asked) >= 0) { pick = asked; s().setItem(key, asked); }
		else { var kept = s().getItem(key); if (ok.indexOf(kept) >= 0) pick = kept; }
	} catch (e) {}
	var langs = (n.languages && n.languages.length ? n.languages : [n.language || '']);
	for (var i = 0; i < langs.length && !pick; i++) {
		var base = String(langs[i]).toLowerCase().split('-')[0];
		if (ok.indexOf(base) >= 0) pick = base;
	}
	pick = pick || ${JSON.stringify(FALLBACK_LOCALE)};
	var root = d.documentElement;
	root.setAttribute('data-ui', pick);
	root.setAttribute('lang', tags[pick]);
	var title = d.querySelector('meta[name="resodiff:title"][data-locale="' + pick + '"]');
	if (title) d.title = title.getAttribute('content');
})(document, location, navigator, function () { return localStorage; });`;

/** The script element for the page's head. */
export const BOOT_ELEMENT = `<script>${BOOT_SCRIPT}</script>`;
