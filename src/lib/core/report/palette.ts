/**
 * resodiff's colours: one scheme for the app and every report. Insertions are blue and deletions
 * vermilion (the Okabe–Ito hues, told apart by readers of any colour vision), routine changes the same
 * hues made quieter, and each row status its own ink. Colour never carries a meaning alone: insertions
 * are underlined and deletions struck through, so a black-and-white printout keeps them apart.
 *
 * This module is the one place the colours are written. The reports read it as data (paletteCss for
 * the HTML and PDF reports, LIGHT for the Word report, TERMINAL for the text report); the app's style
 * sheet, src/lib/components/theme.css, gets paletteCss written into it at build by the Vite plugin
 * scripts/vite-plugin-palette.js, so the app and the reports cannot drift apart. Every ink is at least
 * 4.5:1 (WCAG AA) on every surface it is drawn on, which the tests check here and axe in the browser.
 * Light is the scheme of paper: a printout and a PDF always use it; dark is for screens only.
 */
import { ROW_STATUSES, type RowStatus } from '../types';

/** A colour scheme: CSS custom property names (without `--`) → CSS values. */
export type Palette = Readonly<Record<PaletteToken, string>>;

/** The colour tokens, named as the CSS custom properties of the app and the reports. */
export type PaletteToken =
	// The page behind the panels.
	| 'bg'
	// Panels, rows and report pages; surface-2 a quieter one (hover, disabled, table stripes).
	| 'surface'
	| 'surface-2'
	// Inks for text, in three strengths; each at least 4.5:1 (WCAG AA) on bg, surface and surface-2.
	| 'ink'
	| 'ink-soft'
	| 'ink-faint'
	// Rules between rows and around controls.
	| 'rule'
	| 'rule-strong'
	// Links, pressed controls, the focus ring.
	| 'accent'
	| 'accent-soft'
	| 'focus'
	// Insertions blue and underlined, deletions vermilion and struck through (Okabe–Ito hues): ink, tint, line.
	// Routine changes: the same hues, quieter (a softer ink, a paler tint), still readable.
	| 'ins-ink'
	| 'ins-bg'
	| 'ins-line'
	| 'del-ink'
	| 'del-bg'
	| 'del-line'
	| 'ins-routine-ink'
	| 'ins-routine-bg'
	| 'del-routine-ink'
	| 'del-routine-bg'
	// Each row status's ink, also drawn as text (badges, labels): at least 4.5:1 on every surface.
	| StatusToken
	// A warning and an error: tint, ink and rule.
	| 'warn-bg'
	| 'warn-ink'
	| 'warn-rule'
	| 'error-bg'
	| 'error-ink'
	| 'error-rule'
	// The panels' shadow (a box-shadow value).
	| 'shadow';

/** A row status's ink: `st-modified`, `st-inserted`, … (split and merged share one hue). */
type StatusToken = `st-${RowStatus}`;

/** Light: the screen's default, and always the printed page. */
export const LIGHT: Palette = {
	bg: '#f7f5f0',
	surface: '#ffffff',
	'surface-2': '#f1eee7',
	ink: '#1d2126',
	'ink-soft': '#474f57',
	'ink-faint': '#5f666e',
	rule: '#e3dfd6',
	'rule-strong': '#cfc9bd',
	accent: '#1a5a96',
	'accent-soft': '#e3edf7',
	focus: '#1a5a96',
	'ins-ink': '#0b4f8a',
	'ins-bg': 'rgba(0, 114, 178, 0.11)',
	'ins-line': '#0072b2',
	'del-ink': '#8f3300',
	'del-bg': 'rgba(213, 94, 0, 0.13)',
	'del-line': '#d55e00',
	'ins-routine-ink': '#3f6280',
	'ins-routine-bg': 'rgba(0, 114, 178, 0.06)',
	'del-routine-ink': '#75513a',
	'del-routine-bg': 'rgba(213, 94, 0, 0.07)',
	'st-modified': '#8a5c00',
	'st-inserted': '#0068a3',
	'st-deleted': '#aa4800',
	'st-moved': '#9a4378',
	'st-split': '#00785a',
	'st-merged': '#00785a',
	'st-unchanged': '#646c74',
	'warn-bg': '#fff5d6',
	'warn-ink': '#5c4200',
	'warn-rule': '#e8c766',
	'error-bg': '#fdecea',
	'error-ink': '#8a1c12',
	'error-rule': '#e9a39b',
	shadow: '0 1px 2px rgba(20, 20, 10, 0.05), 0 2px 8px rgba(20, 20, 10, 0.04)'
};

/** Dark: screens whose reader asked for it (prefers-color-scheme). */
export const DARK: Palette = {
	bg: '#141619',
	surface: '#1b1e22',
	'surface-2': '#22262b',
	ink: '#e4e2dd',
	'ink-soft': '#b4bac0',
	'ink-faint': '#959ca3',
	rule: '#2c3137',
	'rule-strong': '#3b4249',
	accent: '#7db7ee',
	'accent-soft': '#1d2d3d',
	focus: '#8cc2f5',
	'ins-ink': '#a9d3ff',
	'ins-bg': 'rgba(86, 180, 233, 0.2)',
	'ins-line': '#56b4e9',
	'del-ink': '#ffc29a',
	'del-bg': 'rgba(230, 120, 40, 0.22)',
	'del-line': '#f08a3c',
	'ins-routine-ink': '#8ea6bf',
	'ins-routine-bg': 'rgba(86, 180, 233, 0.1)',
	'del-routine-ink': '#bc9e88',
	'del-routine-bg': 'rgba(230, 120, 40, 0.1)',
	'st-modified': '#e0b341',
	'st-inserted': '#56b4e9',
	'st-deleted': '#f08a3c',
	'st-moved': '#d88bbb',
	'st-split': '#3fc49a',
	'st-merged': '#3fc49a',
	'st-unchanged': '#90989f',
	'warn-bg': '#2e2714',
	'warn-ink': '#f3dc9b',
	'warn-rule': '#6d5a1f',
	'error-bg': '#351c1a',
	'error-ink': '#ffc0b8',
	'error-rule': '#7a3a33',
	shadow: '0 1px 2px rgba(0, 0, 0, 0.4)'
};

