import type { Handle } from '@sveltejs/kit';
import { BOOT_ELEMENT } from '$lib/i18n/boot';
import { withShowcaseSnapshot } from '$lib/server/showcase-snapshot';

/**
 * Runs when pages are prerendered at build time (the app has no server of its own): puts the script that
 * picks the interface language before the first paint into every page's head (see src/lib/i18n/boot.ts),
 * and the showcase comparison rendered at build time into the compare page (see src/lib/snapshot.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%resodiff.boot%', BOOT_ELEMENT);
			return event.route.id === '/compare' ? withShowcaseSnapshot(page) : page;
		}
	});
