import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './view-settings.svelte';

describe('parseSettings', () => {
	it.each([
		{ label: 'nothing stored', raw: null, expected: DEFAULT_SETTINGS },
		{ label: 'corrupt JSON', raw: '{oops', expected: DEFAULT_SETTINGS },
		{ label: 'not an object', raw: '42', expected: DEFAULT_SETTINGS },
		{
			label: 'valid settings',
			raw: JSON.stringify({ onlyChanges: true, operativeOnly: true, hideRoutine: true, layout: 'inline' }),
			expected: { onlyChanges: true, operativeOnly: true, hideRoutine: true, layout: 'inline' }
		},
		{
			label: 'each invalid field falls back on its own',
			raw: JSON.stringify({ onlyChanges: 'yes', hideRoutine: true, layout: 'sideways' }),
			expected: { ...DEFAULT_SETTINGS, hideRoutine: true }
		}
	])('$label', ({ raw, expected }) => {
		expect(parseSettings(raw)).toEqual(expected);
	});
});
