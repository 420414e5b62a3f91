/** The warnings in Spanish. */
import type { MisreadExample, WarningSentences } from '../warnings';

/** A misread letter: `“u” en lugar de “q” (“uue” por “que”)`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `“${m.readAs}” en lugar de “${m.letter}” (“${m.read}” por “${m.meant}”)`).join(', ');

const damaged =
	'por lo que algunas palabras aparecen mal escritas, aquí como en cualquier texto copiado de este archivo';

const SIDES = { old: 'texto anterior', new: 'texto nuevo' } as const;

export const es: WarningSentences = {
	subject: (s) => ('side' in s ? `${SIDES[s.side]} (${s.name})` : 'version' in s ? s.version : `${s.from} → ${s.to}`),
	unrelated: (w) =>
		`los dos documentos parecen ser resoluciones distintas (${w.titles ? `títulos “${w.titles[0]}” y “${w.titles[1]}”, ` : ''}${w.shared}\u00a0% del texto en común)`,
	'no-paragraphs': (w) =>
		w.side === 'old'
			? `el texto anterior (${w.name}) no tiene párrafos: todas las filas son inserciones`
			: `el texto nuevo (${w.name}) no tiene párrafos: todas las filas son supresiones`,
	'pages-limit': (w) => `solo se leyeron las primeras ${w.read} de ${w.pages} páginas`,
	'page-unreadable': (w) => `no se pudo leer la página ${w.page} (${w.reason}); falta su texto`,
	'page-no-text': (w) => `la página ${w.page} no tiene capa de texto (¿una imagen escaneada?); falta su texto`,
	'pdf-misread': (w) => `la capa de texto del propio PDF está dañada: se lee ${misread(w.letters)}, ${damaged}`,
	'pdf-damaged': (w) =>
		`la capa de texto del propio PDF está dañada: letras distintas se leen como ${w.letters.map((l) => `“${l}”`).join(', ')}, ${damaged}`,
	'text-misread': (w) =>
		`las letras del texto parecen mal leídas: se lee ${misread(w.letters)}, como ocurre con un texto extraído de un PDF cuya capa de texto está dañada, por lo que algunas palabras aparecen mal escritas`,
	'text-boxes': () => 'el texto de los cuadros de texto no se lee: no forma parte de la comparación',
	'markup-kept': (w) => `marcas dejadas como texto en el párrafo de la línea ${w.line}: demasiados signos de marcado`,
	'too-many-paragraphs': (w) =>
		`más de ${w.limit} párrafos: el resto del texto se conserva, sin analizar, en el último párrafo`,
	'operative-order': (w) =>
		`el párrafo ${w.number} de la parte dispositiva sigue al párrafo ${w.after} (línea ${w.line})`,
	'no-operative': () => 'no se encontró ningún párrafo numerado de la parte dispositiva',
	'no-structure': () =>
		'no se reconoció ninguna estructura de resolución ni de informe: cada bloque de texto se conserva como un párrafo',
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `se cita la nota ${w.marks[0]} (línea ${w.line}), pero no se encontró su texto`
			: `se citan las notas ${w.marks.join(', ')} (a partir de la línea ${w.line}), pero no se encontró su texto`,
	'more-warnings': (w) => `… y ${w.count} advertencia${w.count > 1 ? 's' : ''} más`,
	text: (w) => w.text
};
