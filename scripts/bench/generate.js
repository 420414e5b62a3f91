// Builds large resolution-shaped document pairs for the benchmark, deterministically from a seed.
//
// Real resolutions top out at a few dozen operative paragraphs, so the sizes that stress an aligner
// (hundreds to thousands of paragraphs) have to be made. They are made from the real text of the
// showcase pair (A/RES/67/38 and A/RES/76/40): the clauses of their paragraphs are recombined under
// real operative verbs, some words are swapped for drafting synonyms, and the numbers in them
// (resolution symbols, dates, sessions) are varied. The pool holds some sixty clauses, so paragraphs
// share clauses, as paragraphs of one resolution do, without being copies of each other (copies
// would make alignment either trivial or hopeless). The
// old side is written in the clean-text shape of 76/40 (letterhead, preamble, `N. **动词**…；`
// operative paragraphs, footnote lines at page breaks, closing) so the real parser reads it; the new
// side is the old one edited the way delegations edit a draft: some paragraphs reworded word by word,
// some deleted, some inserted, a few moved, and every operative paragraph renumbered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './random.js';

/** @typedef {import('./random.js').Random} Random */

/**
 * @typedef {object} EditRates  shares of the old side's operative paragraphs, each 0..1
 * @property {number} reworded  word-level edits (substitution, insertion, deletion, number change)
 * @property {number} deleted   dropped from the new side
 * @property {number} inserted  new paragraphs added to the new side (a share of the old count)
 * @property {number} moved     taken out and put back somewhere else
 */

/**
 * @typedef {object} PairOptions
 * @property {number} paragraphs   operative paragraphs on the old side (1..100000)
 * @property {number} [seed]       PRNG seed; default 1
 * @property {Partial<EditRates>} [rates]   default {@link DEFAULT_RATES}
 * @property {string | URL} [corpus]   folder holding A-RES-67-38.zh.txt and A-RES-76-40.zh.txt
 */

/**
 * @typedef {object} Pair
 * @property {string} oldText
 * @property {string} newText
 * @property {{ paragraphs: number, newParagraphs: number, reworded: number, deleted: number, inserted: number, moved: number, oldBytes: number, newBytes: number }} planted
 *   what was done, to set beside what the comparison found
 */

/** The edit mix of a draft against last year's text, as shares of the old paragraphs. */
export const DEFAULT_RATES = Object.freeze({ reworded: 0.1, deleted: 0.03, inserted: 0.03, moved: 0.01 });

/** The repository's corpus folder. */
export const CORPUS = new URL('../../corpus/', import.meta.url);

/** Operative verbs of General Assembly resolutions (the bold words that open operative paragraphs). */
// prettier-ignore
const OPERATIVE_VERBS = [
	'重申', '又重申', '敦促', '着重指出', '再次促请', '请', '表示注意到', '决定', '强调', '强调指出', '呼吁', '促请',
	'鼓励', '欢迎', '确认', '又请', '邀请', '吁请', '表示关切', '表示严重关切', '赞赏', '注意到', '建议', '认可'
];

/** Openers of preambular paragraphs; stripped from borrowed clauses so a verb never doubles. */
// prettier-ignore
const PREAMBLE_OPENERS = [
	'决心', '又回顾', '还回顾', '回顾', '深信', '铭记', '意识到', '又确认', '确认', '考虑到', '强调指出', '强调',
	'严重关切', '关切', '注意到', '重申', '又重申', '敦促', '着重指出', '再次促请', '再次呼吁', '请', '表示注意到', '决定'
];

/** Word substitutions seen between 67/38 and 76/40 and in drafting generally: [old, new]. */
const SUBSTITUTIONS = [
	['强调', '强调指出'],
	['关切', '严重关切'],
	['呼吁', '促请'],
	['个别', '单独'],
	['提出', '提交'],
	['进一步', '继续'],
	['所有', '各'],
	['鼓励', '大力鼓励'],
	['注意到', '欣见'],
	['重要', '关键'],
	['合作', '协作'],
	['加强', '增强'],
	['各国', '所有国家'],
	['有关', '相关'],
	['促进', '推动'],
	['必须', '应当'],
	['国际', '全球'],
	['报告', '综合报告'],
	['意见', '看法'],
	['谈判', '磋商'],
	['核心', '基本'],
	['现有', '既有'],
	['普遍', '广泛'],
	['透明', '公开透明']
];

