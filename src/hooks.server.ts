import type { Handle } from '@sveltejs/kit';
import { BOOT_ELEMENT } from '$lib/i18n/boot';

/**
 * Runs when pages are prerendered at build time (the app has no server of its own): puts the script that
 * picks the interface language before the first paint into every page's head (see src/lib/i18n/boot.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%resodiff.boot%', BOOT_ELEMENT) });
