/**
 * Word's automatic numbering, computed as Word displays it: the numbers of operative paragraphs and the
 * letters of subparagraphs are not in a .docx's text but in `numbering.xml`, and a reader must count them.
 *
 * The model (ECMA-376 Part 1, §17.9): a paragraph names a numbering instance (`w:numId`) and a level
 * (`w:ilvl`, 0–8). The instance points at an abstract definition (`w:abstractNum`) whose levels give the
 * start value, the number format (`decimal`, `lowerLetter`, `lowerRoman`, …), the text around the numbers
 * (`w:lvlText`, `%1.` or `(%2)`, where `%n` is level n's current number) and when the level restarts
 * (`w:lvlRestart`; by default whenever a shallower level advances). An instance may override a level's start
 * or the whole level (`w:lvlOverride`). Counting follows Word: instances of one abstract definition share
 * their counters, so a list continues across them, while an instance that overrides a start restarts the
 * count where it is first used (that is how Word writes "Restart at 1"). Definitions may also be linked
 * through numbering styles (`w:numStyleLink`). Cost: one step per numbered paragraph.
 */
import { child, elements, type XmlElement } from './xml';

/** One level of a list definition. */
export interface ListLevel {
	start: number;
	format: string;
	/** `%1.`-style template. */
	text: string;
	/** Restart after this level (1-based) advances; 0 never; undefined: after any shallower level. */
	restart?: number;
	/** Legal numbering: every level shown in decimal. */
	legal: boolean;
	/** What follows the number. */
	suffix: '\t' | ' ' | '';
	/** A paragraph style linked to this level. */
	style?: string;
}

/** An abstract list definition. */
interface AbstractList {
	levels: (ListLevel | undefined)[];
	/** The numbering style this definition takes its levels from (`w:numStyleLink`). */
	styleLink?: string;
}

/** A numbering instance (`w:num`). */
interface ListInstance {
	abstractId: string;
	/** Per level: a start override and/or a whole level. */
	overrides: Map<number, { start?: number; level?: ListLevel }>;
}

/** The numbering definitions of a document. */
export interface NumberingDefinitions {
	abstracts: Map<string, AbstractList>;
	instances: Map<string, ListInstance>;
}

/** An integer attribute, or undefined. */
function intOf(element: XmlElement | undefined, attr = 'w:val'): number | undefined {
	const value = element?.attrs[attr];
	if (value === undefined) return undefined;
	const n = Number.parseInt(value, 10);
	return Number.isFinite(n) ? n : undefined;
}

/** Reads a `w:lvl` element. */
function readLevel(lvl: XmlElement): ListLevel {
	const suff = child(lvl, 'w:suff')?.attrs['w:val'];
	const legal = child(lvl, 'w:isLgl');
	return {
		start: intOf(child(lvl, 'w:start')) ?? 0,
		format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
		text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
		restart: intOf(child(lvl, 'w:lvlRestart')),
		legal: legal !== undefined && !/^(0|false|off)$/.test(legal.attrs['w:val'] ?? ''),
		suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
		style: child(lvl, 'w:pStyle')?.attrs['w:val']
	};
}

/** Reads numbering.xml (absent: no numbering). */
export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
	const abstracts = new Map<string, AbstractList>();
	const instances = new Map<string, ListInstance>();
	const numbering = root ? child(root, 'w:numbering') : undefined;
	for (const abstract of elements(numbering, 'w:abstractNum')) {
		const levels: (ListLevel | undefined)[] = [];
		for (const lvl of elements(abstract, 'w:lvl')) {
			const ilvl = intOf(lvl, 'w:ilvl') ?? 0;
			if (ilvl >= 0 && ilvl < 9) levels[ilvl] = readLevel(lvl);
		}
		abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', {
			levels,
			styleLink: child(abstract, 'w:numStyleLink')?.attrs['w:val']
		});
	}
	for (const num of elements(numbering, 'w:num')) {
		const overrides = new Map<number, { start?: number; level?: ListLevel }>();
		for (const override of elements(num, 'w:lvlOverride')) {
			const ilvl = intOf(override, 'w:ilvl') ?? 0;
			const lvl = child(override, 'w:lvl');
			overrides.set(ilvl, {
				start: intOf(child(override, 'w:startOverride')),
				level: lvl ? readLevel(lvl) : undefined
			});
		}
		instances.set(num.attrs['w:numId'] ?? '', {
			abstractId: child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '',
			overrides
		});
	}
	return { abstracts, instances };
}

