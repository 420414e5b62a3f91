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

	it('compare DRAFT.docx compares its original text with its tracked changes', async () => {
		const outcome = await run(['compare', DRAFT, '--format', 'json'], env);
		expect(outcome.code).toBe(0);
		const cmp = json<Comparison>(outcome);
		expect(cmp.old.meta.revisions).toBe('original');
		expect(cmp.new.meta.revisions).toBe('accepted');
		expect(cmp.stats).toMatchObject({ modified: 6, inserted: 1, deleted: 1, moved: 1 });
	});

	it('compare OLD DRAFT.docx --revisions original: the draft before its changes is the resolution', async () => {
		const outcome = await run(['compare', 'A/RES/76/40', DRAFT, '--format', 'json', '--revisions', 'original'], env);
		const cmp = json<Comparison>(outcome);
		expect(cmp.rows.every((r) => r.status === 'unchanged')).toBe(true);
	});

	it.each([
		[
			'a Word 97-2003 .doc',
			['parse', fixture('legacy.doc')],
			1,
			/legacy\.doc: a Word 97–2003 \.doc file: save it as \.docx and open that\n$/
		],
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
