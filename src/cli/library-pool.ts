/**
 * Worker threads for `library add`: reading and parsing a file and computing its keys and features is
 * most of the cost of indexing, and it is independent file by file, so one worker per core does it
 * while the main thread writes to the database (which SQLite lets one connection do at a time).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PrepareOutcome, Preparer } from '../lib/server/library-prepare';
import { checkoutRoot } from './root';

/** A preparer running in worker threads, and how to stop them. */
export interface PreparerPool {
	prepare: Preparer;
	/** How many files it prepares at once. */
	size: number;
	close(): Promise<void>;
}

/**
 * Starts one worker per core (at most `limit`), or returns null when the command's bundle has no
 * worker script (the sources run under a test runner) or there is one core: the caller then prepares
 * files in its own thread.
 */
export function startPreparerPool(limit = 4): PreparerPool | null {
	const script = join(checkoutRoot(), 'dist', 'cli', 'library-worker.cjs');
	const size = Math.min(limit, availableParallelism());
	if (size < 2 || !existsSync(script)) return null;
	const workers = Array.from({ length: size }, () => new Worker(script));
	const idle = [...workers];
	const waiting: ((worker: Worker) => void)[] = [];
	const pending = new Map<number, (outcome: PrepareOutcome) => void>();
	let nextId = 0;
	for (const worker of workers) {
		worker.on('message', ({ id, outcome }: { id: number; outcome: PrepareOutcome }) => {
			pending.get(id)?.(outcome);
			pending.delete(id);
			const taker = waiting.shift();
			if (taker) taker(worker);
			else idle.push(worker);
		});
		worker.on('error', (error) => {
			// A worker that dies fails the files it held; the others go on.
			for (const [id, settle] of pending) {
				settle({ state: 'failed', reason: `internal error: ${error.message.split('\n')[0]}` });
				pending.delete(id);
			}
		});
	}
	const acquire = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
	return {
		size,
		prepare: async (path, oldHash) => {
			const worker = await acquire();
			const id = nextId++;
			return new Promise<PrepareOutcome>((resolve) => {
				pending.set(id, resolve);
				worker.postMessage({ id, path, oldHash });
			});
		},
		close: async () => {
			await Promise.all(workers.map((w) => w.terminate()));
		}
	};
}
