import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../compare';
import { parseResolution } from '../document/parse';
import { diffTexts, isPresentationOnly, similarityOf } from '../diff/diff';
import { canonicalTypography, quietPieces, sameButTypography } from './typography';

describe('canonical typography', () => {
	const same: [label: string, a: string, b: string][] = [
		['non-breaking hyphen (U+2011)', 'non‑proliferation', 'non-proliferation'],
		['hyphen (U+2010)', 'non‐proliferation', 'non-proliferation'],
		['full-width comma and colon', '大会，决定：', '大会,决定:'],
		['full-width parentheses and digits', '（Ａ/６２/３９１）', '(A/62/391)'],
		['curly apostrophe', 'Israel’s accession', "Israel's accession"],
		['modifier letter apostrophe', 'Israelʼs', "Israel's"]
	];
	it.each(same)('%s is the same text', (_label, a, b) => {
		expect(canonicalTypography(a)).toBe(canonicalTypography(b));
		expect(canonicalTypography(a)).toHaveLength(a.length);
		expect(sameButTypography(a, b)).toBe(true);
	});
	const different: [label: string, a: string, b: string][] = [
		['an en dash is a dash, not a hyphen', '2015–2030', '2015-2030'],
		['a Chinese full stop is not a Latin one', '通过。', '通过.'],
		['double quotation marks of another style (routine, not typography)', '"全面彻底裁军"', '“全面彻底裁军”'],
		['a hyphen on one side only is a spelling', 'co-operation', 'cooperation'],
		['another word', 'Reaffirms', 'Reiterates']
	];
	it.each(different)('%s', (_label, a, b) => {
		expect(sameButTypography(a, b)).toBe(false);
	});
	it('leaves a text with nothing to map as it is', () => {
		const text = 'Recalling its resolution 79/74 of 2 December 2024,';
		expect(canonicalTypography(text)).toBe(text);
	});
});

describe('typography in the diff', () => {
	it('shows a typographic difference as its own characters, quiet, and keeps the row unchanged', () => {
		const { ops } = diffTexts(
			'nuclear non-proliferation and disarmament',
			'nuclear non‑proliferation and disarmament',
			{
				language: 'en'
			}
		);
		expect(ops).toEqual([
			[0, 'nuclear non'],
			[-1, '-'],
			[1, '‑'],
			[0, 'proliferation and disarmament']
		]);
		expect(quietPieces(ops)).toEqual([false, true, true, false]);
		expect(isPresentationOnly(ops)).toBe(true);
		expect(similarityOf(ops)).toBe(1);
	});
	it('shows a hyphen dropped by an extractor as that hyphen, not the whole word', () => {
		const { ops } = diffTexts('including community-based responses', 'including communitybased responses', {
			language: 'en'
		});
		expect(ops.filter(([op]) => op !== 0)).toEqual([[-1, '-']]);
		expect(isPresentationOnly(ops)).toBe(false);
	});
	it('reads a row that differs in typography only as unchanged, and a real change beside it as modified', () => {
		const en = (op: string) =>
			parseResolution(
				`The General Assembly,\n\nRecalling the Treaty on the Non${op}Proliferation of Nuclear Weapons,\n\n1. Reaffirms Israel’s accession;\n`,
				{
					language: 'en'
				}
			);
		const cmp = compareDocuments(en('-'), en('‑'));
		expect(cmp.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(cmp.new.paragraphs[1].text).toContain('Non‑Proliferation');
		const zh = (comma: string) => parseResolution(`大会${comma}\n\n回顾其决议${comma}\n\n1. 重申多边主义；\n`);
		expect(compareDocuments(zh('，'), zh(',')).stats.unchanged).toBe(3);
	});
});
