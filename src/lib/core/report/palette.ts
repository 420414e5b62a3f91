/**
 * resodiff's colours: one scheme for the app and every report. Insertions are blue and deletions
 * vermilion (the Okabe–Ito hues, told apart by readers of any colour vision), routine changes the same
 * hues made quieter, and each row status its own ink. Colour never carries a meaning alone: insertions
 * are underlined and deletions struck through, so a black-and-white printout keeps them apart.
 *
 * The app's style sheet (src/lib/components/theme.css) holds the same values as CSS custom properties
 * of the same names; a test holds the two equal. The colour of each row status is one rule of this
 * module's (statusCss), which the vite plugin scripts/vite-plugin-palette.js writes into theme.css and
 * every HTML report carries in its style sheet. Every ink is at least 4.5:1 (WCAG AA) on every
 * surface it is drawn on, which axe checks in the browser tests. Light is the scheme of paper: a
 * printout and a PDF always use it; dark is for screens only.
 */

import { ROW_STATUSES, type RowStatus } from '../types';

/** A colour scheme: CSS custom property names (without `--`) → CSS colours. */
export type Palette = Readonly<Record<PaletteToken, string>>;

/** The tokens the reports use, named as in theme.css. */
export type PaletteToken =
	| 'surface'
	| 'surface-2'
	| 'ink'
	| 'ink-soft'
	| 'ink-faint'
	| 'rule'
	| 'rule-strong'
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
	| StatusToken
	| 'warn-bg'
	| 'warn-ink'
	| 'warn-rule';

/** A row status's ink: `st-modified`, `st-inserted`, … (split and merged share one hue). */
type StatusToken = `st-${RowStatus}`;

/** Light: the screen's default, and always the printed page. */
export const LIGHT: Palette = {
	surface: '#ffffff',
	'surface-2': '#f1eee7',
	ink: '#1d2126',
	'ink-soft': '#474f57',
	'ink-faint': '#5f666e',
	rule: '#e3dfd6',
	'rule-strong': '#cfc9bd',
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
	'warn-rule': '#e8c766'
};

/** Dark: screens whose reader asked for it (prefers-color-scheme). */
export const DARK: Palette = {
	surface: '#1b1e22',
	'surface-2': '#22262b',
	ink: '#e4e2dd',
	'ink-soft': '#b4bac0',
	'ink-faint': '#959ca3',
	rule: '#2c3137',
	'rule-strong': '#3b4249',
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
	'warn-rule': '#6d5a1f'
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
 * The palette as a style sheet's first rules: light on `:root`, dark for screens that prefer it, then
 * the row statuses' colours (statusCss). A report's own rules then use `var(--ins-ink)`,
 * `var(--change-colour)` and the rest, as the app's components do.
 */
export function paletteCss(): string {
	return (
		`:root { color-scheme: light dark; ${declarations(LIGHT)} }\n` +
		`@media screen and (prefers-color-scheme: dark) { :root { ${declarations(DARK)} } }\n` +
		statusCss()
	);
}
