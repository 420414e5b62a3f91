/**
 * The one place where anything thrown becomes a sentence on the page. A reader acts on "which file
 * and why" (ResodiffError.toLine()), one line per file when several cannot be read; a stack trace helps
 * no one at a negotiating table, so none is ever shown.
 */
import { ResodiffError, type ErrorCode, type ErrorLocation } from './core/types';

/** Longest line shown, in characters; a runaway message would bury the page. */
const MAX_LENGTH = 400;

/** A ResodiffError that crossed a worker boundary: structured clone keeps its fields, not its class. */
interface ErrorShape {
	name: 'ResodiffError';
	code: ErrorCode;
	message: string;
	where?: ErrorLocation;
	/** The errors reported with it (ResodiffError.more), as fields too. */
	more?: unknown[];
}

function isErrorShape(e: unknown): e is ErrorShape {
	if (typeof e !== 'object' || e === null) return false;
	const o = e as Record<string, unknown>;
	return o.name === 'ResodiffError' && typeof o.code === 'string' && typeof o.message === 'string';
}

/** Rebuilds a ResodiffError from its fields (after postMessage), or returns null if it is not one. */
export function reviveError(e: unknown): ResodiffError | null {
	if (e instanceof ResodiffError) return e;
	if (!isErrorShape(e)) return null;
	const more = (e.more ?? []).map(reviveError).filter((m): m is ResodiffError => m !== null);
	return new ResodiffError(e.code, e.message, e.where ?? {}, more);
}

/**
 * Turns anything thrown into one line a person understands; several files that cannot be read give
 * one line each, joined by line breaks (a `.message` element shows each on its own line).
 */
export function describeError(e: unknown): string {
	const known = reviveError(e);
	if (known) return known.lines().map(shorten).join('\n');
	if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
		const message = String((e as { message: unknown }).message ?? '');
		if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)) {
			return '应用的一部分没能加载，请刷新页面后重试。Part of the app failed to load; reload the page and try again.';
		}
		if (/out of memory|allocation failed|Invalid array length|Invalid string length/i.test(message)) {
			return '文件太大，浏览器内存不足。The file is too large for this browser’s memory.';
		}
		const line = firstLine(message);
		return line ? shorten(`意外错误 Unexpected error: ${line}`) : '发生了未知错误。Something went wrong.';
	}
	if (typeof e === 'string' && e.trim()) return shorten(firstLine(e));
	return '发生了未知错误。Something went wrong.';
}

function firstLine(text: string): string {
	return text.split('\n', 1)[0].trim();
}

function shorten(text: string): string {
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
