import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readViewSettings, writeViewSettings, type ViewSettings } from './view-settings';

const read = (query: string) => readViewSettings(new URLSearchParams(query));

describe('readViewSettings', () => {
	it.each<{ label: string; query: string; expected: ViewSettings }>([
		{ label: 'nothing: the defaults', query: '', expected: DEFAULT_SETTINGS },
		{ label: 'the documents only', query: 'old=A/RES/67/38&new=A/RES/76/40', expected: DEFAULT_SETTINGS },
		{ label: 'redline', query: 'view=redline', expected: { ...DEFAULT_SETTINGS, layout: 'redline' } },
		{ label: 'side by side, said', query: 'view=side', expected: DEFAULT_SETTINGS },
		{
			label: 'every filter',
			query: 'only=changes&kind=operative&routine=hide',
			expected: { layout: 'side', onlyChanges: true, operativeOnly: true, hideRoutine: true }
		},
		{ label: 'an unknown layout', query: 'view=sideways', expected: DEFAULT_SETTINGS },
		{ label: 'unknown filter values', query: 'only=yes&kind=preamble&routine=show', expected: DEFAULT_SETTINGS },
		{
			label: 'each value on its own',
			query: 'view=inline&routine=hide',
			expected: { ...DEFAULT_SETTINGS, hideRoutine: true }
		}
	])('$label', ({ query, expected }) => {
		expect(read(query)).toEqual(expected);
	});
});

describe('writeViewSettings', () => {
	const base = 'http://x/compare?old=A/RES/67/38&new=A/RES/76/40&lang=en';

	it('writes only what differs from the defaults, keeping the other parameters', () => {
		const url = writeViewSettings(base, { ...DEFAULT_SETTINGS, layout: 'redline', onlyChanges: true });
		expect(url.search).toBe('?old=A/RES/67/38&new=A/RES/76/40&lang=en&view=redline&only=changes');
	});

	it('takes defaults out again', () => {
		const url = writeViewSettings(`${base}&view=redline&kind=operative`, DEFAULT_SETTINGS);
		expect([...url.searchParams.keys()]).toEqual(['old', 'new', 'lang']);
	});

	it.each<ViewSettings>([
		DEFAULT_SETTINGS,
		{ layout: 'redline', onlyChanges: true, operativeOnly: false, hideRoutine: true },
		{ layout: 'side', onlyChanges: false, operativeOnly: true, hideRoutine: false }
	])('reads back what it wrote: %o', (settings) => {
		expect(readViewSettings(writeViewSettings(base, settings).searchParams)).toEqual(settings);
	});
});
