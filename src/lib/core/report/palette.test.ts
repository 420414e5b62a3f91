import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MARKER, palette, writePalette } from '../../../../scripts/vite-plugin-palette.js';
import { ROW_STATUSES } from '../types';
import { traceSeries } from '../series';
import { sampleComparison } from '../../testing/report-fixtures';
import { renderHtml } from './html';
import { CELL_GLYPHS } from '../../components/series/grid';
import { DARK, LIGHT, paletteCss, statusCss, toneCss, type Palette, type PaletteToken } from './palette';
import { renderSeriesHtml } from './series';

const theme = readFileSync(new URL('../../components/theme.css', import.meta.url), 'utf8');

/** The custom properties declared in a block of CSS. */
function properties(block: string): Map<string, string> {
	return new Map([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** sRGB colour of `#rrggbb`, or of `rgba(r, g, b, a)` laid over `under`. */
function rgb(colour: string, under: [number, number, number] = [255, 255, 255]): [number, number, number] {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
	const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
	if (!rgba) throw new Error(`not a colour: ${colour}`);
	const a = Number(rgba[4]);
	return [1, 2, 3].map((k, i) => Number(rgba[k]) * a + under[i] * (1 - a)) as [number, number, number];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
	const luminance = (c: [number, number, number]) => {
		const [r, g, bl] = c.map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('one colour scheme for the app and the reports', () => {
	it('the light and the dark scheme name the same tokens', () => {
		expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
	});

	it('theme.css gets the palette from palette.ts, as Vite reads the file', () => {
		expect(theme).toContain(MARKER);
		const served = writePalette(theme, paletteCss());
		expect(served).toContain(paletteCss());
		expect(served).not.toContain(MARKER);
	});

	it('theme.css declares no colour of its own, so none can drift from the reports’', () => {
		// Only the printed page sets its surfaces to white paper.
		const code = theme.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media print \{[\s\S]*?\n\}/, '');
		const declared = properties(code);
		for (const token of Object.keys(LIGHT)) expect(declared.has(token), `--${token} in theme.css`).toBe(false);
		expect(code.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi) ?? []).toEqual([]);
	});

	it('the Vite plugin writes them in as it reads theme.css, and watches palette.ts', async () => {
		const plugin = palette();
		const watched: string[] = [];
		const context = { addWatchFile: (file: string) => watched.push(file) };
		const transform = plugin.transform as unknown as (
			this: typeof context,
			code: string,
			id: string
		) => Promise<{ code: string } | null>;
		const path = fileURLToPath(new URL('../../components/theme.css', import.meta.url));
		expect((await transform.call(context, theme, path))?.code).toBe(writePalette(theme, paletteCss()));
		expect(watched).toContain(fileURLToPath(new URL('./palette.ts', import.meta.url)));
		expect(await transform.call(context, 'a { color: red }', '/src/lib/components/other.css')).toBeNull();
	});

	it('a theme.css without its one place for the colours stops the build', () => {
		expect(() => writePalette(theme.replace(MARKER, ''), paletteCss())).toThrow(/must hold the line/);
		expect(() => writePalette(theme + MARKER, paletteCss())).toThrow(/must hold the line/);
	});

	it('the reports’ style sheet declares every token, dark for screens only', () => {
		const css = paletteCss();
		for (const [token, value] of Object.entries(LIGHT)) expect(css).toContain(`--${token}: ${value};`);
		expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\)/);
		expect(css).not.toMatch(/@media print/);
	});
});

describe('one rule colours a row by its status', () => {
	/** The custom properties statusCss gives an element with these attributes, in the order the rules come. */
	function colours(status: string, routine: boolean): Map<string, string> {
		const set = new Map<string, string>();
		for (const [, selector, body] of statusCss().matchAll(/^(.+?) \{ (.+) \}$/gm)) {
			const applies = selector
				.split(/(?=\[)/)
				.every(
					(part) =>
						part === '[data-status]' ||
						part === `[data-status='${status}']` ||
						(routine && part === "[data-routine='true']")
				);
			if (applies) for (const [name, value] of properties(body)) set.set(name, value);
		}
		return set;
	}

	it.each(ROW_STATUSES.map((s) => [s]))('%s: its own ink, grey when routine', (status) => {
		expect(colours(status, false).get('status-colour')).toBe(`var(--st-${status})`);
		expect(colours(status, false).get('change-colour')).toBe('var(--status-colour)');
		expect(colours(status, true).get('status-colour')).toBe(`var(--st-${status})`);
		expect(colours(status, true).get('change-colour')).toBe('var(--st-unchanged)');
	});

	it('the app and the reports carry it with the palette', () => {
		expect(paletteCss()).toContain(statusCss());
	});

	it('no component colours rows by status on its own', () => {
		const components = new URL('../../components/', import.meta.url);
		const svelte = readdirSync(components, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
		expect(svelte.length).toBeGreaterThan(10);
		for (const file of svelte) {
			const text = readFileSync(new URL(file, components), 'utf8');
			const style = text.includes('<style') ? text.slice(text.indexOf('<style')) : '';
			expect(style, file).not.toMatch(/--(status|change)-colour\s*:/);
			for (const [, selector, body] of style.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
				if (selector.includes('[data-status=')) expect(body, `${file}: ${selector.trim()}`).not.toMatch(/--st-/);
			}
		}
	});
});

describe('one rule colours a series cell by its tone', () => {
	it('every tone the grid draws has its colours in the palette, which the app and the series report carry', () => {
		for (const tone of Object.keys(CELL_GLYPHS))
			expect(toneCss()).toMatch(new RegExp(`^\\.tone-${tone} \\{ .*--cell-ink: `, 'm'));
		expect(paletteCss()).toContain(toneCss());
	});

	it('neither theme.css, nor the series components, nor the series report colour a tone on their own', () => {
		const series = new URL('../../components/series/', import.meta.url);
		const sheets = [
			['theme.css', theme],
			...['StepPanel.svelte', 'SeriesGrid.svelte'].map((f) => [f, readFileSync(new URL(f, series), 'utf8')]),
			[
				'the series report',
				renderSeriesHtml(traceSeries([sampleComparison().old, sampleComparison().new])).replace(paletteCss(), '')
			]
		];
		for (const [name, text] of sheets) {
			const code = text.replace(/\/\*[\s\S]*?\*\//g, '');
			expect(code, name).not.toMatch(/\.tone-[a-z]+[^{}]*\{/);
			expect(code, name).not.toMatch(/--(cell-bg|cell-ink|tone-ink)\s*:/);
		}
	});
});

describe('the reports draw changes in the app’s colours', () => {
	const cmp = sampleComparison();
	it.each([
		['the HTML report (and the PDF printed from it)', () => renderHtml(cmp)],
		['the series HTML report', () => renderSeriesHtml(traceSeries([cmp.old, cmp.new]))]
	])('%s', (_label, render) => {
		const html = render();
		expect(html).toContain(paletteCss());
		// The red and green the exports used to draw changes in, while the app drew blue and vermilion.
		for (const old of ['#fde4e1', '#8a1c0f', '#dcf3dc', '#0c5a1d', '#2f8f46', '#c2410c', '#d93025']) {
			expect(html).not.toContain(old);
		}
		// Every colour of the style sheet comes from the palette.
		const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>')).replace(paletteCss(), '');
		expect(style.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi) ?? []).toEqual([]);
	});
});

describe('every ink reads on every surface (WCAG AA, 4.5:1)', () => {
	const inks: PaletteToken[] = [
		'ink',
		'ink-soft',
		'ink-faint',
		'st-modified',
		'st-inserted',
		'st-deleted',
		'st-moved',
		'st-split',
		'st-merged',
		'st-unchanged',
		'warn-ink',
		'error-ink'
	];
	const marks: [ink: PaletteToken, tint: PaletteToken][] = [
		['ins-ink', 'ins-bg'],
		['del-ink', 'del-bg'],
		['ins-routine-ink', 'ins-routine-bg'],
		['del-routine-ink', 'del-routine-bg']
	];
	it.each([
		['light', LIGHT],
		['dark', DARK]
	] as [string, Palette][])('%s', (_label, palette) => {
		for (const surface of ['bg', 'surface', 'surface-2'] as const) {
			const ground = rgb(palette[surface]);
			for (const ink of inks) {
				const tint = ink === 'warn-ink' ? 'warn-bg' : ink === 'error-ink' ? 'error-bg' : null;
				const on = tint ? rgb(palette[tint]) : ground;
				expect(contrast(rgb(palette[ink]), on), `${ink} on ${surface}`).toBeGreaterThanOrEqual(4.5);
			}
			for (const [ink, tint] of marks) {
				const ratio = contrast(rgb(palette[ink]), rgb(palette[tint], ground));
				expect(ratio, `${ink} on ${tint} over ${surface}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});
});
