/**
 * The series page's versions and their trace: the shipped versions of a recurring resolution, the
 * reader's own files added to them (or a series of files only), each placed by session, and the trace
 * of them all. Files are read in this tab and held in its memory only; nothing is stored or sent, so a
 * reload forgets them. A newer change of the versions makes an older trace's result void.
 */
import type { SeriesTrace } from '../core/series';
import type { ResolutionDocument } from '../core/types';
import { loadCorpusText } from '../corpus';
import { readAll } from '../io/read-all';
import { describeError } from '../ui-errors';
import { readVersion, runTrace } from '../workers/series-client';

/** One version of the series on the page. */
export interface SeriesVersion {
	/** Unique on the page: `corpus:A/RES/76/40`, `file:3:draft.txt`. */
	key: string;
	doc: ResolutionDocument;
	/** A shipped corpus text, or a file of the reader's (held in this tab only). */
	origin: 'corpus' | 'file';
	/** Corpus symbol, or the file name as the reader chose it. */
	name: string;
}

/** A file as the page receives it (a browser `File`, or anything with a name and bytes). */
export interface FileLike {
	name: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the page shows. */
export type SeriesPhase =
	/** Reading the shipped versions (nothing to show yet). */
	| { phase: 'loading'; what: string }
	/** Versions read; `trace` is the trace of `traced` (it may lag while a newer trace runs). */
	| { phase: 'ready' }
	/** The shipped versions could not be read. */
	| { phase: 'error'; message: string };

/** What a series session is busy with: reading files, or tracing a number of versions. */
export type SeriesWork = { kind: 'reading'; files: string[] } | { kind: 'tracing'; versions: number };

/** A trace together with the versions it was made of (in the same order as its documents). */
export interface TracedSeries {
	versions: SeriesVersion[];
	trace: SeriesTrace;
	/** How long the trace took, in milliseconds. */
	ms: number;
}

/**
 * Places a version among others by General Assembly session: after every version of the same or an
 * earlier session (so a draft follows the adopted text of its session when added later), and at the end
 * when its session is unknown (a reader adding a file usually adds the latest draft).
 */
export function placeVersion(versions: readonly SeriesVersion[], version: SeriesVersion): SeriesVersion[] {
	const session = version.doc.meta.session;
	if (session === null) return [...versions, version];
	const at = versions.findIndex((v) => v.doc.meta.session !== null && v.doc.meta.session > session);
	return at < 0 ? [...versions, version] : [...versions.slice(0, at), version, ...versions.slice(at)];
}

/** Encodes a corpus text as the bytes a file would have, so both go through the same reader. */
function encode(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** True for the error an aborted trace rejects with. */
function isAbort(e: unknown): boolean {
	return e instanceof DOMException && e.name === 'AbortError';
}

/** The versions of one series page and their trace. */
export class SeriesSession {
	/** Where the page is: reading the shipped versions, ready, or unable to read them. */
	state = $state.raw<SeriesPhase>({ phase: 'loading', what: '' });
	/** The versions, oldest first, as the reader last left them. */
	versions = $state.raw<SeriesVersion[]>([]);
	/** The latest finished trace, or null before the first. */
	traced = $state.raw<TracedSeries | null>(null);
	/** Names of the files being read right now, for a status line; null when none. */
	reading = $state.raw<string[] | null>(null);
	/** How many versions the trace being made right now has, for a status line; null when none. */
	tracing = $state<number | null>(null);
	/** Why the last files could not be added (one line per file), or the last trace failed; the series stays as it was. */
	fileError = $state<string | null>(null);
	/** Counts openings of the page's series: work begun for an earlier one is dropped. */
	private epoch = 0;
	/** Counts traces: only the latest one's result is kept. */
	private generation = 0;
	private readers = 0;
	private controller: AbortController | null = null;
	private counter = 0;

	/** What is being done right now, for a status line; null when idle. */
	get busy(): SeriesWork | null {
		if (this.reading) return { kind: 'reading', files: this.reading };
		if (this.tracing !== null) return { kind: 'tracing', versions: this.tracing };
		return null;
	}

	/** Reads the shipped versions (corpus symbols, oldest first) and traces them. */
	async openCorpus(symbols: readonly string[]): Promise<void> {
		const epoch = this.reset();
		this.state = { phase: 'loading', what: symbols.join(' · ') };
		try {
			const versions = await readAll(
				symbols.map(async (symbol): Promise<SeriesVersion> => {
					const { text, document } = await loadCorpusText(symbol);
					const doc = await readVersion({ bytes: encode(text), name: document.file });
					return { key: `corpus:${document.symbol}`, doc, origin: 'corpus', name: document.symbol };
				})
			);
			if (epoch !== this.epoch) return;
			// Files the reader added while the shipped texts loaded keep their places among them.
			this.versions = versions.reduce<SeriesVersion[]>((list, v) => placeVersion(list, v), this.versions);
			this.state = { phase: 'ready' };
		} catch (e) {
			if (epoch !== this.epoch) return;
			this.state = { phase: 'error', message: describeError(e) };
			return;
		}
		await this.retrace();
	}

	/** Starts an empty series, to be filled with the reader's files. */
	openEmpty(): void {
		this.reset();
		this.state = { phase: 'ready' };
	}

	/**
	 * Reads files and places each by session. A file that cannot be read is named in `fileError` and
	 * left out; the others are added. Resolves to the number of versions added.
	 */
	async addFiles(files: Iterable<FileLike>): Promise<number> {
		const list = [...files];
		if (list.length === 0) return 0;
		const epoch = this.epoch;
		this.fileError = null;
		this.readers++;
		this.reading = list.map((f) => f.name);
		const problems: string[] = [];
		const added: SeriesVersion[] = [];
		try {
			for (const file of list) {
				try {
					const doc = await readVersion({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
					added.push({ key: `file:${++this.counter}:${file.name}`, doc, origin: 'file', name: file.name });
				} catch (e) {
					problems.push(describeError(e));
				}
			}
		} finally {
			if (--this.readers === 0) this.reading = null;
		}
		if (epoch !== this.epoch) return 0;
		if (problems.length) this.fileError = problems.join('\n');
		if (added.length === 0) return 0;
		this.versions = added.reduce<SeriesVersion[]>((versions, v) => placeVersion(versions, v), this.versions);
		await this.retrace();
		return added.length;
	}

	/** Takes a version out of the series. */
	async remove(key: string): Promise<void> {
		const versions = this.versions.filter((v) => v.key !== key);
		if (versions.length === this.versions.length) return;
		this.versions = versions;
		await this.retrace();
	}

	/** Stops any work in progress (leaving the page). */
	close(): void {
		this.reset();
	}

	/** Forgets the versions and any work in progress; returns the new epoch. */
	private reset(): number {
		this.epoch++;
		this.generation++;
		this.abortTrace();
		this.versions = [];
		this.traced = null;
		this.fileError = null;
		this.reading = null;
		this.tracing = null;
		return this.epoch;
	}

	private abortTrace(): void {
		this.controller?.abort();
		this.controller = null;
	}

	/** Traces the current versions; an older trace still running is cancelled. */
	private async retrace(): Promise<void> {
		const generation = ++this.generation;
		this.abortTrace();
		const versions = this.versions;
		if (versions.length === 0) {
			this.traced = null;
			this.tracing = null;
			return;
		}
		const controller = new AbortController();
		this.controller = controller;
		this.tracing = versions.length;
		try {
			const result = await runTrace(
				versions.map((v) => v.doc),
				{ signal: controller.signal }
			);
			if (generation !== this.generation) return;
			this.traced = { versions, trace: result.trace, ms: result.ms };
			this.tracing = null;
		} catch (e) {
			if (generation !== this.generation || isAbort(e)) return;
			this.tracing = null;
			this.fileError = describeError(e);
		} finally {
			if (this.controller === controller) this.controller = null;
		}
	}
}