/** Phrases drafters insert at a clause boundary. */
const INSERTIONS = [
	'并酌情',
	'在适当情况下',
	'尤其是',
	'包括通过区域和次区域合作',
	'在不妨碍各国主权的前提下',
	'根据各自的能力',
	'与联合国系统有关实体协调',
	'在现有资源范围内',
	'同时顾及性别平等',
	'以协商一致的方式'
];

/** Chinese ordinals of sessions 60–89, for `第七十七届会议`. */
const SESSION_ORDINALS = (() => {
	const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
	const out = [];
	for (let n = 60; n < 90; n++) out.push(`${digits[Math.floor(n / 10)]}十${digits[n % 10]}`);
	return out;
})();

/** Superscript digits for footnote marks, as 76/40 prints them. */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Footnote texts in the style of the seeds. */
const FOOTNOTES = [
	'第 {r} 号决议。',
	'见 A/{s}/{n}，附件。',
	'A/{s}/{n}。',
	'《大会正式记录，第{o}届会议，补编第 {k} 号》(A/{s}/{k})。'
];

/**
 * Removes the tokenizer's spaces (corpus text separates every word) and the Markdown bold markup.
 * @param {string} text
 * @returns {string}
 */
function cleanText(text) {
	return text
		.replace(/\*\*/g, '')
		.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
		.replace(/(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])/g, '')
		.replace(/(\d+)年(\d+)月(\d+)日/g, '$1 年 $2 月 $3 日')
		.replace(/第(\d+\/\d+\s*[A-Z]?)号/g, (_, /** @type {string} */ r) => `第 ${r.replace(/\s+/g, '')} 号`)
		.trim();
}

/**
 * The clauses of the showcase pair's preambular and operative paragraphs: the body of each
 * resolution (after `大会，` and before the closing date) cut at Chinese commas and semicolons, with a
 * leading drafting verb taken off. Only clauses long enough to carry meaning are kept.
 * @param {string | URL} [corpus]   the corpus folder
 * @returns {string[]}
 */
export function readClauses(corpus = CORPUS) {
	const bodies = ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt'].map((name) => {
		const raw = readFileSync(join(folderOf(corpus), name), 'utf8');
		const lines = raw.split('\n').filter((line) => !/^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/.test(line) && !line.startsWith('%%%'));
		const text = cleanText(lines.join('\n'));
		const start = text.indexOf('大会，');
		const end = text.search(/\d{4} 年 \d+ 月 \d+ 日\s*第\s*\d+\s*次全体会议\s*$/);
		return text.slice(start + 3, end > start ? end : undefined);
	});
	const openers = [...new Set([...PREAMBLE_OPENERS, ...OPERATIVE_VERBS])].sort((a, b) => b.length - a.length);
	const clauses = new Set();
	for (const body of bodies) {
		for (let piece of body.split(/[，；。\n]+/)) {
			piece = piece.replace(/^\s*\d+\.\s*/, '').trim();
			for (const opener of openers) {
				if (piece.startsWith(opener) && piece.length > opener.length + 6) {
					piece = piece.slice(opener.length);
					break;
				}
			}
			if (piece.length >= 8 && piece.length <= 90) clauses.add(piece);
		}
	}
	return [...clauses];
}

/**
 * The letterhead and preamble of 76/40 (everything before operative paragraph 1), and the footnote
 * lines the preamble cites: the frame every generated document takes.
 * @param {string | URL} [corpus]   the corpus folder
 * @returns {{ head: string, notes: string[] }}
 */
export function readFrame(corpus = CORPUS) {
	const raw = readFileSync(join(folderOf(corpus), 'A-RES-76-40.zh.txt'), 'utf8');
	const lines = raw.split('\n');
	const firstOperative = lines.findIndex((line) => /^1\.\s/.test(line));
	const head = lines.slice(0, firstOperative).join('\n').replace(/\n+$/, '');
	// The preamble cites footnotes whose lines stand after operative paragraph 3 (a page break).
	const notes = lines.filter((line) => /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/.test(line) && head.includes(line.split(/\s/)[0]));
	return { head, notes };
}

/** A folder given as a path or a file URL, as a path. */
const folderOf = (/** @type {string | URL} */ folder) => (folder instanceof URL ? fileURLToPath(folder) : folder);

/**
 * Replaces the numbers of one clause (symbols, dates, sessions) with other plausible ones.
 * @param {string} text
 * @param {Random} random
 * @returns {string}
 */
