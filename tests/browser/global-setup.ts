import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Serves the built app on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
	const root = resolve('build');
	if (!existsSync(resolve(root, '200.html'))) {
		throw new Error('The app is not built: run `npm run build` before the browser tests.');
	}
	const { server, url } = await serve({ root, host: '127.0.0.1', port: 0 });
	project.provide('baseURL', url);
	return async () => {
		await new Promise<void>((done) => server.close(() => done()));
	};
}
