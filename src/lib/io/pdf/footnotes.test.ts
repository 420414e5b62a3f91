import { describe, expect, it } from 'vitest';
import { noteMark } from './footnotes';

// Note lines of A/RES/77/247 (tests/fixtures/pdf/A-RES-77-247.es.pdf) as the PDF reader has them.
describe('noteMark', () => {
	it('reads a mark in superscript digits, or *, †, ‡', () => {
		expect(noteMark('¹⁰ Véanse A/ES-10/273 y A/ES-10/273/Corr.1.', '⁹')).toEqual({
			mark: '¹⁰',
			rest: 'Véanse A/ES-10/273 y A/ES-10/273/Corr.1.'
		});
		expect(noteMark('¹⁴S/2003/529, anexo.', null)).toEqual({ mark: '¹⁴', rest: 'S/2003/529, anexo.' });
		expect(noteMark('* Reissued for technical reasons.', null)).toEqual({
			mark: '*',
			rest: 'Reissued for technical reasons.'
		});
	});

	it('takes a plain number for a mark only when it follows the previous one', () => {
		expect(noteMark('10 Véanse A/ES-10/273 y A/ES-10/273/Corr.1.', '⁹')).toEqual({
			mark: '¹⁰',
			rest: 'Véanse A/ES-10/273 y A/ES-10/273/Corr.1.'
		});
		expect(noteMark('14 S/2003/529, anexo.', null)?.mark).toBe('¹⁴');
		// A continuation line that starts with a number is no new note.
		expect(noteMark('2003 S/2003/529, anexo.', '¹³')).toBeNull();
		expect(noteMark('12 S/2003/529, anexo.', '¹³')).toBeNull();
	});

	it('takes no plain number for the note after a starred one', () => {
		// A starred note has no number to follow: "0" once passed for its successor (the star read as -1).
		expect(noteMark('0 per cent of the budget.', '*')).toBeNull();
		expect(noteMark('1 per cent of the budget.', '†')).toBeNull();
	});
});
