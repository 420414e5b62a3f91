/**
 * `resodiff serve [--library DB]`: the app on 127.0.0.1, built when needed, with a library read-only
 * behind /api/library/ when one is given. The process keeps serving until it is stopped.
 */
import { join } from 'node:path';
import { ensureBuild, serve } from '../../scripts/serve.js';
import { libraryApi } from '../lib/server/library-api';
import { openLibrary } from '../lib/server/library-db';
import type { Invocation } from './args';
import type { Outcome } from './run';
import { checkoutRoot } from './root';

/** Starts the server; the outcome says where it listens (the process stays up). */
export async function startServer(inv: Invocation): Promise<Outcome> {
	const ROOT = checkoutRoot();
	const db = inv.library ? openLibrary(inv.library, { readonly: true }) : null;
	if (!ensureBuild(ROOT, (line) => process.stderr.write(line + '\n'))) {
		db?.close();
		return { code: 1, stderr: 'resodiff: building the app failed; see the messages above\n' };
	}
	const port = inv.port ?? (process.env.PORT ? Number(process.env.PORT) : 4173);
	try {
		const { url } = await serve({
			root: join(ROOT, 'build'),
			host: '127.0.0.1',
			port,
			api: db ? libraryApi(db) : undefined
		});
		const lines = [`resodiff is running at ${url}/`];
		if (db) {
			const { documents, paragraphs } = db.count();
			lines.push(`The library ${db.path} (${documents} documents, ${paragraphs} paragraphs), read-only.`);
		}
		lines.push('Press Ctrl+C to stop.');
		return { code: 0, stdout: lines.join('\n') + '\n' };
	} catch (error) {
		db?.close();
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'EADDRINUSE'
				? `port ${port} is already in use (give another with --port)`
				: String((error as Error).message);
		return { code: 1, stderr: `resodiff: cannot serve on 127.0.0.1:${port}: ${reason}\n` };
	}
}
