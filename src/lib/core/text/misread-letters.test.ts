import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMisreadLetters, MISREAD_MIN_WORDS } from './misread-letters';

const fixtures = fileURLToPath(new URL('../../../../tests/fixtures/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../corpus/', import.meta.url));
const read = (path: string) =>
	readFileSync(path.startsWith('corpus/') ? corpus + path.slice(7) : fixtures + path, 'utf8');

describe('findMisreadLetters', () => {
	it('finds the letters the Spanish A/RES/77/247 misreads, in the text pdftotext extracts from it', () => {
		const found = findMisreadLetters(read('real/A-RES-77-247.es.pdftotext.txt'), 'es');
		expect(found.map((f) => [f.letter, f.readAs])).toEqual([
			['q', 'u'],
			['f', 'i']
		]);
		expect(found[0].example).toEqual({ meant: 'que', read: 'uue' });
		expect(found[0].count).toBeGreaterThan(50);
		// Without the language given, the text's own common words tell it.
		expect(findMisreadLetters(read('real/A-RES-77-247.es.pdftotext.txt')).map((f) => f.letter)).toEqual(['q', 'f']);
	});

	const cases: [label: string, text: string, language: string | null, letters: string[]][] = [
		['empty', '', 'en', []],
		['Chinese: no list of common words', '大会，回顾其决议，'.repeat(20), 'zh', []],
		[
			'one common word missing beside a real word one letter away is a coincidence',
			'sin '.repeat(MISREAD_MIN_WORDS + 1),
			'es',
			[]
		],
		['a few typos are no damage', 'teh report of teh Secretary-General and teh Council', 'en', []],
		[
			'"h" always read "n": "tne", "tnat", the right words missing',
			'Recalling tne report of tne Secretary-General, noting tnat tne work of tne Organization and tne Council',
			'en',
			['h']
		],
		[
			'the look-alike outnumbered by the right word: sound',
			'con '.repeat(20) + 'son '.repeat(MISREAD_MIN_WORDS + 1),
			'es',
			[]
		],
		['an accent is no other letter', 'qué '.repeat(10), 'es', []],
		['case is no other letter', 'QUE Que '.repeat(10), 'es', []]
	];
	it.each(cases)('%s', (_label, text, language, letters) => {
		expect(findMisreadLetters(text, language).map((f) => f.letter)).toEqual(letters);
	});

	// Sound texts must never warn: every real text, every language version and every corpus text the project holds.
	const sound = [
		...readdirSync(corpus)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => `corpus/${f}`),
		...readdirSync(fixtures + 'real')
			.filter((f) => f.endsWith('.txt') && !f.includes('77-247'))
			.map((f) => `real/${f}`),
		...readdirSync(fixtures + 'languages')
			.filter((f) => f.endsWith('.txt'))
			.map((f) => `languages/${f}`)
	];
	it.each(sound)('%s reads as sound', (file) => {
		const language = /\.(en|fr|es|ru|ar|zh)[.-]/.exec(file)?.[1] ?? null;
		expect(findMisreadLetters(read(file), language)).toEqual([]);
		expect(findMisreadLetters(read(file))).toEqual([]);
	});
});
