// `npm start`: builds the app when the build is missing or older than its sources, then serves it.
// PORT and HOST are honoured; the defaults keep the app on this machine only.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild, serve } from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 4173;

if (!ensureBuild(root, (line) => console.log(line))) {
	console.error('resodiff: the build failed; see the messages above.');
	process.exit(1);
}

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`resodiff: PORT must be a number from 0 to 65535, not "${process.env.PORT}"`);
	process.exit(2);
}

try {
	const { url } = await serve({ root: join(root, 'build'), host, port });
	console.log(`resodiff is running at ${url}/`);
	console.log(`The showcase comparison: ${url}/compare?old=A/RES/67/38&new=A/RES/76/40`);
	console.log('Press Ctrl+C to stop.');
} catch (error) {
	const reason =
		error && error.code === 'EADDRINUSE'
			? `port ${port} is already in use (set PORT to another)`
			: String(error?.message ?? error);
	console.error(`resodiff: cannot serve on ${host}:${port}: ${reason}`);
	process.exit(1);
}
