/**
 * Word segmentation for the diff: cuts a text into tokens whose concatenation is the text, so that a diff
 * over tokens can be expanded back into a character-exact diff.
 *
 * WHY Intl.Segmenter: Chinese has no spaces between words. A reader comparing 呼吁 with 促请 must see one
 * word replaced by another, not 呼 → 促 and 吁 → 请 interleaved. The ICU dictionary segmenter behind
 * `Intl.Segmenter` ships with every modern browser and with Node (full ICU), needs no download and cuts
 * UN prose well (再次|促请|所有|会员|国). Where it is missing (old engines), a rule-based fallback cuts Han
 * characters one by one and other scripts at white space and punctuation: coarser words, same guarantees.
 *
 * WHY the ordinal rule: ICU cuts Chinese numerals by dictionary, so 第六十八届 becomes 第|六十|八届 and
 * 第七十七届 becomes 第七|十七|届, and a diff of the two shares nothing. UN texts write session and meeting
 * ordinals as 第 + numerals; cutting 第 and the numeral run out before ICU sees them gives 第|六十八|届
 * against 第|七十七|届, a clean replacement of the number.
 *
 * Cost: one pass of ICU over the text, O(n); segmenters are built once per language and reused.
 */

/** Options of the segmentation functions. */
export interface SegmentOptions {
	/** BCP 47 language of the text (`zh`, `en`, `fr`, …); decides the dictionary. Default `zh`. */
	language: string;
}

/** Default segmentation options: Chinese. */
export const defaultSegmentOptions: Readonly<SegmentOptions> = { language: 'zh' };

/** `第` followed by a run of Chinese numerals: an ordinal (第六十八届, 第十八次), cut before ICU sees it. */
const CHINESE_ORDINAL = /第([〇零一二三四五六七八九十百千万两]+)/g;

/** Fallback tokens: a white-space run, one Han character, a run of letters/digits, or any one code point. */
const FALLBACK_TOKEN = /\s+|\p{Script=Han}|[\p{L}\p{M}\p{N}_]+|[\s\S]/gu;

/**
 * Word segmenters by language. Built lazily and kept: constructing one costs far more than using it, and a
 * segmenter is immutable, so sharing it between calls (and users) is safe.
 */
const segmenters = new Map<string, Intl.Segmenter | null>();

/** The cached word segmenter of a language, or null when the engine has none. */
function getSegmenter(language: string): Intl.Segmenter | null {
	let segmenter = segmenters.get(language);
	if (segmenter === undefined) {
		segmenter = null;
		if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
			try {
				segmenter = new Intl.Segmenter(language, { granularity: 'word' });
			} catch {
				// An unknown or malformed language tag: fall back to the root locale's rules.
				segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
			}
		}
		segmenters.set(language, segmenter);
	}
	return segmenter;
}

/** True when the language is written without spaces between words and gets the ordinal rule. */
function isChinese(language: string): boolean {
	return /^(zh|yue|wuu|cmn)(?:-|$)/i.test(language);
}

/**
 * Cut several texts with no special rules: ICU when present, else the fallback pattern. `out[k]` gets
 * the tokens of `texts[k]`.
 *
 * WHY in one call: each `segment()` call clones ICU's break iterator, about 35 µs with the Chinese
 * dictionary, more than segmenting a short clause costs. A row's diff segments the changed clauses of
 * both sides, often a few dozen characters between ordinals; so the texts are joined with line feeds,
 * where Unicode word segmentation always breaks (UAX #29, WB3a/WB3b), cut into pieces of at most
 * {@link MAX_SEGMENT_CHUNK}, and the tokens are handed back text by text. A carriage return would join
 * the line feed after it (WB3), so texts holding one are cut one by one.
 */
function segmentPlain(texts: readonly string[], language: string, out: string[][]): void {
	const segmenter = getSegmenter(language);
	if (!segmenter) {
		texts.forEach((text, k) => {
			for (const m of text.matchAll(FALLBACK_TOKEN)) out[k].push(m[0]);
		});
		return;
	}
	if (texts.length > 1 && !texts.some((t) => t.includes('\r'))) {
		const tokens: string[] = [];
		for (const chunk of chunkText(texts.join('\n'))) for (const s of segmenter.segment(chunk)) tokens.push(s.segment);
		if (distribute(tokens, texts, out)) return;
		for (const list of out) list.length = 0;
	}
	texts.forEach((text, k) => {
		if (text === '') return;
		for (const chunk of chunkText(text)) for (const s of segmenter.segment(chunk)) out[k].push(s.segment);
	});
}

/**
 * Hand the tokens of `texts.join('\n')` back to each text; false (and `out` partly filled) should a token
 * cross a joint, which the segmentation rules do not allow.
 */
