/**
 * The showcase pair's paragraph texts taken straight from the seed files with a few plain string
 * operations — independent of the parser — so the diff and routine tests can check real paragraphs
 * while the parser is tested on its own.
 */
import { readFileSync } from 'node:fs';

const seed = (name: string): string => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8');
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》';

/** 67/38 is tokenized corpus text: every space is a tokenizer space, except between two Latin letters or digits. */
export const oldBody = seed('A-RES-67-38.zh.txt')
	.split('\n')
	.slice(1)
	.join(' ')
	.replace(/ +/g, (m: string, at: number, all: string) =>
		/[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + m.length] ?? '') ? ' ' : ''
	)
	.trim();

/** 76/40 lines without the number, the bold markup, the footnote marks, and white space touching CJK. */
export const newLines = seed('A-RES-76-40.zh.txt')
	.split('\n')
	.map((line) =>
		line
			.replace(/^\d+\.\s*/, '')
			.replace(/\*\*/g, '')
			.replace(/[¹²³]/g, '')
			.replace(new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu'), '')
			.trim()
	);

/** The span of 67/38 from `start` to the end of `end`, searching from `from`. */
export function oldSpan(start: string, end: string, from = 0): string {
	const i = oldBody.indexOf(start, from);
	const j = oldBody.indexOf(end, i);
	if (i < 0 || j < 0) throw new Error(`67/38 has no span ${start}…${end}`);
	return oldBody.slice(i, j + end.length);
}

/** The 76/40 paragraph that starts with `start`. */
export function newParagraph(start: string): string {
	const line = newLines.find((l) => l.startsWith(start));
	if (!line) throw new Error(`76/40 has no paragraph starting ${start}`);
	return line;
}
