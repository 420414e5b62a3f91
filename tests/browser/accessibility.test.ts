// axe-core on every page, light and dark, in the states a reader meets: the start page (also with an
// error shown), the showcase comparison side by side and as a redline with the export menu open, a
// series with a step open, and the phone width. The bar is zero serious or critical violations; a
// failure lists each rule with the elements it found and axe's own explanation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOWCASE, at, useBrowser, waitForRows } from './ui-support';

const session = useBrowser();

/** axe-core's browser build, injected into each page (it is a dev dependency, never shipped). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; summary: string }[];
}

/** Runs axe on the page as it stands; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Finding[]> {
	// Evaluated through the debugging protocol, so the page's Content-Security-Policy does not apply.
	await page.evaluate(AXE);
	const found = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
		const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
			violations: {
				id: string;
				impact: string | null;
				help: string;
				nodes: { target: string[]; failureSummary?: string }[];
			}[];
		};
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' }))
		}));
	});
	return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable account of violations, for the failure message. */
function describeFindings(findings: Finding[]): string {
	return findings
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes
					.slice(0, 8)
					.map((n) => `  ${n.target.join(' ')}: ${n.summary.replace(/\s+/g, ' ').slice(0, 240)}`)
					.join('\n')
		)
		.join('\n');
}

async function expectAccessible(page: Page): Promise<void> {
	const findings = await seriousViolations(page);
	expect(findings, describeFindings(findings)).toEqual([]);
}

describe.each(['light', 'dark'] as const)('axe, %s', { timeout: 120_000 }, (colorScheme) => {
	it('the start page', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at('/'));
		await page.locator('[data-action=compare]').waitFor();
		await expectAccessible(page);
		await page.context().close();
	});

	it('the start page with an error', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at('/'));
		await page.locator('[data-mode=paste]').click();
		await page.locator('[data-paste=old]').fill('大会，');
		await page.locator('[data-paste=new]').fill(' ');
		await page.locator('[data-paste=new]').fill('\u0000');
		await page.locator('[data-action=compare]').click();
		await page.locator('[data-error]').waitFor({ timeout: 60_000 });
		await expectAccessible(page);
		await page.context().close();
	});

	it('the showcase comparison, side by side', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		await expectAccessible(page);
		await page.context().close();
	});

	it('the showcase as a redline, with the export menu open', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		await page.locator('[data-layout=redline]').click();
		await page.locator('#export-button').click();
		await page.locator('[role=menu]').first().waitFor();
		await expectAccessible(page);
		await page.context().close();
	});

	it('a link to a document the corpus does not hold', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at('/compare?old=A/RES/99/1&new=A/RES/76/40'));
		await page.locator('[data-error]').waitFor({ timeout: 30_000 });
		await expectAccessible(page);
		await page.context().close();
	});

	it('a series, with a step open', async () => {
		const { page } = await session.open({ colorScheme });
		await page.goto(at('/series/multilateralism-disarmament'));
		const cell = page.locator('[data-grid] button[data-row]').nth(1);
		await cell.waitFor({ timeout: 60_000 });
		await cell.click();
		await expectAccessible(page);
		await page.context().close();
	});

	it('the showcase on a phone', async () => {
		const { page } = await session.open({ colorScheme, width: 390, height: 844 });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		await expectAccessible(page);
		await page.context().close();
	});
});
