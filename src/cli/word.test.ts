import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run, type Outcome } from './run';
import type { Comparison, ResolutionDocument } from '../lib/core/index';

const env = { stdoutIsTerminal: false, noColor: true };
const fixture = (name: string) => fileURLToPath(new URL(`../../tests/fixtures/docx/${name}`, import.meta.url));
const json = <T>(o: Outcome): T =>
	JSON.parse(typeof o.stdout === 'string' ? o.stdout : new TextDecoder().decode(o.stdout));
const DRAFT = fixture('A-RES-76-40.zh.draft-77.docx');

describe('Word files on the command line', () => {
	it('parse reads a .docx as its tracked changes accepted, and as original with --revisions original', async () => {
		const accepted = json<ResolutionDocument>(await run(['parse', DRAFT, '--format', 'json'], env));
		const original = json<ResolutionDocument>(
			await run(['parse', DRAFT, '--format', 'json', '--revisions', 'original'], env)
		);
		expect(accepted.meta.revisions).toBe('accepted');
		expect(original.meta.revisions).toBe('original');
		expect(accepted.paragraphs.filter((p) => p.kind === 'operative')).toHaveLength(10);
		expect(original.paragraphs.filter((p) => p.kind === 'operative')).toHaveLength(9);
	});

	it('parse reads a Word 97–2003 .doc as the .docx it was saved from', async () => {
		const fromDoc = json<ResolutionDocument>(await run(['parse', fixture('legacy.doc'), '--format', 'json'], env));
		const fromDocx = json<ResolutionDocument>(
			await run(['parse', fixture('A-RES-80-13.en.draft-82.base.docx'), '--format', 'json'], env)
		);
		expect(fromDoc.meta.symbol).toBe('A/RES/80/13');
		expect(fromDoc.paragraphs).toEqual(fromDocx.paragraphs);
		expect(fromDoc.footnotes).toEqual(fromDocx.footnotes);
	});

	it('compare DRAFT.doc gives the rows compare DRAFT.docx gives', async () => {
		const doc = fileURLToPath(new URL('../../tests/fixtures/doc/A-RES-76-40.zh.draft-77.doc', import.meta.url));
		const fromDoc = json<Comparison>(await run(['compare', doc, '--format', 'json'], env));
		const fromDocx = json<Comparison>(await run(['compare', DRAFT, '--format', 'json'], env));
		expect(fromDoc.rows).toEqual(fromDocx.rows);
		expect(fromDoc.stats).toMatchObject({ modified: 6, inserted: 3, deleted: 1, moved: 1 });
	});

	it('compare DRAFT.docx compares its original text with its tracked changes', async () => {
		const outcome = await run(['compare', DRAFT, '--format', 'json'], env);
		expect(outcome.code).toBe(0);
		const cmp = json<Comparison>(outcome);
		expect(cmp.old.meta.revisions).toBe('original');
		expect(cmp.new.meta.revisions).toBe('accepted');
		expect(cmp.stats).toMatchObject({ modified: 6, inserted: 3, deleted: 1, moved: 1 });
	});

	// The rows a reader sees, in the report's words: exactly the draft's tracked changes, the moved paragraph
	// and the routine session updates included, in Chinese (the draft's language) and in English.
	it.each([
		[
			'zh',
			[
				'── 序言 2 · 修改（例行） ──',
				'── 原序言 8 · 删除 ──',
				'── 序言 9（原序言 6） · 移动 ──',
				'── 序言 11（原序言 12） · 修改 ──',
				'── 执行 4 · 修改 ──',
				'── 执行 6 · 新增 ──',
				'── 执行 6 (a) · 新增 ──',
				'── 执行 6 (b) · 新增 ──',
				'── 执行 8（原执行 7） · 修改（例行） ──',
				'── 执行 9（原执行 8） · 修改（例行） ──',
				'── 执行 10（原执行 9） · 修改（例行） ──'
			]
		],
		[
			'en',
			[
				'── PP 2 · modified (routine) ──',
				'── old PP 8 · deleted ──',
				'── PP 9 (was PP 6) · moved ──',
				'── PP 11 (was PP 12) · modified ──',
				'── OP 4 · modified ──',
				'── OP 6 · inserted ──',
				'── OP 6 (a) · inserted ──',
				'── OP 6 (b) · inserted ──',
				'── OP 8 (was OP 7) · modified (routine) ──',
				'── OP 9 (was OP 8) · modified (routine) ──',
				'── OP 10 (was OP 9) · modified (routine) ──'
			]
		]
	])('compare DRAFT.docx --lang %s: the tracked changes as aligned rows', async (lang, headings) => {
		const outcome = await run(['compare', DRAFT, '--format', 'text', '--lang', lang], env);
		expect(outcome.code).toBe(0);
		const text = outcome.stdout as string;
		// The two sides are the draft's two versions, named apart.
		expect(text.split('\n')[0]).toBe(
			lang === 'zh'
				? 'A/C.1/77/L.5（修订前） → A/C.1/77/L.5（修订后）'
				: 'A/C.1/77/L.5 (original) → A/C.1/77/L.5 (revised)'
		);
		expect(text).toContain(
			lang === 'zh' ? 'A-RES-76-40.zh.draft-77.docx（修订后）' : 'A-RES-76-40.zh.draft-77.docx (revised)'
		);
		expect(text.split('\n').filter((line) => line.startsWith('── '))).toEqual(headings);
		expect(text).toContain('[-着重指出-]{+强调+}');
		expect(text).toContain('第七[-十七-]{+十八+}届会议');
	});

	it('compare DRAFT.odt: the same draft saved by LibreOffice as OpenDocument gives the same rows', async () => {
		const fromDocx = json<Comparison>(await run(['compare', DRAFT, '--format', 'json'], env));
		const fromOdt = json<Comparison>(await run(['compare', DRAFT.replace(/\.docx$/, '.odt'), '--format', 'json'], env));
		expect(fromOdt.new.meta.shape).toBe('odt');
		expect(fromOdt.rows).toEqual(fromDocx.rows);
	});

	it('compare OLD DRAFT.docx --revisions original: the draft before its changes is the resolution', async () => {
		const outcome = await run(['compare', 'A/RES/76/40', DRAFT, '--format', 'json', '--revisions', 'original'], env);
		const cmp = json<Comparison>(outcome);
		expect(cmp.rows.every((r) => r.status === 'unchanged')).toBe(true);
	});

	it.each([
		[
			'a Word file without tracked changes compared alone',
			['compare', fixture('A-RES-80-13.en.draft-82.base.docx')],
			1,
			/no tracked changes/
		],
		[
			'one file to compare that is not a Word file',
			['compare', 'A/RES/76/40'],
			2,
			/one Word file with tracked changes/
		],
		['--revisions with a wrong value', ['parse', DRAFT, '--revisions', 'all'], 2, /--revisions is accepted or original/]
	])('%s: one line, exit %i', async (_, argv, code, pattern) => {
		const outcome = await run(argv as string[], env);
		expect(outcome.code).toBe(code);
		expect(outcome.stderr).toMatch(pattern);
		expect(outcome.stderr!.split('\n')[0]).toMatch(/^resodiff: /);
	});
});
