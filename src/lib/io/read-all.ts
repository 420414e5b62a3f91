/** Reading several inputs at once, apart from the readers themselves so that a page can wait on it cheaply. */
import { ResodiffError } from '../core/types';

/**
 * Waits for every read and hands back the documents in order; when any fails, fails with all of their
 * errors together (ResodiffError.together), so that two bad files are both named at once. An error that
 * is not a ResodiffError is a fault of ours and is thrown as it is.
 */
export async function readAll<T>(reads: readonly Promise<T>[]): Promise<T[]> {
	const settled = await Promise.allSettled(reads);
	const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
	if (failures.length === 0) return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
	const unexpected = failures.find((e) => !(e instanceof ResodiffError));
	if (unexpected !== undefined) throw unexpected;
	throw ResodiffError.together(failures as ResodiffError[]);
}
