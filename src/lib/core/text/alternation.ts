/**
 * A regular expression source that matches any of a list of words, built as a trie: words sharing a
 * beginning share one branch, so the engine reads each character of the text once per branch instead of
 * once per word. The number grammars of the drafting conventions spell every ordinal from 1 to 199 in all
 * its forms (French "soixante-huitième", Russian "шестьдесят восьмой" in six cases and three genders,
 * Arabic "الثامنة والستين"): several thousand words, which a plain `a|b|c…` would try one by one at
 * every position of a paragraph.
 *
 * Longer words win: at each node the branches that read further are tried before the word that ends
 * there, so "soixante-dix-huitième" is taken whole rather than stopping at a shorter entry. A caller
 * that needs the match to end at a word boundary adds its own look-ahead, and the engine backtracks to a
 * shorter entry when the longer one fails it.
 *
 * Cost: O(total length of the words) to build; the source is about as long as the words' distinct
 * prefixes.
 */

/** A node of the trie: its children by character, and whether a word ends here. */
interface TrieNode {
	children: Map<string, TrieNode>;
	end: boolean;
}

/** The characters that mean something in a regular expression source. */
const SPECIAL = '\\^$.*+?()[]{}|/';

/** Escape a character for use in a regular expression source. */
function escapeChar(ch: string): string {
	return SPECIAL.includes(ch) ? `\\${ch}` : ch;
}

/**
 * The source of the subtree under `node`. Speed-up: a chain of nodes with one child each and no word ending
 * (most of a trie of long words) is read in a loop, without a sort, an array or a call per character; the
 * command builds these tries for four languages every time it starts.
 */
function sourceOf(start: TrieNode): string {
	let node = start;
	let chain = '';
	while (node.children.size === 1 && !node.end) {
		const [ch, child] = node.children.entries().next().value as [string, TrieNode];
		chain += escapeChar(ch);
		node = child;
	}
	if (node.children.size === 0) return chain;
	const keys = [...node.children.keys()];
	if (keys.length > 1) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const branches = keys.map((ch) => escapeChar(ch) + sourceOf(node.children.get(ch) as TrieNode));
	const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
	// A word ends here, and longer ones go on: try the longer ones first (greedy), then stop here.
	return chain + (node.end ? `(?:${branches.join('|')})?` : body);
}

/**
 * A regex source (no anchors, no flags, no capturing group) matching exactly the given words, preferring
 * the longest. Empty words are ignored; an empty list gives a source that never matches.
 */
export function alternationOf(words: Iterable<string>): string {
	const root: TrieNode = { children: new Map(), end: false };
	let any = false;
	for (const word of words) {
		if (!word) continue;
		any = true;
		let node = root;
		for (const ch of word) {
			let next = node.children.get(ch);
			if (!next) {
				next = { children: new Map(), end: false };
				node.children.set(ch, next);
			}
			node = next;
		}
		node.end = true;
	}
	return any ? `(?:${sourceOf(root)})` : '(?!)';
}

/**
 * A regex source matching the last `length` characters of each word (the whole word when it is
 * shorter): wherever one of the words ends, one of these endings ends too. A short pattern that tells
 * where a long alternation of the words cannot end (routine-grammar.ts, `cue`).
 */
export function endingsOf(words: Iterable<string>, length: number): string {
	const endings = new Set<string>();
	for (const word of words) endings.add(Array.from(word).slice(-length).join(''));
	return alternationOf(endings);
}
