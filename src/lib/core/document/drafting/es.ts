/**
 * Spanish drafting conventions: the Spanish versions of General Assembly resolutions.
 *
 * Sources. The structure of the official Spanish texts, as the real A/RES/77/247 (tests/fixtures/real)
 * prints it: the letterhead "Septuagésimo séptimo período de sesiones", "Tema 47 del programa",
 * "Resolución aprobada por la Asamblea General el 30 de diciembre de 2022", "[sobre la base del informe
 * de la Comisión Política Especial y de Descolonización (Cuarta Comisión) (A/77/400, párr. 14)]"; the
 * title "77/247. Prácticas …"; the subject "La Asamblea General,"; preambular paragraphs opened by a
 * gerund or an adjective agreeing with "la Asamblea" ("Consciente", "Convencida", "Gravemente
 * preocupada") in italics; operative paragraphs "1." opened by a verb in the present tense in italics
 * ("Reitera", "Exige", "Solicita al Secretario General"); subparagraphs "a)", "b)"; the closing lines
 * "56ª sesión plenaria" and "30 de diciembre de 2022". A repeated opener takes its adverb after it
 * ("Recordando también", "Pide además"), sessions are ordinals in words agreeing with the masculine
 * "período" ("sexagésimo octavo período de sesiones", "septuagésimo primer período") and dates read
 * "3 de diciembre de 2012", as the UN's Spanish "Manual de redacción" and the terminology of the
 * Department for General Assembly and Conference Management (UNTERM) set them.
 */
import { formatIsoDate, withFollowers, type DateForms, type DraftingConventions } from './conventions';
import { alternationOf, endingsOf } from '../../text/alternation';
import { once } from '../../once';

/** Adverbs that follow a repeated opener or verb: "Recordando también", "Pide además", "Reafirma asimismo". */
const ES_FOLLOWERS = ['también', 'además', 'asimismo', 'igualmente', 'nuevamente', 'una vez más', 'por último'];

/** Spanish preambular openers (italic in print), agreeing with "la Asamblea" (feminine). */
// prettier-ignore
const ES_PREAMBLE_BASE = [
	'Recordando', 'Reafirmando', 'Reiterando', 'Reconociendo', 'Considerando', 'Consciente', 'Convencida',
	'Firmemente convencida', 'Profundamente convencida', 'Preocupada', 'Profundamente preocupada',
	'Gravemente preocupada', 'Seriamente preocupada', 'Sumamente preocupada', 'Alarmada', 'Observando',
	'Observando con preocupación', 'Observando con satisfacción', 'Observando con aprecio', 'Tomando nota',
	'Haciendo notar', 'Acogiendo con beneplácito', 'Acogiendo con satisfacción', 'Destacando', 'Subrayando',
	'Poniendo de relieve', 'Teniendo en cuenta', 'Teniendo presente', 'Tomando en consideración', 'Decidida',
	'Resuelta', 'Deseosa', 'Guiada por', 'Habiendo examinado', 'Habiendo considerado', 'Expresando',
	'Lamentando', 'Lamentando profundamente', 'Deplorando', 'Condenando', 'Afirmando', 'Instando', 'Alentada',
	'Encomiando', 'Apreciando', 'Creyendo', 'Estimando', 'Recalcando', 'Insistiendo', 'Señalando', 'Consciente de',
	'Convencida de', 'Profundamente alarmada', 'Acogiendo', 'Aguardando con interés', 'Confiando', 'Segura'
];

/** Spanish operative verbs (italic in print), third person singular present. */
// prettier-ignore
const ES_OPERATIVE_BASE = [
	'Reafirma', 'Reitera', 'Recuerda', 'Exhorta', 'Insta', 'Insta encarecidamente', 'Pide', 'Solicita',
	'Decide', 'Acoge con beneplácito', 'Acoge con satisfacción', 'Toma nota', 'Observa', 'Observa con preocupación',
	'Alienta', 'Invita', 'Exige', 'Condena', 'Condena enérgicamente', 'Destaca', 'Subraya', 'Pone de relieve',
	'Reconoce', 'Expresa', 'Recomienda', 'Aprueba', 'Hace suyo', 'Hace suya', 'Hace suyas', 'Hace suyos',
	'Hace un llamamiento', 'Afirma', 'Apoya', 'Lamenta', 'Deplora', 'Encomia', 'Declara', 'Proclama', 'Autoriza',
	'Encarga', 'Agradece', 'Felicita', 'Rinde homenaje', 'Aguarda con interés', 'Considera', 'Estima', 'Conviene',
	'Renueva', 'Recalca', 'Insiste', 'Respalda', 'Hace notar', 'Señala', 'Acoge'
];

