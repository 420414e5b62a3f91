/**
 * One Web Worker and the requests waiting on it, as the compare and series clients use them: started on
 * first use and again after a termination; a request is cancelled by terminating the worker (a running
 * computation has no other way to stop); a worker that cannot start or crashes outside a request is
 * retired, with every slot of its group, and the caller does the work on the page instead.
 */
import { reviveError } from '../ui-errors';
import type { ErrorFields } from './protocol';

/** The worker itself failed (not the work): the page takes over. */
export class WorkerUnavailable extends Error {}

/** Slots that give up together: once one worker of the group fails, none is started again. */
export interface WorkerGroup {
	failed: boolean;
}

type Pending<R> = { resolve: (response: R) => void; reject: (error: unknown) => void };

/** Ids are unique across all slots, so a reply can never be taken for another request's. */
let nextId = 1;

export class WorkerSlot<Q extends object, R extends { id: number }> {
	private worker: Worker | null = null;
	private readonly pending = new Map<number, Pending<R>>();

	/**
	 * @param create  starts the worker (the `?worker` import's constructor)
	 * @param group   shared failure state
	 * @param cancelled  the error a cancelled request rejects with
	 */
	constructor(
		private readonly create: () => Worker,
		private readonly group: WorkerGroup,
		private readonly cancelled: () => Error
	) {}

	/** Sends a request (an id is added); rejects with {@link WorkerUnavailable} when no worker can run it. */
	ask(request: Q, signal?: AbortSignal): Promise<R> {
		const w = this.start();
		if (!w) return Promise.reject(new WorkerUnavailable('no worker'));
		const id = nextId++;
		return new Promise<R>((resolve, reject) => {
			const onAbort = () => this.stop(this.cancelled());
			signal?.addEventListener('abort', onAbort, { once: true });
			const settle =
				<T>(fn: (value: T) => void) =>
				(value: T) => {
					signal?.removeEventListener('abort', onAbort);
					fn(value);
				};
			this.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
			w.postMessage({ ...request, id });
		});
	}

	/** Starts the worker now, if it can run and is not running, so that its first request waits less. */
	warm(): void {
		this.start();
	}

	private start(): Worker | null {
		if (this.group.failed || typeof Worker === 'undefined') return null;
		if (this.worker) return this.worker;
		try {
			this.worker = this.create();
		} catch {
			this.group.failed = true;
			return null;
		}
		this.worker.onmessage = (event: MessageEvent<R>) => {
			const p = this.pending.get(event.data.id);
			this.pending.delete(event.data.id);
			p?.resolve(event.data);
		};
		this.worker.onerror = (event) => {
			// The script did not load or crashed outside a request: retire the group; the page does the work.
			event.preventDefault();
			this.group.failed = true;
			this.stop(new WorkerUnavailable(event.message || 'worker failed'));
		};
		return this.worker;
	}

	/** Terminates the worker and rejects whatever was waiting on it. */
	private stop(reason: unknown): void {
		this.worker?.terminate();
		this.worker = null;
		for (const p of this.pending.values()) p.reject(reason);
		this.pending.clear();
	}
}

/** Turns an error that crossed postMessage back into what it was. */
export function reviveWorkerError(fields: ErrorFields): Error {
	const known = reviveError(fields);
	if (known) return known;
	const e = new Error(fields.message);
	e.name = fields.name;
	return e;
}

/**
 * Asks a slot and unwraps the reply: the response when the work succeeded, the work's own error
 * thrown, or null when no worker could do it and the page must.
 */
export async function askOrNull<Q extends object, R extends { id: number; ok: boolean }>(
	slot: WorkerSlot<Q, R>,
	request: Q,
	signal?: AbortSignal
): Promise<Extract<R, { ok: true }> | null> {
	try {
		const response = await slot.ask(request, signal);
		if (!response.ok) throw reviveWorkerError((response as unknown as { error: ErrorFields }).error);
		return response as Extract<R, { ok: true }>;
	} catch (e) {
		if (e instanceof WorkerUnavailable) return null;
		throw e;
	}
}
