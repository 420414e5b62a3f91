/**
 * The showcase comparison as it was rendered at build time, in the compare page's prerendered HTML: a
 * first visit to the showcase shows its rows with the page's first paint, before any script has run.
 * The page holds a slot for it (SNAPSHOT_SLOT, filled at build time by src/lib/server/showcase-snapshot.ts);
 * a script in the page's head marks the root element with SNAPSHOT_ATTRIBUTE when the address asks for
 * the showcase in its default view, and only then is the snapshot shown. The page compares the two texts
 * as it does any pair, and its own view replaces the snapshot in one step.
 */

/** Where the snapshot goes in the compare page's HTML. */
export const SNAPSHOT_SLOT = '<!--resodiff:showcase-->';

/** Set on the root element while the snapshot is the view on screen. */
export const SNAPSHOT_ATTRIBUTE = 'data-snapshot';
