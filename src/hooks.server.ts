import type { Handle } from '@sveltejs/kit';
import { BOOT_ELEMENT } from '$lib/i18n/boot';
import { withShowcaseSnapshot } from '$lib/server/showcase-snapshot';
import { startAfterPaint } from '$lib/server/start-after-paint';

/**
 * Runs when pages are prerendered at build time (the app has no server of its own): puts the script that
 * picks the interface language before the first paint into every page's head (see src/lib/i18n/boot.ts),
 * the showcase comparison rendered at build time into the compare page (see src/lib/snapshot.ts), and
 * makes each prerendered page start its app after its first paint (see src/lib/server/start-after-paint.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%resodiff.boot%', BOOT_ELEMENT);
			// The fallback page (adapter-static's 200.html) has no route and nothing to paint before its app runs.
			if (event.route.id === null) return page;
			const started = startAfterPaint(page);
			return event.route.id === '/compare' ? withShowcaseSnapshot(started) : started;
		}
	});
