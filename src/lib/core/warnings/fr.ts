/** The warnings in French: the colon, semicolon and question mark after a no-break space, « » quotes. */
import type { MisreadExample, WarningSentences } from '../warnings';

const NB = '\u00a0';
const q = (text: string) => `«${NB}${text}${NB}»`;

/** A misread letter: `« u » au lieu de « q » (« uue » pour « que »)`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `${q(m.readAs)} au lieu de ${q(m.letter)} (${q(m.read)} pour ${q(m.meant)})`).join(', ');

const damaged = 'de sorte que certains mots sont mal orthographiés, ici comme dans tout texte copié de ce fichier';

const SIDES = { old: 'ancien texte', new: 'nouveau texte' } as const;

export const fr: WarningSentences = {
	subject: (s) => ('side' in s ? `${SIDES[s.side]} (${s.name})` : 'version' in s ? s.version : `${s.from} → ${s.to}`),
	unrelated: (w) =>
		`les deux documents semblent être des résolutions différentes (${w.titles ? `titres ${q(w.titles[0])} et ${q(w.titles[1])}, ` : ''}${w.shared}${NB}% de texte commun)`,
	'no-paragraphs': (w) =>
		w.side === 'old'
			? `l’ancien texte (${w.name}) ne compte aucun paragraphe${NB}: toutes les lignes sont des ajouts`
			: `le nouveau texte (${w.name}) ne compte aucun paragraphe${NB}: toutes les lignes sont des suppressions`,
	'pages-limit': (w) => `seules les ${w.read} premières pages sur ${w.pages} ont été lues`,
	'page-unreadable': (w) => `la page ${w.page} n’a pas pu être lue (${w.reason})${NB}; son texte manque`,
	'page-no-text': (w) => `la page ${w.page} n’a pas de couche texte (image numérisée${NB}?)${NB}; son texte manque`,
	'pdf-misread': (w) =>
		`la couche texte du PDF lui-même est endommagée${NB}: on y lit ${misread(w.letters)}, ${damaged}`,
	'pdf-damaged': (w) =>
		`la couche texte du PDF lui-même est endommagée${NB}: des lettres différentes y sont lues comme ${w.letters.map(q).join(', ')}, ${damaged}`,
	'text-misread': (w) =>
		`les lettres du texte semblent mal lues${NB}: on y lit ${misread(w.letters)}, comme dans un texte tiré d’un PDF dont la couche texte est endommagée, de sorte que certains mots sont mal orthographiés`,
	'text-boxes': () => `le texte des zones de texte n’est pas lu${NB}: il ne fait pas partie de la comparaison`,
	'markup-kept': (w) =>
		`balisage laissé tel quel dans le paragraphe de la ligne ${w.line}${NB}: trop de signes de balisage`,
	'too-many-paragraphs': (w) =>
		`plus de ${w.limit} paragraphes${NB}: le reste du texte est conservé, non analysé, dans le dernier paragraphe`,
	'operative-order': (w) => `le paragraphe ${w.number} du dispositif suit le paragraphe ${w.after} (ligne ${w.line})`,
	'no-operative': () => 'aucun paragraphe numéroté du dispositif n’a été trouvé',
	'no-structure': () =>
		`aucune structure de résolution ou de rapport n’a été reconnue${NB}: chaque bloc de texte est conservé comme un paragraphe`,
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `la note ${w.marks[0]} est appelée (ligne ${w.line}), mais son texte est introuvable`
			: `les notes ${w.marks.join(', ')} sont appelées (à partir de la ligne ${w.line}), mais leur texte est introuvable`,
	'more-warnings': (w) => `… et ${w.count} autre${w.count > 1 ? 's' : ''} avertissement${w.count > 1 ? 's' : ''}`,
	text: (w) => w.text
};