// ---------------------------------------------------------------------------------------------------
// Number formats (ECMA-376 §17.18.59 ST_NumberFormat): the ones UN documents in the six languages use,
// and the common others. A format not listed is written in decimal.

const ROMAN: [number, string][] = [
	[1000, 'm'],
	[900, 'cm'],
	[500, 'd'],
	[400, 'cd'],
	[100, 'c'],
	[90, 'xc'],
	[50, 'l'],
	[40, 'xl'],
	[10, 'x'],
	[9, 'ix'],
	[5, 'v'],
	[4, 'iv'],
	[1, 'i']
];

function roman(n: number): string {
	if (n <= 0 || n >= 4000) return String(n);
	let out = '';
	for (const [value, digits] of ROMAN) {
		while (n >= value) {
			out += digits;
			n -= value;
		}
	}
	return out;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not spreadsheet columns). */
function letters(n: number, alphabet: string): string {
	if (n <= 0) return String(n);
	const chars = [...alphabet];
	const letter = chars[(n - 1) % chars.length];
	return letter.repeat(Math.floor((n - 1) / chars.length) + 1);
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** Chinese counting (一, 十, 十一, 二十, 一百零五): Word's `chineseCounting` and `chineseCountingThousand`. */
function chineseCounting(n: number): string {
	if (n <= 0 || n >= 100000) return String(n);
	const units = ['', '十', '百', '千', '万'];
	const digits = String(n).split('').map(Number);
	let out = '';
	let zero = false;
	digits.forEach((d, i) => {
		const unit = units[digits.length - 1 - i];
		if (d === 0) zero = out.length > 0;
		else {
			if (zero) out += '〇';
			zero = false;
			out += CHINESE_DIGITS[d] + unit;
		}
	});
	// 十一, not 一十一.
	return out.startsWith('一十') ? out.slice(1) : out;
}

/** Number formats by name. */
const FORMATS: Record<string, (n: number) => string> = {
	decimal: (n) => String(n),
	decimalZero: (n) => (n < 10 && n >= 0 ? `0${n}` : String(n)),
	upperRoman: (n) => roman(n).toUpperCase(),
	lowerRoman: roman,
	upperLetter: (n) => letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
	lowerLetter: (n) => letters(n, 'abcdefghijklmnopqrstuvwxyz'),
	ordinal: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,
	decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
	decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
	decimalHalfWidth: (n) => String(n),
	decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n)),
	decimalEnclosedCircleChinese: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n)),
	decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`),
	decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`),
	chineseCounting: chineseCounting,
	chineseCountingThousand: chineseCounting,
	chineseLegalSimplified: (n) =>
		chineseCounting(n).replace(
			/./g,
			(c) =>
				'零壹贰叁肆伍陆柒捌玖'['〇一二三四五六七八九'.indexOf(c)] ??
				({ 十: '拾', 百: '佰', 千: '仟', 万: '万' } as Record<string, string>)[c] ??
				c
		),
	ideographDigital: (n) => String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]),
	ideographTraditional: (n) => letters(n, '甲乙丙丁戊己庚辛壬癸'),
	ideographZodiac: (n) => letters(n, '子丑寅卯辰巳午未申酉戌亥'),
	japaneseCounting: chineseCounting,
	russianLower: (n) => letters(n, 'абвгдежзиклмнопрстуфхцчшщэюя'),
	russianUpper: (n) => letters(n, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ'),
	chicago: (n) => (n >= 1 ? '*†‡§'[(n - 1) % 4].repeat(Math.floor((n - 1) / 4) + 1) : String(n)),
	arabicAlpha: (n) => letters(n, 'أبتثجحخدذرزسشصضطظعغفقكلمنهوي'),
	arabicAbjad: (n) => letters(n, 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ')
};

/** A number in a format; a bullet or `none` format gives the empty string. */
export function formatNumber(n: number, format: string): string {
	if (format === 'bullet' || format === 'none') return '';
	return (FORMATS[format] ?? FORMATS.decimal)(n);
}

/** Bullet glyphs of the Symbol and Wingdings fonts (private use) and their plain forms. */
const DASHES = /^[–—\-−]$/;

/** What a paragraph's numbering gives it: the displayed number and what follows it. */
export interface ListNumber {
	text: string;
	suffix: '\t' | ' ' | '';
}

/**
 * Counts list numbers through a document, paragraph by paragraph in reading order. One counter per paragraph
 * sequence: each version of a document with tracked changes is counted by a counter of its own.
 */
export class ListCounter {
	/** Current values per abstract definition, per level; undefined = not used since its last restart. */
	private readonly counters = new Map<string, (number | undefined)[]>();
	/** Start values in force per abstract definition (after an instance's start overrides). */
	private readonly starts = new Map<string, (number | undefined)[]>();
	private readonly seenInstances = new Set<string>();

	constructor(
		private readonly definitions: NumberingDefinitions,
		/** The numbering of a numbering style (`w:numStyleLink`): the style's own numId. */
		private readonly styleNumId: (style: string) => string | undefined
	) {}

	/** The abstract definition an instance uses, following style links; with its key. */
	private abstractOf(instance: ListInstance): { key: string; list: AbstractList } | undefined {
		let key = instance.abstractId;
		for (let hops = 0; hops < 8; hops++) {
			const list = this.definitions.abstracts.get(key);
			if (!list) return undefined;
			if (!list.styleLink) return { key, list };
			const numId = this.styleNumId(list.styleLink);
			const target = numId === undefined ? undefined : this.definitions.instances.get(numId);
			if (!target || target.abstractId === key) return { key, list };
			key = target.abstractId;
		}
		return undefined;
	}

	/** The level definition in force for an instance. */
	private levelOf(instance: ListInstance, list: AbstractList, ilvl: number): ListLevel | undefined {
		return instance.overrides.get(ilvl)?.level ?? list.levels[ilvl];
	}

	/**
	 * The level of a list that a paragraph style is linked to (`w:lvl/w:pStyle`): a paragraph whose style
	 * carries the numbering without a level takes the level its style names. Undefined when none does.
	 */
	levelOfStyle(numId: string, style: string): number | undefined {
		const instance = this.definitions.instances.get(numId);
		const found = instance ? this.abstractOf(instance) : undefined;
		if (!instance || !found) return undefined;
		for (let l = 0; l < 9; l++) if (this.levelOf(instance, found.list, l)?.style === style) return l;
		return undefined;
	}

	/**
	 * The number a paragraph with numbering `numId`/`ilvl` displays; advances the count. Undefined: none.
	 * `startAt` sets this paragraph's number, the count going on from it (OpenDocument's `text:start-value` on
	 * a list item; Word has no such thing and restarts through instances instead).
	 */
	next(numId: string, ilvl: number, startAt?: number): ListNumber | undefined {
		const instance = this.definitions.instances.get(numId);
		if (!instance) return undefined;
		const found = this.abstractOf(instance);
		if (!found) return undefined;
		const { key, list } = found;
		const level = Math.max(0, Math.min(8, ilvl));
		const definition = this.levelOf(instance, list, level);
		if (!definition) return undefined;
		let values = this.counters.get(key);
		let starts = this.starts.get(key);
		if (!values || !starts) {
			values = [];
			starts = [];
			this.counters.set(key, values);
			this.starts.set(key, starts);
		}
		if (!this.seenInstances.has(numId)) {
			this.seenInstances.add(numId);
			// "Restart numbering": an instance that overrides a start begins its levels afresh.
			for (const [l, override] of instance.overrides) {
				if (override.start !== undefined || override.level !== undefined) {
					values[l] = undefined;
					starts[l] = override.start ?? override.level?.start;
				}
			}
		}
		const startOf = (l: number) => starts[l] ?? this.levelOf(instance, list, l)?.start ?? 0;
		if (startAt !== undefined) values[level] = startAt;
		else values[level] = values[level] === undefined ? startOf(level) : values[level]! + 1;
		// Deeper levels restart when a shallower one advances, unless their definition says otherwise.
		for (let deeper = level + 1; deeper < 9; deeper++) {
			const restart = this.levelOf(instance, list, deeper)?.restart;
			if (restart === 0) continue;
			if (restart === undefined || level < restart) values[deeper] = undefined;
		}
		if (definition.format === 'none' && !/%\d/.test(definition.text))
			return definition.text ? { text: definition.text, suffix: definition.suffix } : undefined;
		if (definition.format === 'bullet') {
			const glyph = definition.text.trim();
			return { text: DASHES.test(glyph) ? '–' : '•', suffix: definition.suffix };
		}
		const text = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
			const l = Number(digit) - 1;
			const value = values[l] ?? startOf(l);
			const format = this.levelOf(instance, list, l)?.format ?? 'decimal';
			return formatNumber(value, definition.legal ? 'decimal' : format);
		});
		return text.trim() ? { text, suffix: definition.suffix } : undefined;
	}
}
