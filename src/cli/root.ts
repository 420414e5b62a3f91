/** Where the checkout is: the nearest folder above this module that holds package.json. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root folder. Found by looking upwards, because the same code runs from src/cli/, from
 * dist/cli/ and from a chunk in dist/cli/chunks/.
 */
export function checkoutRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json'))) {
		const parent = dirname(dir);
		if (parent === dir)
			throw new Error('the checkout of resodiff was not found above ' + fileURLToPath(import.meta.url));
		dir = parent;
	}
	return dir;
}
