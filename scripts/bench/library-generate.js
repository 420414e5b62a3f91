// Builds a library of resolution-shaped documents for the benchmark, deterministically from a seed.
//
// A real library is made of recurring resolutions: each is re-adopted session after session, each
// version last year's text with a few paragraphs reworded, dropped or added, its dates, symbols and
// session numbers moved on, and its chain of recalled resolutions one longer. So the library is built
// as series: each series starts from paragraphs of the corpus (the English resolutions of 2018 and
// 2025 and the Chinese seeds, read with resodiff's own parser), made its own by swapping a share of
// their words for other words of the corpus (so two series do not share every sentence, as two
// resolutions do not), and then evolves version by version. Four in five series are English, one in
// five Chinese. 250 series of 20 versions give 5,000 documents of about 50 paragraphs: some 250,000
// paragraphs, written as text files in the letterhead shapes of the corpus (A/RES/80/7 for English,
// A/RES/76/40 for Chinese).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.js';

/** @typedef {import('./random.js').Random} Random */

/**
 * @typedef {object} LibraryOptions
 * @property {number} [series]     how many series (default 250)
 * @property {number} [versions]   versions per series (default 20)
 * @property {number} [paragraphs] body paragraphs of a first version (default 48)
 * @property {number} [seed]       PRNG seed (default 1)
 */

/**
 * @typedef {object} GeneratedDocument
 * @property {string} file       file name
 * @property {string} symbol     A/RES/s/n
 * @property {number} series     index of its series
 * @property {number} session
 * @property {string} language   en or zh
 * @property {string[]} body     its body paragraphs, as written (for picking search phrases)
 */

const FIRST_SESSION = 61;
const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const EN_ORDINALS = ['sixty', 'seventy', 'eighty', 'ninety'];
const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TENTHS = { sixty: 'Sixtieth', seventy: 'Seventieth', eighty: 'Eightieth', ninety: 'Ninetieth' };
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_VERBS = [
	'Reaffirms',
	'Urges',
	'Calls upon',
	'Requests',
	'Decides',
	'Welcomes',
	'Encourages',
	'Stresses',
	'Notes',
	'Invites',
	'Recognizes',
	'Emphasizes',
	'Also requests',
	'Further encourages'
];
const EN_OPENERS = [
	'Recalling',
	'Reaffirming',
	'Recognizing',
	'Bearing in mind',
	'Convinced',
	'Concerned',
	'Noting',
	'Welcoming',
	'Emphasizing',
	'Stressing',
	'Mindful',
	'Considering',
	'Acknowledging',
	'Expressing concern'
];
const ZH_VERBS = ['重申', '敦促', '促请', '请', '决定', '欢迎', '鼓励', '强调', '注意到', '邀请', '确认', '又请'];
const ZH_OPENERS = ['回顾', '重申', '确认', '铭记', '深信', '关切', '注意到', '欢迎', '强调', '考虑到', '意识到'];

/** "Sixty-eighth" for 68. @param {number} n */
function englishOrdinal(n) {
	const tens = EN_ORDINALS[Math.floor(n / 10) - 6];
	const unit = n % 10;
	if (!tens) return `${n}th`;
	return unit === 0
		? EN_TENTHS[/** @type {keyof typeof EN_TENTHS} */ (tens)]
		: `${tens[0].toUpperCase()}${tens.slice(1)}-${EN_UNITS[unit]}`;
}

/** "六十八" for 68. @param {number} n */
function chineseNumber(n) {
	const tens = Math.floor(n / 10);
	return `${tens > 1 ? ZH_DIGITS[tens] : ''}十${ZH_DIGITS[n % 10]}`;
}

/**
 * Body paragraphs of the corpus, by language, read with resodiff's parser (the built core library).
 * @param {string} root the checkout
 * @returns {Promise<{ en: string[], zh: string[] }>}
 */
export async function readPool(root) {
	const core = await import(join(root, 'dist', 'cli', 'core.cjs'));
	const index = JSON.parse(readFileSync(join(root, 'corpus', 'index.json'), 'utf8'));
	/** @type {{ en: string[], zh: string[] }} */
	const pool = { en: [], zh: [] };
	for (const doc of index.documents) {
		if (
			!doc.file.endsWith('.txt') ||
			doc.partial ||
			(doc.language !== 'en' && doc.language !== 'zh') ||
			doc.kind === 'report'
		)
			continue;
		const parsed = core.parseResolution(core.decodeText(new Uint8Array(readFileSync(join(root, 'corpus', doc.file)))));
		for (const p of parsed.paragraphs) {
			if ((p.kind === 'preamble' || p.kind === 'operative') && p.text.length >= 40 && p.text.length <= 1200)
				pool[/** @type {'en'|'zh'} */ (doc.language)].push(p.text);
		}
	}
	return pool;
}

