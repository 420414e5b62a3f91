import { describe, expect, it } from 'vitest';
import { userCacheDir, userDataDir } from './user-dirs';

describe('the user folders, by platform', () => {
	const cases: [NodeJS.Platform, NodeJS.ProcessEnv, string, string][] = [
		['linux', {}, '/home/a/.local/share/resodiff', '/home/a/.cache/resodiff'],
		['linux', { XDG_DATA_HOME: '/d', XDG_CACHE_HOME: '/c' }, '/d/resodiff', '/c/resodiff'],
		['freebsd', {}, '/home/a/.local/share/resodiff', '/home/a/.cache/resodiff'],
		['darwin', {}, '/home/a/Library/Application Support/resodiff', '/home/a/Library/Caches/resodiff']
	];
	it.each(cases)('%s %o: data in %s, caches in %s', (platform, env, data, cache) => {
		expect(userDataDir({ env, platform, home: '/home/a' })).toBe(data);
		expect(userCacheDir({ env, platform, home: '/home/a' })).toBe(cache);
	});
	it('keeps both under the user on Windows, never in a shared folder', () => {
		const env = { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
		const data = userDataDir({ env, platform: 'win32', home: 'C:\\Users\\a' });
		const cache = userCacheDir({ env, platform: 'win32', home: 'C:\\Users\\a' });
		expect(data.startsWith(env.LOCALAPPDATA)).toBe(true);
		expect(cache.startsWith(data)).toBe(true);
		expect(cache).not.toBe(data);
	});
});
