import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../core/index';
import { loadSeed } from '../testing/seeds';
import { CompareSession } from './compare-session.svelte';
import { localComparison } from './local-comparison.svelte';

// In Node there is no Worker: the session's comparisons run through the same code on the calling thread.
describe('CompareSession', () => {
	it('opens a corpus pair: the same comparison the core makes of the seeds', async () => {
		const session = new CompareSession();
		await session.open({ kind: 'corpus', old: 'A/RES/67/38', new: 'A/RES/76/40' });
		const state = session.state;
		expect(state.phase).toBe('ready');
		if (state.phase !== 'ready') return;
		const expected = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
		expect(state.comparison.rows.map((r) => r.status)).toEqual(expected.rows.map((r) => r.status));
		expect(state.local).toBe(false);
		expect(state.names).toEqual({ old: 'A/RES/67/38', new: 'A/RES/76/40' });
		expect(state.comparison.old.meta.source).toBe('A-RES-67-38.zh.txt');
	});

	it('a symbol not in the corpus: an error phase with a message naming it', async () => {
		const session = new CompareSession();
		await session.open({ kind: 'corpus', old: 'A/RES/99/1', new: 'A/RES/76/40' });
		expect(session.state.phase).toBe('error');
		if (session.state.phase === 'error') expect(session.state.message).toMatch(/A\/RES\/99\/1/);
	});

	it('an invalid link: an error phase saying what the link lacks', async () => {
		const session = new CompareSession();
		await session.open({ kind: 'invalid', missing: 'new' });
		expect(session.state).toEqual({ phase: 'error', message: '', reason: 'new' });
	});

	it('a local request: the comparison in memory, or "gone" when there is none', async () => {
		const session = new CompareSession();
		localComparison.clear();
		await session.open({ kind: 'local' });
		expect(session.state.phase).toBe('gone');
		const comparison = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
		localComparison.set({ comparison, names: { old: 'a.txt', new: 'b.txt' }, ms: 1, ranIn: 'page' });
		await session.open({ kind: 'local' });
		expect(session.state).toMatchObject({ phase: 'ready', local: true, names: { old: 'a.txt', new: 'b.txt' } });
		localComparison.clear();
	});

	it('a newer request wins over an older one still running', async () => {
		const session = new CompareSession();
		const first = session.open({ kind: 'corpus', old: 'A/RES/67/38', new: 'A/RES/76/40' });
		await session.open({ kind: 'invalid', missing: 'nothing' });
		await first;
		expect(session.state).toEqual({ phase: 'error', message: '', reason: 'nothing' });
	});
});