function distribute(tokens: readonly string[], texts: readonly string[], out: string[][]): boolean {
	let k = 0;
	let at = 0;
	let end = texts[0].length;
	for (const token of tokens) {
		if (at === end && k + 1 < texts.length) {
			if (token !== '\n') return false;
			at++;
			k++;
			end = at + texts[k].length;
			continue;
		}
		at += token.length;
		if (at > end) return false;
		out[k].push(token);
	}
	return k === texts.length - 1 && at === end;
}

/**
 * Longest piece handed to ICU at once, in UTF-16 code units; range 16..∞. V8 (Node 20, Chromium of
 * the same age) copies the whole input string into every segment it returns, so segmenting n characters
 * in one call costs O(n²): 29,000 characters take seconds. Pieces of at most this length keep it linear.
 */
export const MAX_SEGMENT_CHUNK = 256;

/** Where a clause ends: after Chinese clause punctuation or a line break, or after the space of `, `. */
const CLAUSE_END = /(?<=[，。；：、！？\n])|(?<=[,.;:!?]\s)/u;

/**
 * Split a text after clause punctuation (，。；：、！？), line breaks and the space after `,.;:!?`.
 * No word crosses these places, so segmenting each clause alone gives the words of the whole text.
 * The clauses concatenate to the text; none is empty.
 */
export function splitClauses(text: string): string[] {
	return text === '' ? [] : text.split(CLAUSE_END);
}

/**
 * Cut a text into pieces for ICU at places where a word cannot continue anyway, so the cut changes no
 * word: whole clauses, as many as fit in {@link MAX_SEGMENT_CHUNK}; a clause still longer than that (a
 * run with no punctuation at all) is cut at its last white space, or else between two code points.
 */
function chunkText(text: string): string[] {
	if (text.length <= MAX_SEGMENT_CHUNK) return [text];
	const pieces: string[] = [];
	let packed = '';
	for (let piece of splitClauses(text)) {
		if (packed.length + piece.length <= MAX_SEGMENT_CHUNK) {
			packed += piece;
			continue;
		}
		if (packed) pieces.push(packed);
		while (piece.length > MAX_SEGMENT_CHUNK) {
			let cut = piece.lastIndexOf(' ', MAX_SEGMENT_CHUNK) + 1;
			if (cut <= 0) {
				cut = MAX_SEGMENT_CHUNK;
				const unit = piece.charCodeAt(cut);
				if (unit >= 0xdc00 && unit <= 0xdfff) cut--;
			}
			pieces.push(piece.slice(0, cut));
			piece = piece.slice(cut);
		}
		packed = piece;
	}
	if (packed) pieces.push(packed);
	return pieces;
}

/**
 * Split a text into word tokens, white space and punctuation as tokens of their own.
 * The tokens concatenate to the text exactly; none is empty; no surrogate pair is cut.
 */
export function segmentWords(text: string, options: Partial<SegmentOptions> = {}): string[] {
	return segmentWordsOfEach([text], options)[0];
}

/**
 * {@link segmentWords} of several texts at once: the same tokens, in fewer calls into ICU (see
 * {@link segmentPlain}). A diff segments its two sides together.
 */
export function segmentWordsOfEach(texts: readonly string[], options: Partial<SegmentOptions> = {}): string[][] {
	const { language } = { ...defaultSegmentOptions, ...options };
	const out = texts.map((): string[] => []);
	if (!isChinese(language)) {
		segmentPlain(texts, language, out);
		return out;
	}
	// Ordinals are cut out first; the stretches between them are segmented together, then the tokens
	// are laid back in order: stretch, 第, numerals, stretch, …
	const stretches: string[] = [];
	const layout: { text: number; ordinal: string | null }[] = [];
	texts.forEach((text, k) => {
		let last = 0;
		for (const m of text.matchAll(CHINESE_ORDINAL)) {
			const start = m.index ?? 0;
			stretches.push(text.slice(last, start));
			layout.push({ text: k, ordinal: m[1] });
			last = start + m[0].length;
		}
		stretches.push(text.slice(last));
		layout.push({ text: k, ordinal: null });
	});
	const tokens = stretches.map((): string[] => []);
	segmentPlain(stretches, language, tokens);
	layout.forEach(({ text, ordinal }, s) => {
		for (const token of tokens[s]) out[text].push(token);
		if (ordinal !== null) out[text].push('第', ordinal);
	});
	return out;
}

/** Split a text into code points; a lone surrogate is a token of its own, a surrogate pair is never cut. */
export function splitCodePoints(text: string): string[] {
	return Array.from(text);
}

/**
 * Offsets (UTF-16 code units, ascending) at which a word may start or end: 0, every boundary between two
 * tokens of {@link segmentWords}, and `text.length`.
 */
export function wordBoundaries(text: string, options: Partial<SegmentOptions> = {}): number[] {
	return boundariesOf(segmentWords(text, options));
}

/** Offsets at which tokens start or end: 0, each token's end (the last is the text's length). */
export function boundariesOf(tokens: readonly string[]): number[] {
	const offsets = [0];
	let at = 0;
	for (const token of tokens) {
		at += token.length;
		offsets.push(at);
	}
	return offsets;
}
