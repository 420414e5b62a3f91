/**
 * The showcase pair's paragraph texts taken straight from the seed files with a few plain string
 * operations — independent of the parser — so the diff and routine tests can check real paragraphs
 * while the parser is tested on its own.
 */
import { readFileSync } from 'node:fs';
import { SUPERSCRIPT_CLASS } from '../core/text/superscript';

const seed = (name: string): string => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8');
const FOOTNOTE_MARKS = new RegExp(`[${SUPERSCRIPT_CLASS}]`, 'g');
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
			.replace(FOOTNOTE_MARKS, '')
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

/**
 * Paragraph pairs of the showcase, old text then new, by what changed in them: the diff and routine
 * tests check the same real paragraphs.
 */
export const SHOWCASE_PAIRS = {
	list: [oldSpan('回顾其关于', '第66/32号决议，'), newParagraph('回顾其关于')],
	header: [
		oldSpan('2012年12月3日大会决议', '通过]'),
		newParagraph('2021年12月6日大会决议') + newParagraph('[根据第一委员会')
	],
	closing: [oldSpan('2012年12月3日第48次', '全体会议'), '2021年12月6日' + newParagraph('第45次全体会议')],
	operative4: [oldSpan('强调必须保留', '谈判的结果；'), newParagraph('着重指出')],
	operative5: [oldSpan('再次呼吁', '重要手段；'), newParagraph('再次促请')],
	operative7: [oldSpan('表示注意到秘书长', '问题的答复；'), newParagraph('表示注意到秘书长')],
	operative8: [oldSpan('请秘书长征求', '提出报告；'), newParagraph('请秘书长征求')],
	operative9: [oldSpan('决定在大会第六十八届', '的分项。'), newParagraph('决定在大会')],
	emphasis: [oldSpan('强调国际合作', '重要的贡献，'), newParagraph('强调指出国际合作')],
	concern: [oldSpan('关切军备管制、不扩散和裁军领域的多边主义持续', '本身的基础，'), newParagraph('严重关切')],
	summit: [oldSpan('注意到2012年8月', '唯一可持续的方法，'), newParagraph('注意到2019')]
} satisfies Record<string, [string, string]>;
