/**
 * A worker thread of `library add`: reads and prepares the files the main thread sends it
 * (src/lib/server/library-prepare.ts), with the same reader as every command.
 */
import { parentPort } from 'node:worker_threads';
import { prepareFile } from '../lib/server/library-prepare';
import { readDocumentBytes } from './read-file';

parentPort?.on('message', async (job: { id: number; path: string; oldHash: string | null }) => {
	const outcome = await prepareFile(job.path, job.oldHash, readDocumentBytes);
	parentPort?.postMessage({ id: job.id, outcome });
});
