/**
 * The reader's own two texts on the home page: chosen files or pasted text, and the comparison
 * made from them. The bytes stay in this tab; reading and diffing happen in the compare worker.
 */
import { ui } from '../i18n';
import { describeError } from '../ui-errors';
import type { DocumentInput } from '../io/read';
import { prepareCompare, runCompare, type CompareInputs } from '../workers/compare-client';
import { localComparison } from './local-comparison.svelte';
import { hasWordExtension } from '../io/word/sniff';

/** Which version a text is. */
export type Side = 'old' | 'new';

/** A chosen file, read into memory. */
export interface PickedFile {
	name: string;
	/** Size in bytes. */
	size: number;
	bytes: Uint8Array;
}

/** The kinds of file the pickers name, by extension: the start page's slots and the series page's hints. */
export const FILE_TYPES: readonly string[] = ['.txt', '.md', '.pdf', '.docx', '.doc', '.odt', '.html'];

/** File extensions the pickers offer (anything else is still tried, and refused clearly if unreadable). */
export const ACCEPT = [
	[...FILE_TYPES, '.htm'].join(','),
	'text/plain,text/markdown,application/pdf,text/html',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.oasis.opendocument.text',
	'application/msword'
].join(',');

/** A Word or OpenDocument file, which may hold tracked changes to compare on its own. */
export function isWordName(name: string): boolean {
	return hasWordExtension(name);
}

/** The one file chosen when the other side is empty, or null. */
export function loneFile(files: Record<Side, PickedFile | null>): PickedFile | null {
	const chosen = [files.old, files.new].filter((f): f is PickedFile => f !== null);
	return chosen.length === 1 ? chosen[0] : null;
}

/** How long pasted text stays unchanged before the library is asked what it continues (ms): not at every keystroke. */
export const PASTE_SETTLE_MS = 400;

/**
 * The one side's pasted text when the other side is empty, as a text to look up: what it continues is
 * offered as its old side, so it is named as the new version. Null when both or neither side has text.
 */
export function lonePaste(pasted: Record<Side, string>): PickedFile | null {
	const filled = (['old', 'new'] as const).filter((side) => pasted[side].trim() !== '');
	if (filled.length !== 1) return null;
	const bytes = new TextEncoder().encode(pasted[filled[0]]);
	return { name: pastedName('new'), size: bytes.length, bytes };
}

/** The one Word file chosen when the other side is empty: compared with its own tracked changes. */
export function loneDraft(files: Record<Side, PickedFile | null>): PickedFile | null {
	const lone = loneFile(files);
	return lone && isWordName(lone.name) ? lone : null;
}

/** Orders dropped files the way their names sort, numbers by value: `A-RES-67-38` before `A-RES-76-40`. */
export function orderFiles<T extends { name: string }>(files: T[]): T[] {
	return [...files].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** What the reader's own texts compare: two documents' bytes, or one Word draft's tracked changes. */
export type LocalInputs = { old: DocumentInput; new: DocumentInput } | { draft: DocumentInput };

/** A comparison other than the two sides' (the reader's text against the library's version it continues), with its names. */
export interface OtherComparison {
	inputs: CompareInputs;
	names: { old: string; new: string };
}

/** A name for pasted text, shown where a file name would be, in the interface language. */
export function pastedName(side: Side): string {
	return ui.t.home.pastedName[side];
}

/** The names a comparison of the reader's own texts shows: file names, or the draft's two versions. */
function localNames(inputs: LocalInputs): { old: string; new: string } {
	return 'draft' in inputs
		? {
				old: `${inputs.draft.name} · ${ui.t.home.draftOriginal}`,
				new: `${inputs.draft.name} · ${ui.t.home.draftAccepted}`
			}
		: { old: inputs.old.name, new: inputs.new.name };
}

class LocalPickStore {
	files = $state.raw<Record<Side, PickedFile | null>>({ old: null, new: null });
	pasted = $state<Record<Side, string>>({ old: '', new: '' });
	/** Whether the reader compares files or pasted text. */
	mode = $state<'files' | 'paste'>('files');
	busy = $state(false);
	error = $state<string | null>(null);
	private controller: AbortController | null = null;

	/** Reads chosen files into a side; two files given at once fill both sides, older name first. */
	async pick(side: Side, list: Iterable<File>): Promise<void> {
		const chosen = orderFiles([...list]);
		if (chosen.length === 0) return;
		this.error = null;
		// The worker starts (and compiles its code) while the reader picks the other file.
		prepareCompare();
		try {
			const read = await Promise.all(
				chosen
					.slice(0, 2)
					.map(async (f) => ({ name: f.name, size: f.size, bytes: new Uint8Array(await f.arrayBuffer()) }))
			);
			this.files = read.length === 2 ? { old: read[0], new: read[1] } : { ...this.files, [side]: read[0] };
		} catch (e) {
			this.error = describeError(e);
		}
	}

	/** Forgets one side's file. */
	drop(side: Side): void {
		this.files = { ...this.files, [side]: null };
	}

	/** Exchanges old and new. */
	swap(): void {
		this.files = { old: this.files.new, new: this.files.old };
		this.pasted = { old: this.pasted.new, new: this.pasted.old };
	}

	/** The inputs of the current mode, or null while a side is missing. */
	inputs(): LocalInputs | null {
		if (this.mode === 'files') {
			const draft = loneDraft(this.files);
			if (draft) return { draft: { bytes: draft.bytes, name: draft.name } };
			const { old, new: next } = this.files;
			return old && next
				? { old: { bytes: old.bytes, name: old.name }, new: { bytes: next.bytes, name: next.name } }
				: null;
		}
		const encode = (text: string) => new TextEncoder().encode(text);
		if (!this.pasted.old.trim() || !this.pasted.new.trim()) return null;
		return {
			old: { bytes: encode(this.pasted.old), name: pastedName('old') },
			new: { bytes: encode(this.pasted.new), name: pastedName('new') }
		};
	}

	/**
	 * Compares the two texts (or, given, another pair, such as the reader's text and the library's version
	 * it continues); on success the result waits in memory for the compare page.
	 */
	async compare(other?: OtherComparison): Promise<boolean> {
		const local = other ? null : this.inputs();
		if (!other && !local) {
			this.error = ui.t.home.chooseBoth;
			return false;
		}
		this.controller?.abort();
		const controller = new AbortController();
		this.controller = controller;
		this.busy = true;
		this.error = null;
		try {
			const result = await runCompare(other ? other.inputs : local!, { signal: controller.signal });
			localComparison.set({
				comparison: result.comparison,
				names: other ? other.names : localNames(local!),
				ms: result.ms,
				ranIn: result.ranIn
			});
			return true;
		} catch (e) {
			if (!(e instanceof DOMException && e.name === 'AbortError')) this.error = describeError(e);
			return false;
		} finally {
			if (this.controller === controller) {
				this.busy = false;
				this.controller = null;
			}
		}
	}

	/** Stops a comparison in progress. */
	cancel(): void {
		this.controller?.abort();
		this.controller = null;
		this.busy = false;
	}
}

/** The home page's pick of local texts. */
export const localPick = new LocalPickStore();
