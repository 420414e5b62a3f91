/**
 * Letters a damaged text layer reads wrongly, told from the words of the text alone.
 *
 * A PDF whose font maps the glyph of one letter to another (its ToUnicode map sends "q" to "u", "f" to "i")
 * reads "uue" for "que" and "iunciones" for "funciones" in every tool that reads its text layer, pdfjs,
 * pdftotext or a viewer's copy alike: the misspellings are in the file. They show in the words. A language's
 * commonest words (for UN resolutions: "que", "informe", "the", "international", …) are always there; when
 * they are (nearly) missing while words one letter away from them abound, and always with the same letter
 * changed into the same other letter, the text layer is damaged, whatever the font or the tool.
 *
 * Method: count the words of the text; for each common word of the language, the words of the text of its
 * length that differ from it in one letter (not merely in an accent or case) and are not common words
 * themselves are its look-alikes. A change of one letter into another ("q" → "u") is a misreading when its
 * look-alikes are at least {@link MISREAD_MIN_WORDS}, more than {@link MISREAD_MAJORITY} times as many as the
 * common words they stand for, and stand for at least {@link MISREAD_MIN_KINDS} different common words. A sound text has its common words and few look-alikes ("son" beside "con"); a
 * damaged one has them the other way round. Cost: linear in the text, plus a look-up per common word and
 * position (a few thousand).
 */

/** A letter the text layer reads as another one, with the commonest word it misspells. */
export interface MisreadLetter {
	/** The letter meant: "q". */
	letter: string;
	/** The letter read instead: "u". */
	readAs: string;
	/** The word meant and the word read, for the message: "que" read "uue". */
	example: { meant: string; read: string };
	/** Words of the text that show the misreading. */
	count: number;
}

/**
 * Common words of resolutions in each language whose letters a misreading would change: function words and
 * the vocabulary every resolution uses. Words of two letters are left out (too many real words lie one letter
 * from them); a word one letter from another on the list is harmless, as list words are never look-alikes.
 */
// prettier-ignore
export const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['the', 'and', 'that', 'for', 'with', 'its', 'this', 'their', 'which', 'from', 'international', 'including',
		'united', 'nations', 'general', 'assembly', 'resolution', 'report', 'development', 'states', 'also', 'further',
		'rights', 'human', 'security', 'council', 'secretary', 'session', 'support', 'efforts', 'effective', 'office',
		'conference', 'cooperation', 'particular', 'framework', 'implementation', 'women', 'requests', 'relevant'],
	es: ['que', 'los', 'las', 'del', 'por', 'para', 'con', 'una', 'sus', 'como', 'entre', 'sobre', 'también', 'informe',
		'porque', 'aunque', 'equipo', 'adquisición', 'forma', 'conformidad', 'fin', 'fundamental', 'efectos', 'esfuerzos', 'derechos', 'internacional', 'general',
		'asamblea', 'naciones', 'unidas', 'resolución', 'humanos', 'seguridad', 'desarrollo', 'particular', 'medidas',
		'período', 'sesiones', 'estados', 'consejo', 'secretario', 'cuestión', 'aplicación', 'cooperación', 'mujeres'],
	fr: ['que', 'les', 'des', 'pour', 'dans', 'qui', 'par', 'une', 'sur', 'est', 'ses', 'aux', 'avec', 'ainsi',
		'notamment', 'internationale', 'international', 'générale', 'assemblée', 'nations', 'unies', 'résolution',
		'rapport', 'développement', 'droits', 'sécurité', 'conseil', 'efforts', 'effet', 'afin', 'question', 'session',
		'secrétaire', 'particulier', 'mesures', 'coopération', 'femmes', 'affaires', 'conformément'],
	ru: ['что', 'для', 'его', 'как', 'или', 'также', 'которые', 'всех', 'международного', 'генеральной', 'ассамблеи',
		'объединенных', 'наций', 'резолюции', 'доклад', 'развития', 'прав', 'человека', 'безопасности', 'совета',
		'государств', 'сессии', 'генерального', 'секретаря', 'усилия', 'особенно', 'рамках', 'сотрудничества',
		'женщин', 'просит', 'призывает'],
	ar: ['التي', 'الأمم', 'المتحدة', 'الجمعية', 'العامة', 'الدول', 'الدولي', 'حقوق', 'الإنسان', 'تقرير', 'الأمين',
		'مجلس', 'الأمن', 'التنمية', 'قرارها', 'الدورة', 'التعاون', 'ذلك', 'على', 'إلى', 'هذا']
};

/** Least words of the text that must show one misreading. Unit: words; a handful rules out a stray typo. */
export const MISREAD_MIN_WORDS = 5;
/**
 * Look-alikes must outnumber the common words they stand for by this factor. Unit: ratio. A damaged layer
 * misreads every one of them (0 right, 90 wrong in A/RES/77/247); a sound text has the common words.
 */
