/**
 * Where resodiff keeps a user's files, by each platform's convention: the data a user builds (the default
 * library) and what can be rebuilt at any time (caches). Per user, never the shared temporary folder,
 * where another account could leave a file for resodiff to trust.
 *
 * Node's own modules only: the command's PDF thread uses it before anything else is loaded.
 */
import { join } from 'node:path';

/** What the platform says of the user: its environment, its name (`process.platform`) and the home folder. */
export interface UserPlatform {
	env: NodeJS.ProcessEnv;
	platform: NodeJS.Platform;
	home: string;
}

/**
 * The folder of resodiff's user data: `$XDG_DATA_HOME/resodiff` (else `~/.local/share/resodiff`) on Linux
 * and other Unixes, `~/Library/Application Support/resodiff` on macOS, `%LOCALAPPDATA%\resodiff` on Windows.
 */
export function userDataDir({ env, platform, home }: UserPlatform): string {
	if (platform === 'win32') return join(env.LOCALAPPDATA || env.APPDATA || join(home, 'AppData', 'Local'), 'resodiff');
	if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'resodiff');
	return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'resodiff');
}

/**
 * The folder of resodiff's caches: `$XDG_CACHE_HOME/resodiff` (else `~/.cache/resodiff`) on Linux and other
 * Unixes, `~/Library/Caches/resodiff` on macOS, `%LOCALAPPDATA%\resodiff\Cache` on Windows.
 */
export function userCacheDir({ env, platform, home }: UserPlatform): string {
	if (platform === 'win32')
		return join(env.LOCALAPPDATA || env.APPDATA || join(home, 'AppData', 'Local'), 'resodiff', 'Cache');
	if (platform === 'darwin') return join(home, 'Library', 'Caches', 'resodiff');
	return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'resodiff');
}