function varyNumbers(text, random) {
	return text
		.replace(/第 (\d+)\/(\d+)( [A-Z])? 号/g, () => `第 ${random.range(50, 80)}/${random.range(1, 280)} 号`)
		.replace(
			/(\d{4}) 年 (\d+) 月 (\d+) 日/g,
			() => `${random.range(1995, 2024)} 年 ${random.range(1, 12)} 月 ${random.range(1, 28)} 日`
		)
		.replace(/A\/(\d+)\/(\d+)/g, () => `A/${random.range(50, 80)}/${random.range(40, 700)}`)
		.replace(/第[一二三四五六七八九十]+届/g, () => `第${random.pick(SESSION_ORDINALS)}届`);
}

/**
 * @typedef {object} Para  one operative paragraph before it is printed
 * @property {string} verb
 * @property {string} body
 * @property {string | null} footnote   text of the footnote it cites, if any
 */

/**
 * Makes one operative paragraph: a verb and two or three borrowed clauses with their numbers varied.
 * @param {string[]} clauses
 * @param {Random} random
 * @returns {Para}
 */
function makeParagraph(clauses, random) {
	const count = random.pick([2, 2, 2, 3, 3]);
	/** @type {string[]} */
	const parts = [];
	while (parts.length < count) {
		let clause = random.pick(clauses);
		if (parts.includes(clause)) continue;
		// The pool holds some sixty clauses; a drafting substitution in a third of the borrowings keeps
		// repeated clauses from being exact copies of each other.
		if (random.chance(0.35)) {
			const candidates = SUBSTITUTIONS.filter(([from]) => clause.includes(from));
			if (candidates.length) {
				const [from, to] = random.pick(candidates);
				clause = clause.replace(from, to);
			}
		}
		parts.push(clause);
	}
	for (let i = 0; i < parts.length; i++) parts[i] = varyNumbers(parts[i], random);
	// A reference to a session or a resolution in many paragraphs, as in real texts: these are the
	// numbers routine updates touch.
	if (random.chance(0.25)) parts.push(`并就此向大会第${random.pick(SESSION_ORDINALS)}届会议提交报告`);
	else if (random.chance(0.2)) parts.push(`依照第 ${random.range(50, 80)}/${random.range(1, 280)} 号决议行事`);
	const footnote = random.chance(1 / 40) ? varyNumbers(makeFootnote(random), random) : null;
	return { verb: random.pick(OPERATIVE_VERBS), body: parts.join('，'), footnote };
}

/**
 * A footnote text in the style of the seeds.
 * @param {Random} random
 * @returns {string}
 */
function makeFootnote(random) {
	return random
		.pick(FOOTNOTES)
		.replace('{r}', `${random.range(50, 80)}/${random.range(1, 280)}`)
		.replace(/\{s\}/g, String(random.range(50, 80)))
		.replace('{n}', String(random.range(40, 700)))
		.replace(/\{k\}/g, String(random.range(1, 60)))
		.replace('{o}', random.pick(SESSION_ORDINALS));
}

/**
 * Rewords one paragraph with one to three word-level edits; never returns it unchanged.
 * @param {Para} para
 * @param {string[]} clauses
 * @param {Random} random
 * @returns {Para}
 */
function reword(para, clauses, random) {
	let body = para.body;
	const edits = random.range(1, 3);
	for (let e = 0; e < edits; e++) {
		const kind = random.int(4);
		if (kind === 0) {
			const candidates = SUBSTITUTIONS.filter(([from]) => body.includes(from));
			if (candidates.length) {
				const [from, to] = random.pick(candidates);
				const at = body.indexOf(from);
				body = body.slice(0, at) + to + body.slice(at + from.length);
				continue;
			}
		}
		if (kind <= 1) {
			const commas = [...body.matchAll(/，/g)].map((m) => m.index ?? 0);
			const at = commas.length ? random.pick(commas) + 1 : 0;
			body = body.slice(0, at) + random.pick(INSERTIONS) + body.slice(at);
		} else if (kind === 2) {
			const parts = body.split('，');
			if (parts.length > 2) {
				parts.splice(random.int(parts.length), 1);
				body = parts.join('，');
			} else {
				// Too short to lose a clause: drop a word instead (a two-character word of its text).
				const at = random.int(Math.max(1, body.length - 2));
				body = body.slice(0, at) + body.slice(at + 2);
			}
		} else {
			const varied = varyNumbers(body, random);
			body = varied !== body ? varied : body + '，' + varyNumbers(random.pick(clauses), random);
		}
	}
	if (body === para.body) body = random.pick(INSERTIONS) + body;
	return { ...para, verb: random.chance(0.2) ? random.pick(OPERATIVE_VERBS) : para.verb, body };
}

/**
 * Prints a document in the clean-text shape of 76/40: letterhead and preamble, numbered operative
 * paragraphs with the verb in bold, footnote lines where a "page" of 12 paragraphs ends, closing.
 * @param {{ head: string, notes: string[] }} frame
 * @param {Para[]} paras
 * @param {string} closing
 * @returns {string}
 */
