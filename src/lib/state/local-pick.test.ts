import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { localComparison } from './local-comparison.svelte';
import { localPick, orderFiles, pastedName } from './local-pick.svelte';

const file = (path: string, name = path.split('/').pop()!) => new File([readFileSync(path)], name);

afterEach(() => {
	localPick.drop('old');
	localPick.drop('new');
	localPick.pasted.old = '';
	localPick.pasted.new = '';
	localPick.mode = 'files';
	localPick.error = null;
	localComparison.clear();
});

describe('localPick', () => {
	it('two files dropped on one side fill both, older name first', async () => {
		await localPick.pick('new', [file('corpus/A-RES-76-40.zh.txt'), file('corpus/A-RES-67-38.zh.txt')]);
		expect(localPick.files.old?.name).toBe('A-RES-67-38.zh.txt');
		expect(localPick.files.new?.name).toBe('A-RES-76-40.zh.txt');
		localPick.swap();
		expect(localPick.files.old?.name).toBe('A-RES-76-40.zh.txt');
	});

	it('compares chosen files into the local comparison', async () => {
		await localPick.pick('old', [file('corpus/A-RES-67-38.zh.txt')]);
		expect(localPick.inputs()).toBeNull();
		await localPick.pick('new', [file('corpus/A-RES-76-40.zh.txt')]);
		expect(await localPick.compare()).toBe(true);
		expect(localPick.busy).toBe(false);
		expect(localComparison.current?.names).toEqual({ old: 'A-RES-67-38.zh.txt', new: 'A-RES-76-40.zh.txt' });
		expect(localComparison.current?.comparison.rows.length).toBeGreaterThan(20);
	});

	it('compares pasted text', async () => {
		localPick.mode = 'paste';
		localPick.pasted.old = readFileSync('corpus/A-RES-67-38.zh.txt', 'utf8');
		localPick.pasted.new = readFileSync('corpus/A-RES-76-40.zh.txt', 'utf8');
		expect(await localPick.compare()).toBe(true);
		expect(localComparison.current?.names.old).toBe(pastedName('old'));
	});

	it.each([
		{
			label: 'a missing side',
			setup: async () => localPick.pick('old', [file('corpus/A-RES-67-38.zh.txt')]),
			message: /两个版本|both versions/
		},
		{
			label: 'an unreadable file, named',
			setup: async () => {
				await localPick.pick('old', [file('corpus/A-RES-67-38.zh.txt')]);
				await localPick.pick('new', [new File([new Uint8Array(0)], 'empty.txt')]);
			},
			message: /empty\.txt/
		}
	])('$label: no comparison, a message', async ({ setup, message }) => {
		await setup();
		expect(await localPick.compare()).toBe(false);
		expect(localPick.error).toMatch(message);
		expect(localComparison.current).toBeNull();
	});
});

describe('orderFiles', () => {
	it.each([
		{
			label: 'already in order',
			names: ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt'],
			expected: ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt']
		},
		{
			label: 'dropped newest first',
			names: ['A-RES-76-40.zh.txt', 'A-RES-67-38.zh.txt'],
			expected: ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt']
		},
		{
			label: 'numbers by value, not by digit',
			names: ['draft-10.txt', 'draft-9.txt'],
			expected: ['draft-9.txt', 'draft-10.txt']
		},
		{ label: 'one file', names: ['x.pdf'], expected: ['x.pdf'] }
	])('$label', ({ names, expected }) => {
		expect(orderFiles(names.map((name) => ({ name }))).map((f) => f.name)).toEqual(expected);
	});

	it('names pasted text by side', () => {
		expect(pastedName('old')).not.toBe(pastedName('new'));
	});
});