/**
 * Swaps a share of a paragraph's words for words of the vocabulary: English words at spaces, Chinese
 * in two-character chunks.
 * @param {string} text @param {string[]} vocabulary @param {number} share @param {Random} random @param {string} language
 */
function swapWords(text, vocabulary, share, random, language) {
	if (language === 'zh') {
		let out = '';
		for (let i = 0; i < text.length; i += 2) {
			const chunk = text.slice(i, i + 2);
			out += /^[\u4e00-\u9fff]{2}$/.test(chunk) && random.chance(share) ? random.pick(vocabulary) : chunk;
		}
		return out;
	}
	return text
		.split(' ')
		.map((w) => (/^[a-z]{4,}$/.test(w) && random.chance(share) ? random.pick(vocabulary) : w))
		.join(' ');
}

/** Words (English) or two-character chunks (Chinese) of a pool, for swapping. @param {string[]} texts @param {string} language */
function vocabularyOf(texts, language) {
	const words = new Set();
	for (const t of texts) {
		if (language === 'zh') for (const m of t.matchAll(/[\u4e00-\u9fff]{2}/g)) words.add(m[0]);
		else for (const m of t.matchAll(/\b[a-z]{4,}\b/g)) words.add(m[0]);
	}
	return [...words];
}

/** The opening word of a paragraph taken off, so the generator's own opener or verb stands first. @param {string} text */
function stripOpener(text) {
	return text
		.replace(/^(?:[A-Z][a-z]+(?: (?:also|further|with \w+|upon|in mind|note of))?\s+)/, '')
		.replace(/^[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff])/, '');
}

/**
 * Writes the library's files into `folder`; returns what it wrote.
 * @param {string} root the checkout (for the corpus)
 * @param {string} folder
 * @param {LibraryOptions} [options]
 * @returns {Promise<GeneratedDocument[]>}
 */
export async function generateLibrary(root, folder, options = {}) {
	const { series = 250, versions = 20, paragraphs = 48, seed = 1 } = options;
	const random = createRandom(seed);
	const pool = await readPool(root);
	const vocabulary = { en: vocabularyOf(pool.en, 'en'), zh: vocabularyOf(pool.zh, 'zh') };
	mkdirSync(folder, { recursive: true });
	/** @type {GeneratedDocument[]} */
	const written = [];
	// Resolution numbers per session, handed out in order.
	const nextNumber = new Map();
	for (let s = 0; s < series; s++) {
		const language = s % 5 === 4 ? 'zh' : 'en';
		const source = pool[language];
		const words = vocabulary[language];
		// The series' own wording: paragraphs of the corpus with a fifth of their words swapped.
		const own = () => swapWords(stripOpener(random.pick(source)), words, 0.2, random, language);
		const titleWords =
			language === 'zh'
				? Array.from({ length: random.range(4, 7) }, () => random.pick(words)).join('')
				: Array.from({ length: random.range(4, 9) }, () => random.pick(words)).join(' ');
		const title = language === 'zh' ? titleWords : titleWords[0].toUpperCase() + titleWords.slice(1);
		const agendaItem = random.range(20, 140);
		/** @type {{ kind: 'preamble' | 'operative', opener: string, text: string }[]} */
		let body = [];
		const preambles = Math.round(paragraphs * 0.45);
		for (let i = 0; i < paragraphs; i++) {
			const kind = i < preambles ? 'preamble' : 'operative';
			const openers =
				kind === 'preamble' ? (language === 'zh' ? ZH_OPENERS : EN_OPENERS) : language === 'zh' ? ZH_VERBS : EN_VERBS;
			body.push({ kind, opener: random.pick(openers), text: own() });
		}
		/** @type {{ symbol: string, date: { y: number, m: number, d: number } }[]} */
		const chain = [];
		for (let v = 0; v < versions; v++) {
			const session = FIRST_SESSION + v + (s % 3);
			const number = (nextNumber.get(session) ?? random.range(1, 30)) + random.range(1, 3);
			nextNumber.set(session, number);
			const symbol = `${session}/${number}`;
			const date = { y: 1945 + session, m: 12, d: random.range(1, 20) };
			if (v > 0) {
				// The draft of this session: last year's text, edited.
				body = body.flatMap((p) => {
					if (random.chance(0.03)) return [];
					if (random.chance(0.1)) return [{ ...p, text: swapWords(p.text, words, 0.06, random, language) }];
					return [p];
				});
				const inserts = Math.max(1, Math.round(paragraphs * 0.03));
				for (let k = 0; k < inserts; k++) {
					const at = random.int(body.length + 1);
					const kind = at < body.filter((p) => p.kind === 'preamble').length ? 'preamble' : 'operative';
					const openers =
						kind === 'preamble'
							? language === 'zh'
								? ZH_OPENERS
								: EN_OPENERS
							: language === 'zh'
								? ZH_VERBS
								: EN_VERBS;
					body.splice(at, 0, { kind, opener: random.pick(openers), text: own() });
				}
				body.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'preamble' ? -1 : 1));
			}
			const text =
				language === 'zh'
					? writeChinese({ session, symbol, date, title, agendaItem, body, chain, random })
					: writeEnglish({ session, symbol, date, title, agendaItem, body, chain, random });
			const file = `A-RES-${session}-${number}.${language}.txt`;
			writeFileSync(join(folder, file), text);
			written.push({ file, symbol: `A/RES/${symbol}`, series: s, session, language, body: body.map((p) => p.text) });
			chain.push({ symbol, date });
		}
	}
	return written;
}

