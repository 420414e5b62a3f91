/**
 * Every report format on the showcase pair, 67/38 → 76/40, read and compared for real. Expectations come
 * from the comparison itself and from what the seeds README says of the pair, never from a stored output.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../compare';
import { loadSeed } from '../../testing/seeds';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderTextReport } from './index';
import { prepareReport } from './model';

const cmp = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
const model = prepareReport(cmp);
const changed = model.rows.filter((row) => row.status !== 'unchanged');

describe('67/38 → 76/40: text', () => {
	const text = renderTextReport(cmp);
	it('names both resolutions and their dates', () => {
		expect(text.split('\n')[0]).toBe('A/RES/67/38 → A/RES/76/40');
		expect(text).toContain('2012-12-03');
		expect(text).toContain('2021-12-06');
		expect(text).toContain(model.summary);
	});
	it('prints each changed row once, and lists every unchanged one', () => {
		for (const row of changed) expect(text.split(`── ${row.label} · ${row.statusName} ──`)).toHaveLength(2);
		const unchanged = model.rows.filter((row) => row.status === 'unchanged');
		expect(text).toContain(`未改动的段落（${unchanged.length}）：${unchanged.map((r) => r.label).join('、')}`);
	});
	it('shows the rewordings the seeds README names', () => {
		expect(text).toContain('强调{+指出+}');
		expect(text).toContain('{+严重+}关切');
		expect(text).toContain('[-呼吁-]{+促请+}');
	});
	it('says which changes are routine', () => {
		const routine = changed.filter((row) => row.routine);
		expect(routine.length).toBeGreaterThan(0);
		for (const row of routine) expect(text).toContain(`── ${row.label} · 修改（例行） ──`);
	});
});

describe('67/38 → 76/40: other formats', () => {
	it('HTML has a row per aligned row and the new footnotes', () => {
		const html = renderHtml(cmp);
		expect(html.match(/<tr id="row-\d+"/g)).toHaveLength(model.rows.length);
		for (const note of cmp.new.footnotes) expect(html).toContain(note.text);
		expect(html).not.toContain('<script');
	});
	it('Markdown has a section per changed row', () => {
		const md = renderMarkdown(cmp);
		expect(md.match(/^## /gm)).toHaveLength(changed.length + 2);
	});
	it('CSV has a record per aligned row', () => {
		const csv = renderCsv(cmp);
		// Paragraph texts here hold no line break, so each record is one line.
		expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(model.rows.length + 1);
	});
	it('JSON is the comparison', () => {
		expect(JSON.parse(renderJson(cmp))).toEqual(JSON.parse(JSON.stringify(cmp)));
	});
});
