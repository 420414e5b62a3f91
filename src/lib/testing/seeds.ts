/**
 * The real seed documents for tests, read from corpus/ and parsed once per test file. Tests may use
 * node:fs; the core library never does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseResolution } from '../core/document/parse';
import type { ResolutionDocument } from '../core/types';

/** File names of the seeds in corpus/, by symbol. */
export const SEED_FILES = {
	'A/RES/67/38': 'A-RES-67-38.zh.txt',
	'A/RES/76/40': 'A-RES-76-40.zh.txt',
	'A/RES/68/46': 'A-RES-68-46.zh.txt',
	'A/67/131': 'A-67-131.zh.txt'
} as const;

const cache = new Map<string, ResolutionDocument>();

/** The seed with this symbol, parsed by the real parser (a fresh copy each call: tests may edit it). */
export function loadSeed(symbol: keyof typeof SEED_FILES): ResolutionDocument {
	let doc = cache.get(symbol);
	if (!doc) {
		const file = SEED_FILES[symbol];
		const text = readFileSync(fileURLToPath(new URL(`../../../corpus/${file}`, import.meta.url)), 'utf8');
		doc = parseResolution(text, { source: file });
		cache.set(symbol, doc);
	}
	return structuredClone(doc);
}

/** A paragraph's text without white space, for prefix checks that do not depend on spacing. */
export function squeeze(text: string): string {
	return text.replace(/\s+/gu, '');
}