/** @param {{ y: number, m: number, d: number }} date */
const englishDate = (date) => `${date.d} ${EN_MONTHS[date.m - 1]} ${date.y}`;
/** @param {{ y: number, m: number, d: number }} date */
const chineseDate = (date) => `${date.y} 年 ${date.m} 月 ${date.d} 日`;

/**
 * A version in the shape of the English texts of 2025.
 * @param {{ session: number, symbol: string, date: { y: number, m: number, d: number }, title: string, agendaItem: number, body: { kind: string, opener: string, text: string }[], chain: { symbol: string, date: { y: number, m: number, d: number } }[], random: Random }} v
 */
function writeEnglish({ session, symbol, date, title, agendaItem, body, chain, random }) {
	const out = [
		'United Nations',
		`General Assembly Distr.: General ${englishDate({ ...date, d: Math.min(28, date.d + 3) })}`,
		`${englishOrdinal(session)} session Agenda item ${agendaItem}`,
		`Resolution adopted by the General Assembly on ${englishDate(date)}`,
		`[on the report of the First Committee (A/${session}/${400 + agendaItem})]`,
		`${symbol}. ${title}`,
		'The General Assembly,'
	];
	if (chain.length > 0) {
		const list = chain.map((c) => `${c.symbol} of ${englishDate(c.date)}`);
		const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
		out.push(`Recalling its resolution${list.length > 1 ? 's' : ''} ${joined},`);
	}
	let n = 0;
	body.forEach((p, i) => {
		const last = i === body.length - 1;
		if (p.kind === 'preamble') out.push(`${p.opener} ${p.text.replace(/[,;.]\s*$/, '')},`);
		else out.push(`${++n}. ${p.opener} ${p.text.replace(/[,;.]\s*$/, '')}${last ? '.' : ';'}`);
	});
	out.push(`${random.range(30, 70)}th plenary meeting ${englishDate(date)}`);
	return out.join('\n\n') + '\n';
}

/**
 * A version in the shape of A/RES/76/40 (Chinese).
 * @param {{ session: number, symbol: string, date: { y: number, m: number, d: number }, title: string, agendaItem: number, body: { kind: string, opener: string, text: string }[], chain: { symbol: string, date: { y: number, m: number, d: number } }[], random: Random }} v
 */
function writeChinese({ session, symbol, date, title, agendaItem, body, chain, random }) {
	const out = [
		`第${chineseNumber(session)}届会议`,
		`议程项目 ${agendaItem}`,
		`${chineseDate(date)}大会决议`,
		`[根据第一委员会的报告(A/${session}/${400 + agendaItem}, 第 ${random.range(10, 99)} 段)通过]`,
		`${symbol}. ${title}`,
		'大会，'
	];
	if (chain.length > 0) {
		const list = chain.map((c) => `${chineseDate(c.date)}第 ${c.symbol} 号`);
		const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join('、')}和${list[list.length - 1]}`;
		out.push(`回顾其${joined}决议，`);
	}
	let n = 0;
	body.forEach((p, i) => {
		const last = i === body.length - 1;
		const text = p.text.replace(/[，；。,;.]\s*$/, '');
		if (p.kind === 'preamble') out.push(`${p.opener}${text}，`);
		else out.push(`${++n}. **${p.opener}**${text}${last ? '。' : '；'}`);
	});
	out.push(`${chineseDate(date)}\n第 ${random.range(30, 70)} 次全体会议`);
	return out.join('\n\n') + '\n';
}
