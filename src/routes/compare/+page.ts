/**
 * The compare page's frame is prerendered, so that it paints before any script runs; what to compare
 * is read from the address on the page itself (a prerendered page has no query string), and every
 * document is read and compared in the browser.
 */
export const prerender = true;
