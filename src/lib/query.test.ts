import { describe, expect, it } from 'vitest';
import { setParams } from './query';

const base = 'http://127.0.0.1/compare?old=A/RES/67/38&new=A/RES/76/40';

describe('setParams', () => {
	it.each<{ label: string; changes: Record<string, string | null>; search: string }>([
		{
			label: 'appends a new parameter',
			changes: { view: 'redline' },
			search: '?old=A/RES/67/38&new=A/RES/76/40&view=redline'
		},
		{ label: 'removes one', changes: { new: null }, search: '?old=A/RES/67/38' },
		{
			label: 'removing an absent one changes nothing',
			changes: { only: null },
			search: '?old=A/RES/67/38&new=A/RES/76/40'
		},
		{ label: 'replaces in place', changes: { old: 'A/RES/68/38' }, search: '?old=A%2FRES%2F68%2F38&new=A/RES/76/40' },
		{
			label: 'encodes values',
			changes: { term: '严重 关切&' },
			search: '?old=A/RES/67/38&new=A/RES/76/40&term=%E4%B8%A5%E9%87%8D%20%E5%85%B3%E5%88%87%26'
		}
	])('$label', ({ changes, search }) => {
		expect(setParams(base, changes).search).toBe(search);
	});

	it('drops repeats of a changed parameter and keeps the hash', () => {
		const url = setParams('http://x/p?lang=zh&a=1&lang=en#row-4', { lang: 'en' });
		expect(url.search).toBe('?lang=en&a=1');
		expect(url.hash).toBe('#row-4');
	});

	it('an empty query stays empty', () => {
		expect(setParams('http://x/p', { only: null }).href).toBe('http://x/p');
	});
});
