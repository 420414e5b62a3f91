/**
 * Messages between the page and the compare worker. Everything crosses by structured clone, which
 * keeps plain data and drops classes, so errors travel as their fields and are revived on arrival.
 */
import type { Comparison, ErrorCode, ErrorLocation } from '../core/types';
import type { CompareInputs } from './compare-core';

/** Page → worker: read and compare two documents' bytes (or one Word draft's two versions). */
export type CompareRequest = { id: number } & CompareInputs;

/** An error as fields, so that it survives postMessage. */
export interface ErrorFields {
	name: string;
	message: string;
	code?: ErrorCode;
	where?: ErrorLocation;
	/** Errors reported together with this one (ResodiffError.more). */
	more?: ErrorFields[];
}

/** Worker → page: the comparison, or why there is none. */
export type CompareResponse =
	{ id: number; ok: true; comparison: Comparison; ms: number } | { id: number; ok: false; error: ErrorFields };

/** The fields of anything thrown (never its stack: nothing shows one). */
export function errorFields(e: unknown): ErrorFields {
	if (typeof e === 'object' && e !== null) {
		const o = e as { name?: unknown; message?: unknown; code?: unknown; where?: unknown; more?: unknown };
		return {
			name: typeof o.name === 'string' ? o.name : 'Error',
			message: typeof o.message === 'string' ? o.message : String(e),
			...(typeof o.code === 'string' ? { code: o.code as ErrorCode } : {}),
			...(typeof o.where === 'object' && o.where !== null ? { where: { ...(o.where as ErrorLocation) } } : {}),
			...(Array.isArray(o.more) && o.more.length ? { more: o.more.map(errorFields) } : {})
		};
	}
	return { name: 'Error', message: String(e) };
}
