/**
 * Every page is prerendered at build time, in both interface languages (src/lib/i18n/boot.ts), so that
 * it paints before its scripts run, from any static host. Nothing a page renders on the server depends on
 * a document: a document the user opens is only ever read in the browser, after the page has loaded.
 */
export const prerender = true;