/**
 * The same hues for a terminal, as SGR parameters of its 256-colour palette (xterm's cube), chosen to
 * read on a dark and on a light background alike: blue 32 (#0087d7), vermilion 166 (#d75f00), amber
 * 136 (#af8700), and quieter tones of blue and vermilion for routine changes.
 */
export const TERMINAL = {
	ins: '38;5;32',
	del: '38;5;166',
	insRoutine: '38;5;67',
	delRoutine: '38;5;137',
	modified: '38;5;136',
	moved: '38;5;132',
	split: '38;5;30',
	warning: '38;5;136',
	heading: '1',
	dim: '2'
} as const;

/** The custom properties of a palette as CSS declarations: `--ins-ink: #0b4f8a; …`. */
function declarations(palette: Palette): string {
	return Object.entries(palette)
		.map(([name, value]) => `--${name}: ${value};`)
		.join(' ');
}

/**
 * The colour of a row status, keyed by the `data-status` attribute (and `data-routine`) of whatever
 * element stands for a row: a row, a change list entry, a mark beside the scroll bar, a count, a report's
 * table row. Each such element gets `--status-colour`, its status's ink, and `--change-colour`, the same
 * ink but grey for a routine change (a date or a symbol updated), which reads as quiet as no change.
 */
export function statusCss(): string {
	const inks = ROW_STATUSES.map((status) => `[data-status='${status}'] { --status-colour: var(--st-${status}); }`);
	return (
		inks.join('\n') +
		`\n[data-status] { --change-colour: var(--status-colour); }` +
		`\n[data-status][data-routine='true'] { --change-colour: var(--st-unchanged); }\n`
	);
}

/**
 * The tones of a series grid's cells (the app's grid, its legend and step panel, the series report): a
 * status; a change that is only routine; a cell of the first version, which has nothing to be compared
 * with; the version where a paragraph ended (dropped or merged into another); a version without it.
 */
export type SeriesTone = Exclude<RowStatus, 'deleted'> | 'routine' | 'first' | 'ended' | 'absent';

/** A tone's colours: the cell's background and ink, and the ink of its name written as text (a heading). */
interface ToneColours {
	bg?: string;
	ink: string;
	word?: string;
}

/** A status's tint: its ink mixed into the surface for the cell, and into the ink for the cell's text. */
function tint(status: RowStatus, bg: number, ink: number): ToneColours {
	return {
		bg: `color-mix(in srgb, var(--st-${status}) ${bg}%, var(--surface))`,
		ink: `color-mix(in srgb, var(--st-${status}) ${ink}%, var(--ink))`,
		word: `var(--st-${status})`
	};
}

/** Diagonal stripes, `a` and `b` in turn, so wide (a routine change, a version without the paragraph). */
function stripes(a: string, aWidth: number, b: string, bWidth: number): string {
	return `repeating-linear-gradient(-45deg, ${a} 0 ${aWidth}px, ${b} ${aWidth}px ${aWidth + bWidth}px)`;
}

/** The colours of each tone: a change is tinted in its status's ink, routine and absent cells striped. */
const TONES: Record<SeriesTone, ToneColours> = {
	first: { ink: 'var(--ink-faint)' },
	unchanged: { ink: 'var(--st-unchanged)' },
	modified: tint('modified', 20, 70),
	routine: {
		bg: stripes('color-mix(in srgb, var(--st-unchanged) 22%, var(--surface))', 5, 'var(--surface)', 3),
		ink: 'var(--ink-soft)'
	},
	inserted: tint('inserted', 20, 70),
	moved: tint('moved', 20, 70),
	split: tint('split', 20, 70),
	merged: tint('split', 20, 70),
	ended: tint('deleted', 14, 75),
	absent: {
		bg: stripes('transparent', 6, 'color-mix(in srgb, var(--rule) 70%, transparent)', 1),
		ink: 'var(--ink-faint)'
	}
};

/**
 * The series tones as rules on `.tone-<tone>`: `--cell-bg` and `--cell-ink` for a cell or a swatch,
 * `--tone-ink` for the tone's name written as text (none for the quiet tones, whose names take the
 * surrounding ink).
 */
export function toneCss(): string {
	return Object.entries(TONES)
		.map(([tone, { bg, ink, word }]) => {
			const body = [bg && `--cell-bg: ${bg};`, `--cell-ink: ${ink};`, word && `--tone-ink: ${word};`];
			return `.tone-${tone} { ${body.filter(Boolean).join(' ')} }`;
		})
		.join('\n');
}

/**
 * The palette as a style sheet's first rules: light on `:root`, dark for screens that prefer it, then
 * the row statuses' colours (statusCss) and the series tones' (toneCss). A report's own rules then use `var(--ins-ink)`,
 * `var(--change-colour)` and the rest, as the app's components do.
 */
export function paletteCss(): string {
	return (
		`:root { color-scheme: light dark; ${declarations(LIGHT)} }\n` +
		`@media screen and (prefers-color-scheme: dark) { :root { ${declarations(DARK)} } }\n` +
		statusCss() +
		toneCss() +
		'\n'
	);
}