export const MISREAD_MAJORITY = 2;
/**
 * The look-alikes must stand for at least this many different common words. Unit: words. One common word
 * missing beside a real word one letter away is a coincidence ("fin" misread "iin" in A/RES/77/247, and "sin"
 * there in its own right; Arabic "الدول" and "الأول"); a damaged font changes the letter in every word.
 */
export const MISREAD_MIN_KINDS = 2;

/**
 * Words: runs of letters and combining marks. All of a text's are taken in one call (`match`) rather than
 * matched in turn: cold, matching a resolution's 5,000 words one by one cost some milliseconds more.
 */
const WORD = /[\p{L}\p{M}]+/gu;

/** A letter without its accents and case, to tell a different letter from the same letter accented. */
function baseOf(letter: string): string {
	return letter.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether two letters (in lower case, as the words are) differ as letters, not merely in an accent or case. Two
 * ASCII letters that differ are different letters; only an accented one needs taking apart.
 */
function differentLetters(a: string, b: string): boolean {
	if (a.charCodeAt(0) < 0x80 && b.charCodeAt(0) < 0x80) return a !== b;
	return baseOf(a) !== baseOf(b);
}

/** The language whose common words the text has most of. */
function likeliestLanguage(counts: Map<string, number>): string | null {
	let best: string | null = null;
	let most = 0;
	for (const [language, words] of Object.entries(COMMON_WORDS)) {
		const found = words.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
		if (found > most) [best, most] = [language, found];
	}
	return best;
}

/**
 * The letters a text reads wrongly throughout, most frequent first; empty for a sound text, a language
 * without a list of common words (Chinese), or a text too short to tell.
 * @param text the text as read
 * @param language its language code (`es`); when unknown, the language whose common words it has most of
 */
export function findMisreadLetters(text: string, language?: string | null): MisreadLetter[] {
	const counts = new Map<string, number>();
	for (const word of text.normalize('NFC').toLowerCase().match(WORD) ?? []) {
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const lang = language && COMMON_WORDS[language] ? language : likeliestLanguage(counts);
	const common = lang ? COMMON_WORDS[lang] : undefined;
	if (!common) return [];
	const listed = new Set(common);
	// The text's other words by length: a word read with one letter wrong has the length of the word meant.
	// The letters of these languages are single UTF-16 units, so positions are indexes into the string.
	const byLength = new Map<number, string[]>();
	for (const word of counts.keys()) {
		if (listed.has(word)) continue;
		const list = byLength.get(word.length);
		if (list) list.push(word);
		else byLength.set(word.length, [word]);
	}
	interface Tally {
		wrong: number;
		right: number;
		example: { meant: string; read: string; count: number };
		/** The common words misspelt. */
		kinds: Set<string>;
	}
	const tallies = new Map<string, Tally>();
	for (const meant of common) {
		// The words that differ from this one in exactly one place, by that place.
		const misspelt: { at: number; read: string }[] = [];
		for (const read of byLength.get(meant.length) ?? []) {
			let at = -1;
			for (let i = 0; i < meant.length; i++) {
				if (meant.charCodeAt(i) === read.charCodeAt(i)) continue;
				if (at >= 0) {
					at = -1;
					break;
				}
				at = i;
			}
			if (at >= 0) misspelt.push({ at, read });
		}
		misspelt.sort((a, b) => a.at - b.at);
		for (const { at, read } of misspelt) {
			const letter = meant[at];
			const other = read[at];
			if (!differentLetters(letter, other)) continue;
			const n = counts.get(read) ?? 0;
			const pair = `${letter}\u0000${other}`;
			let tally = tallies.get(pair);
			if (!tally)
				tallies.set(pair, (tally = { wrong: 0, right: 0, example: { meant, read, count: 0 }, kinds: new Set() }));
			if (n > 0) tally.kinds.add(meant);
			tally.wrong += n;
			tally.right += counts.get(meant) ?? 0;
			if (n > tally.example.count) tally.example = { meant, read, count: n };
		}
	}
	const found: MisreadLetter[] = [];
	for (const [pair, tally] of tallies) {
		if (tally.wrong < MISREAD_MIN_WORDS || tally.wrong <= MISREAD_MAJORITY * tally.right) continue;
		if (tally.kinds.size < MISREAD_MIN_KINDS) continue;
		const [letter, readAs] = pair.split('\u0000');
		found.push({
			letter,
			readAs,
			example: { meant: tally.example.meant, read: tally.example.read },
			count: tally.wrong
		});
	}
	return found.sort((a, b) => b.count - a.count || a.letter.localeCompare(b.letter));
}
