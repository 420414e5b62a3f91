import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { LOCALES, documentDirection, documentLangTag, isLocale } from './locales';

/** Every message as text: strings as they are, functions called with stand-in arguments. */
function flatten(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		const args = Array.from({ length: value.length }, (_, i) => (i % 2 ? 'X' : 3));
		// A function reading a string argument gets a number here and still returns text: enough to read it.
		return [[path, String(value(...args))]];
	}
	if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${path}[${i}]`));
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

describe('the interface messages', () => {
	const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(MESSAGES[l])]));

	it('every language has the same messages', () => {
		const keys = (l: (typeof LOCALES)[number]) => flat[l].map(([k]) => k);
		for (const locale of LOCALES) expect(keys(locale)).toEqual(keys('zh'));
	});

	it('no message is empty', () => {
		for (const locale of LOCALES) {
			for (const [key, text] of flat[locale]) expect(text.trim(), `${locale} ${key}`).not.toBe('');
		}
	});

	it('English messages hold no Chinese', () => {
		for (const [key, text] of flat.en) expect(CJK.test(text), `${key}: ${text}`).toBe(false);
	});

	it('Chinese messages are Chinese (a few names and symbols aside)', () => {
		const latinOnly = flat.zh.filter(([, text]) => !CJK.test(text)).map(([key]) => key);
		expect(latinOnly).toEqual(['app.name', 'compare.title', 'exporting.formats.md']);
	});

	it.each([
		[3, '3rd'],
		[11, '11th'],
		[21, '21st'],
		[56, '56th'],
		[76, '76th'],
		[112, '112th']
	])('English ordinal of %i is %s', (n, text) => {
		expect(MESSAGES.en.format.session(n)).toBe(`${text} session`);
	});

	it('dates in each language’s style', () => {
		expect(MESSAGES.zh.format.date(2021, 12, 6)).toBe('2021 年 12 月 6 日');
		expect(MESSAGES.en.format.date(2021, 12, 6)).toBe('6 December 2021');
	});
});

describe('languages', () => {
	it.each([
		['zh', 'zh-Hans', 'ltr'],
		['en', 'en', 'ltr'],
		['fr', 'fr', 'ltr'],
		['ru', 'ru', 'ltr'],
		['es', 'es', 'ltr'],
		['ar', 'ar', 'rtl'],
		['AR', 'ar', 'rtl'],
		[undefined, null, 'ltr'],
		['', null, 'ltr'],
		['not a tag!', null, 'ltr']
	])('a document in %s: lang %s, %s', (code, tag, dir) => {
		expect(documentLangTag(code)).toBe(tag);
		expect(documentDirection(code)).toBe(dir);
	});

	it.each([
		['zh', true],
		['en', true],
		['fr', false],
		['', false],
		[null, false]
	])('isLocale(%s) is %s', (value, ok) => {
		expect(isLocale(value)).toBe(ok);
	});
});