function printDocument({ head, notes }, paras, closing) {
	const out = [head, ''];
	let mark = notes.length;
	/** @type {string[]} */
	let pending = [...notes];
	const flush = () => {
		if (!pending.length) return;
		out.push(...pending.flatMap((line) => [line, '']));
		pending = [];
	};
	paras.forEach((para, i) => {
		const last = i === paras.length - 1;
		let text = `${i + 1}. **${para.verb}**${para.body}${last ? '。' : '；'}`;
		if (para.footnote) {
			mark += 1;
			const sup = [...String(mark)].map((d) => SUPERSCRIPT[Number(d)]).join('');
			// The mark follows the first clause, where the seeds put theirs (after a cited title).
			const comma = text.indexOf('，');
			text =
				comma > 0
					? `${text.slice(0, comma + 1)}${sup} ${text.slice(comma + 1)}`
					: `${text.slice(0, -1)}${sup}${text.slice(-1)}`;
			pending.push(`${sup} ${para.footnote}`);
		}
		out.push(text);
		if (((i + 1) % 12 === 0 || i === 2) && !last) {
			if (pending.length) out.push('');
			flush();
		}
	});
	out.push('', closing, '');
	if (pending.length) out.push(...pending.flatMap((line) => [line, '']));
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * Makes an old/new pair of resolution-shaped documents with `paragraphs` operative paragraphs on the
 * old side and the edit mix of `rates` on the new side. The same options always give the same texts.
 * @param {PairOptions} options
 * @returns {Pair}
 */
export function generatePair(options) {
	const { paragraphs: n, seed = 1, corpus = CORPUS } = options;
	if (!Number.isInteger(n) || n < 1 || n > 100000)
		throw new RangeError(`paragraphs must be an integer in 1..100000, not ${n}`);
	const rates = { ...DEFAULT_RATES, ...options.rates };
	const random = createRandom(seed * 7919 + n);
	const clauses = readClauses(corpus);
	const { head, notes } = readFrame(corpus);

	/** @type {Para[]} */
	const old = [];
	for (let i = 0; i < n; i++) old.push(makeParagraph(clauses, random));

	// Exact counts, on disjoint paragraphs, so the planted edits can be checked against the result.
	const count = (/** @type {number} */ rate) => Math.round(rate * n);
	const order = random.shuffle([...Array(n).keys()]);
	let cursor = 0;
	const take = (/** @type {number} */ k) => new Set(order.slice(cursor, (cursor += k)));
	const deleted = take(count(rates.deleted));
	const reworded = take(count(rates.reworded));
	const moved = take(count(rates.moved));

	/** @type {Para[]} */
	const fresh = [];
	/** @type {Para[]} */
	const movers = [];
	for (let i = 0; i < n; i++) {
		if (deleted.has(i)) continue;
		const para = reworded.has(i) ? reword(old[i], clauses, random) : old[i];
		if (moved.has(i)) movers.push(para);
		else fresh.push(para);
	}
	// A moved paragraph goes at least a tenth of the document away from where it stood.
	for (const para of movers) {
		const from = old.indexOf(para) >= 0 ? old.indexOf(para) : n / 2;
		let at = random.int(fresh.length + 1);
		if (Math.abs(at - from) < n / 10) at = (at + Math.floor(fresh.length / 2)) % (fresh.length + 1);
		fresh.splice(at, 0, para);
	}
	const inserts = count(rates.inserted);
	for (let k = 0; k < inserts; k++) fresh.splice(random.int(fresh.length + 1), 0, makeParagraph(clauses, random));

	const oldHead = head;
	const newHead = head
		.replace('第七十六届会议', '第七十七届会议')
		.replace('2021 年 12 月 6 日', '2022 年 12 月 7 日')
		.replace('A/76/444', 'A/77/385')
		.replace('76/40.', '77/58.');
	const oldText = printDocument({ head: oldHead, notes }, old, '2021 年 12 月 6 日\n第 45 次全体会议');
	const newText = printDocument({ head: newHead, notes }, fresh, '2022 年 12 月 7 日\n第 46 次全体会议');
	return {
		oldText,
		newText,
		planted: {
			paragraphs: n,
			newParagraphs: fresh.length,
			reworded: reworded.size,
			deleted: deleted.size,
			inserted: inserts,
			moved: moved.size,
			oldBytes: Buffer.byteLength(oldText),
			newBytes: Buffer.byteLength(newText)
		}
	};
}
