/**
 * Renders the showcase comparison at build time into the compare page's HTML (see src/lib/snapshot.ts).
 * The comparison is the one the page computes, by the same code from the same corpus texts, rendered by
 * the same component in each interface language; the reader's language shows (the page's stylesheet).
 */
import { render } from 'svelte/server';
import CompareView from '$lib/components/compare/CompareView.svelte';
import { SHOWCASE, loadCorpusText } from '$lib/corpus';
import { LOCALES, LOCALE_PARAM, ui } from '$lib/i18n';
import { CHANGE_LIST_KEY } from '$lib/state/view-settings';
import { SNAPSHOT_ATTRIBUTE, SNAPSHOT_SLOT } from '$lib/snapshot';
import { compareSides } from '$lib/workers/compare-core';

/**
 * The head script that shows the snapshot: only for the showcase pair with no view parameters (a `lang`
 * is fine), and not for a reader who closed the change list (the snapshot has it open on a wide screen).
 */
export const SNAPSHOT_BOOT = `<script>(function (d, l) {
	try {
		var p = new URLSearchParams(l.search), ok = p.get('old') === ${JSON.stringify(SHOWCASE.old)} && p.get('new') === ${JSON.stringify(SHOWCASE.new)};
		p.forEach(function (v, k) { if (k !== 'old' && k !== 'new' && k !== ${JSON.stringify(LOCALE_PARAM)}) ok = false; });
		if (ok && localStorage.getItem(${JSON.stringify(CHANGE_LIST_KEY)}) !== 'closed') d.documentElement.setAttribute(${JSON.stringify(SNAPSHOT_ATTRIBUTE)}, '');
	} catch (e) {}
})(document, location);</script>`;

let rendered: Promise<string> | null = null;

/** The snapshot's markup: the showcase's view in each interface language, each in its own element. */
function renderSnapshot(): Promise<string> {
	rendered ??= (async () => {
		const [oldText, newText] = await Promise.all([loadCorpusText(SHOWCASE.old), loadCorpusText(SHOWCASE.new)]);
		const encode = (text: string) => new TextEncoder().encode(text);
		const started = performance.now();
		const comparison = await compareSides({
			old: { bytes: encode(oldText.text), name: oldText.document.file },
			new: { bytes: encode(newText.text), name: newText.document.file }
		});
		// The time is the build's, kept out of sight (the page's stylesheet): it holds the status line's place
		// for the page's own, so that nothing moves when the page's view replaces the snapshot.
		const ms = performance.now() - started;
		const names = { old: oldText.document.symbol, new: newText.document.symbol };
		const { locale, everyLanguage } = ui;
		try {
			ui.everyLanguage = false;
			return LOCALES.map((l) => {
				ui.locale = l;
				const { body } = render(CompareView, { props: { comparison, names, ms, listAtStart: true } });
				return `<div data-snapshot-locale="${l}">${body}</div>`;
			}).join('');
		} finally {
			ui.locale = locale;
			ui.everyLanguage = everyLanguage;
		}
	})();
	return rendered;
}

/** The compare page's HTML with the snapshot in its slot and the script that decides whether it shows. */
export async function withShowcaseSnapshot(html: string): Promise<string> {
	if (!html.includes(SNAPSHOT_SLOT)) return html;
	const snapshot = await renderSnapshot();
	return html.replace('</head>', `${SNAPSHOT_BOOT}\n\t</head>`).replace(SNAPSHOT_SLOT, () => snapshot);
}