// ---- Number grammar: Spanish ordinals, as the Manual de redacción writes sessions ----

// prettier-ignore
const ES_UNITS = ['', 'primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
// prettier-ignore
const ES_TENS = [
	'', 'décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo',
	'octogésimo', 'nonagésimo'
];
/** The fused forms of 11–19: "undécimo", "decimotercero", "decimoctavo". */
// prettier-ignore
const ES_TEENS: Record<number, string[]> = {
	11: ['undécimo', 'decimoprimero'], 12: ['duodécimo', 'decimosegundo'], 13: ['decimotercero'],
	14: ['decimocuarto'], 15: ['decimoquinto'], 16: ['decimosexto'], 17: ['decimoséptimo'],
	18: ['decimoctavo', 'decimooctavo'], 19: ['decimonoveno', 'decimonono']
};

/** The masculine forms of a Spanish ordinal 1–199, full ("primero", "vigésimo tercero"). */
function masculineOrdinals(n: number): string[] {
	if (n >= 100) {
		if (n === 100) return ['centésimo'];
		return masculineOrdinals(n - 100).map((rest) => `centésimo ${rest}`);
	}
	if (n < 10) return [ES_UNITS[n]];
	const tens = ES_TENS[Math.floor(n / 10)];
	const unit = n % 10;
	if (unit === 0) return [tens];
	const spaced = `${tens} ${ES_UNITS[unit]}`;
	return n < 20 ? [...ES_TEENS[n], spaced] : [spaced];
}

/**
 * The Spanish ordinal of 1–199 in words, every form it takes: masculine ("sexagésimo octavo"), shortened
 * before a masculine noun ("septuagésimo primer período", "tercer"), feminine ("quincuagésima sexta sesión").
 */
export function spellSpanishOrdinals(n: number): string[] {
	const forms = new Set<string>();
	for (const m of masculineOrdinals(n)) {
		forms.add(m);
		// Apocope of primero and tercero before a masculine singular noun.
		forms.add(m.replace(/(primer|tercer)o$/, '$1'));
		forms.add(
			m
				.split(' ')
				.map((w) => w.replace(/o$/, 'a'))
				.join(' ')
		);
	}
	return [...forms];
}

/** Every Spanish ordinal 1–199 in words, to its number. */
const ordinalValues = once(
	(): ReadonlyMap<string, number> =>
		new Map(
			Array.from({ length: 199 }, (_, i) => i + 1).flatMap((n) => spellSpanishOrdinals(n).map((w) => [w, n] as const))
		)
);

/** A Spanish ordinal in words, 1–199 (regex source, lower case: use with the `i` flag). */
export const spanishOrdinalWords = once(() => alternationOf(ordinalValues().keys()));

/** The last three letters of every Spanish ordinal in words (regex source): where one can end (routine-grammar.ts, `cue`). */
export const spanishOrdinalTails = once(() => endingsOf(ordinalValues().keys(), 3));

/**
 * A Spanish ordinal in figures: "68º", "68.º", "56ª", and "56 a" or "56o" as a PDF extractor leaves the
 * superscript letter.
 */
export const ES_ORDINAL_FIGURES = '\\d{1,4}\\s?\\.?\\s?(?:º|ª|°|o|a)(?![\\p{L}\\p{N}])';

/** A Spanish ordinal ("Septuagésimo séptimo", "68º") → its number, or null. */
export function parseSpanishOrdinal(text: string): number | null {
	const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const figures = /^(\d{1,4})\s?\.?\s?(?:º|ª|°|o|a)$/.exec(t);
	if (figures) return Number(figures[1]);
	return ordinalValues().get(t) ?? null;
}

// prettier-ignore
export const ES_MONTHS = [
	'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
	'noviembre', 'diciembre'
];
/** A month name; "setiembre" is the other spelling the Real Academia accepts. */
export const ES_MONTH = `(?:${ES_MONTHS.join('|')}|setiembre)`;
/**
 * The day of a Spanish date (regex source, no groups): "3", or the first as an ordinal (primero) as Spanish
 * texts print it: "1º", "1.º" (the point the Real Academia's spelling puts before the letter), "1°" (the degree
 * sign typed for it), and "1 o" or "1o" as a PDF extractor leaves the superscript letter (as "56 a" for "56ª").
 */
export const ES_DAY = '(?:1\\s?\\.?\\s?[º°o]|\\d{1,2}º?)';

const ES_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(${ES_DAY})\\s+de\\s+(${ES_MONTH})\\s+de\\s+(\\d{4})(?!\\p{N})`, 'iu');

/** The words of the adoption line before its date (regex source): "Resolución aprobada por la Asamblea General". */
const ES_ADOPTION_HEAD = 'Resolución aprobada por la Asamblea General';

/** A date as printed (regex source, no groups): the closing line, the adoption line and run-on closings. */
const ES_DATE_TEXT = `${ES_DAY}\\s+de\\s+${ES_MONTH}\\s+de\\s+\\d{4}`;

/**
 * Spanish dates: "3 de diciembre de 2012", "1º de enero de 2023", "1.º de enero de 2023", "1° de enero de 2023"
 * (read without the conventions: {@link DateForms}).
 */
export const spanishDates: DateForms = {
	date: ES_DATE,
	toIsoDate(text: string): string | null {
		const m = ES_DATE.exec(text);
		if (!m) return null;
		const month = m[2].toLowerCase() === 'setiembre' ? 9 : ES_MONTHS.indexOf(m[2].toLowerCase()) + 1;
		return formatIsoDate(Number(m[3]), month, Number.parseInt(m[1], 10));
	}
};

const SYMBOL = '[A-Z][A-Z0-9./-]*\\/\\d[\\w./-]*';

/** Spanish drafting conventions. */
export const spanishDrafting = once((): DraftingConventions => ({
	language: 'es',
	preambleOpeners: withFollowers(ES_PREAMBLE_BASE, ES_FOLLOWERS),
	operativeVerbs: withFollowers(ES_OPERATIVE_BASE, ES_FOLLOWERS),
	wordBoundary: true,
	paragraphEnders: ',;',
	assemblyHeading:
		/^(?:La Asamblea General|El Consejo de Seguridad|El Consejo Económico y Social|El Consejo de Derechos Humanos),$/,
	runOnHeading: /La\s+Asamblea\s+General\s*,/,
	closingDate: new RegExp(`^${ES_DATE_TEXT}$`, 'i'),
	closingMeeting: /^(\d{1,4})\s?\.?\s?(?:ª|a)\s+sesión\s+plenaria(?:\s*\(continuación\))?$/i,
	runOnClosing: new RegExp(`[.;]\\s*(\\d{1,4}\\s?\\.?\\s?(?:ª|a)\\s+sesión\\s+plenaria)\\s*(${ES_DATE_TEXT})\\s*$`),
	session: new RegExp(
		`^(${spanishOrdinalWords()}|${ES_ORDINAL_FIGURES}) per[ií]odo (?:extraordinario )?de sesiones(?: de emergencia)?$`,
		'iu'
	),
	agendaItem: /^Temas? (.{1,40}?) del programa(?: provisional)?$/i,
	adoptionLine: new RegExp(`^(?:${ES_ADOPTION_HEAD} )?el (${ES_DATE_TEXT})$`, 'i'),
	adoptionHead: new RegExp(`^${ES_ADOPTION_HEAD}$`),
	committeeLine: new RegExp(
		`^\\[\\s*sobre la base del informe de la .{1,120}? \\(\\s*(${SYMBOL})[^)\\]]*\\)\\s*\\]$`,
		'i'
	),
	originalLanguageLine: /^\[\s*Original\s*:/i,
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*)?proyecto de resolución$/i,
	committeeName:
		/^((?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión|Comisión Política Especial y de Descolonización(?: \(Cuarta Comisión\))?)$/i,
	sponsorSeparators: { list: /\s*,\s*/, last: ' y ' },
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'Trinidad y Tabago', 'Bosnia y Herzegovina', 'San Vicente y las Granadinas', 'Antigua y Barbuda',
		'Santo Tomé y Príncipe', 'Saint Kitts y Nevis', 'Islas Heard y McDonald'
	],
	...spanishDates,
	toSessionNumber: parseSpanishOrdinal,
	// Articles, prepositions, conjunctions and possessives: a line that ends on one goes on ("…israelíes que" /
	// "afectan a los derechos …"); one that ends otherwise, short, before a capital, ends a heading (the agenda
	// item's title above "Resolución aprobada por la Asamblea General").
	unfinishedLineEnd:
		/(?:^|\s)(?:el|la|los|las|lo|un|una|unos|unas|a|al|ante|bajo|con|contra|de|del|desde|durante|en|entre|hacia|hasta|mediante|para|por|según|sin|sobre|tras|y|e|o|u|ni|que|su|sus|como|cuyo|cuya|cuyos|cuyas)$/i
}));
