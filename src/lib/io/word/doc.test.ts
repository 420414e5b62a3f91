/**
 * Word 97–2003 .doc files (doc.ts, cfb.ts), checked against the same documents as .docx: a .doc that
 * LibreOffice saved from a .docx must read as that .docx reads, paragraph for paragraph, list numbers,
 * footnotes and masthead included. The fixtures (tests/fixtures/doc/SOURCES.md) are UN resolutions typed
 * into a word processor with automatic numbering and real footnotes, their next-session drafts with
 * tracked changes, and Word's own tracked-revision tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { ResodiffError } from '../../core/index';
import { warningsInEnglish } from '../../core/warnings';
import { readDocument } from '../read';
import { readCompoundFile } from './cfb';
import { wordRefusal } from '../../testing/word-refusal';
import { readWordText, type WordText } from './index';
import { compoundFile } from '../../testing/cfb-writer';

const DOC = new URL('../../../../tests/fixtures/doc/', import.meta.url);
const DOCX = new URL('../../../../tests/fixtures/docx/', import.meta.url);
const REVISIONS = new URL('../../../../tests/fixtures/docx-revisions/', import.meta.url);
const bytesOf = (folder: URL, name: string) => new Uint8Array(readFileSync(new URL(name, folder)));
const versions = (word: WordText) => ({ accepted: word.accepted, original: word.original, masthead: word.masthead });

describe('a .doc reads as the .docx it was saved from', () => {
	it.each([
		[
			'A/RES/80/13 typed in (English: italic openers, numbered operative paragraphs, footnotes)',
			DOCX,
			'legacy.doc',
			'A-RES-80-13.en.draft-82.base.docx'
		],
		[
			'A/RES/76/40 typed in (Chinese: bold openers, numbered paragraphs, footnotes)',
			DOC,
			'A-RES-76-40.zh.draft-77.base.doc',
			'A-RES-76-40.zh.draft-77.base.docx'
		],
		['inserted text (RP003)', DOC, 'RP003-Inserted-Text.doc', 'RP003-Inserted-Text.docx'],
		['a deleted paragraph mark (RP005)', DOC, 'RP005-Deleted-Paragraph-Mark.doc', 'RP005-Deleted-Paragraph-Mark.docx'],
		[
			'several deleted paragraph marks (RP007)',
			DOC,
			'RP007-Multiple-Deleted-Para-Mark.doc',
			'RP007-Multiple-Deleted-Para-Mark.docx'
		],
		['a footnote of its own mark (*) and a numbered one', DOC, 'footnote-marks.doc', 'footnote-marks.docx'],
		['a section break ending a paragraph (the annex on pages of its own)', DOC, 'sections.doc', 'sections.docx'],
		['a text box beside the text', DOC, 'text-box.doc', 'text-box.docx']
	])('%s', (_label, folder, doc, docx) => {
		const fromDoc = readWordText(bytesOf(folder, doc), { file: doc });
		const docxFolder = docx.startsWith('RP') ? REVISIONS : /^(footnote|sections|text-box)/.test(docx) ? DOC : DOCX;
		const fromDocx = readWordText(bytesOf(docxFolder, docx), { file: docx });
		expect(fromDoc.format).toBe('doc');
		expect(versions(fromDoc)).toEqual(versions(fromDocx));
		expect(fromDoc.revisions).toBe(fromDocx.revisions);
	});

	it('right-to-left text: its own bold and italic (RP051, Arabic, its changes accepted)', () => {
		const name = 'RP051-Arabic-Accepted';
		const fromDoc = readWordText(bytesOf(DOC, `${name}.doc`), { file: `${name}.doc` });
		const fromDocx = readWordText(bytesOf(REVISIONS, `${name}.docx`), { file: `${name}.docx` });
		// LibreOffice wrote one space of two in a table cell (and reads one back from its .doc).
		expect(fromDoc.accepted).toBe(fromDocx.accepted.replaceAll('AM(R)S  أقل', 'AM(R)S أقل'));
		expect(fromDoc.accepted).toContain('**معلومات أساسية**');
	});

	it('says that text in a text box is not read, in .doc and .docx alike', async () => {
		for (const name of ['text-box.doc', 'text-box.docx']) {
			const word = readWordText(bytesOf(DOC, name), { file: name });
			expect(word.warnings).toEqual([{ kind: 'text-boxes' }]);
			expect(word.accepted).not.toContain('Secretariat');
			const doc = await readDocument({ bytes: bytesOf(DOC, name), name });
			expect(warningsInEnglish(doc.warnings ?? [])).toContain(
				'text in text boxes is not read: it is not part of the comparison'
			);
		}
		expect(readWordText(bytesOf(DOCX, 'legacy.doc')).warnings).toEqual([]);
	});

	it('counts the automatic numbers of operative paragraphs and places footnotes, as the .docx', async () => {
		const doc = await readDocument({ bytes: bytesOf(DOCX, 'legacy.doc'), name: 'A-RES-80-13.doc' });
		const docx = await readDocument({
			bytes: bytesOf(DOCX, 'A-RES-80-13.en.draft-82.base.docx'),
			name: 'A-RES-80-13.docx'
		});
		const operative = doc.paragraphs.filter((p) => p.kind === 'operative');
		expect(operative.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
		expect(operative[0].text).toMatch(/^Takes note of the report of the Ad Hoc Committee/);
		expect(doc.paragraphs).toEqual(docx.paragraphs);
		expect(doc.footnotes.length).toBeGreaterThan(0);
		expect(doc.footnotes).toEqual(docx.footnotes);
		expect(doc.meta.shape).toBe('doc');
	});

	it('a draft with tracked changes: each version is the .docx’s, inserted paragraphs included', () => {
		for (const [doc, docx] of [
			['A-RES-80-13.en.draft-82.doc', 'A-RES-80-13.en.draft-82.docx'],
			['A-RES-76-40.zh.draft-77.doc', 'A-RES-76-40.zh.draft-77.docx']
		]) {
			const fromDoc = readWordText(bytesOf(DOC, doc), { file: doc });
			const fromDocx = readWordText(bytesOf(DOCX, docx), { file: docx });
			expect(fromDoc.revisions).toBe(true);
			expect(fromDoc.accepted).toBe(fromDocx.accepted);
			expect(fromDoc.original).toBe(fromDocx.original);
			// The masthead in the first page's header, the draft's symbol in it.
			expect(fromDoc.masthead).toEqual(fromDocx.masthead);
		}
	});
});

describe('what a .doc reader refuses, in one line', () => {
	const refusal = wordRefusal;
	const legacy = readCompoundFile(bytesOf(DOCX, 'legacy.doc'), {});
	const streams = () => ({
		WordDocument: legacy.stream('WordDocument')!.slice(),
		'1Table': legacy.stream('1Table')!.slice()
	});

	it('reads the streams of a compound file, the small ones from the mini stream', () => {
		expect(legacy.names()).toContain('WordDocument');
		const rebuilt = compoundFile(streams());
		const again = readWordText(rebuilt, { file: 'rebuilt.doc' });
		expect(again.accepted).toBe(readWordText(bytesOf(DOCX, 'legacy.doc')).accepted);
	});

	it('a password-protected .docx: an OLE file holding EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO)', () => {
		const bytes = compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(600) });
		expect(refusal(bytes, 'L.31.docx')).toBe(
			'L.31.docx: a password-protected Word file: save a copy without the password and open that'
		);
	});

	it('a password-protected .doc', () => {
		const s = streams();
		s.WordDocument[0x0b] |= 0x01;
		expect(refusal(compoundFile(s), 'L.31.doc')).toBe(
			'L.31.doc: a password-protected Word file: save a copy without the password and open that'
		);
	});

	it('a Word 95 file', () => {
		const s = streams();
		s.WordDocument.set([0x68, 0x00], 2);
		expect(refusal(compoundFile(s), 'old.doc')).toBe(
			'old.doc: a Word 6 or Word 95 file, older than Word 97: save it as .docx and open that'
		);
	});

	it('another Office 97–2003 file (a workbook)', () => {
		expect(refusal(compoundFile({ Workbook: new Uint8Array(700) }), 'budget.xls')).toBe(
			'budget.xls: an Office 97–2003 file that is not a Word document (a spreadsheet or a presentation): open a Word document'
		);
	});

	it('a cut or damaged .doc', () => {
		const whole = bytesOf(DOCX, 'legacy.doc');
		expect(refusal(whole.subarray(0, 12), 'cut.doc')).toMatch(/^cut\.doc: the file is damaged: /);
		expect(refusal(whole.subarray(0, 3000), 'cut.doc')).toMatch(/^cut\.doc: the (\.doc )?file is damaged: /);
		const s = streams();
		s.WordDocument.fill(0, 0x9a, 0x200);
		expect(refusal(compoundFile(s), 'broken.doc')).toMatch(/^broken\.doc: the \.doc file is damaged: /);
	});

	it('bytes changed anywhere: read, or refused in one line, never another error', () => {
		const files = ['A-RES-76-40.zh.draft-77.doc', 'A-RES-80-13.en.draft-82.doc'].map((f) => bytesOf(DOC, f));
		fc.assert(
			fc.property(
				fc.nat(files.length - 1),
				fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 40 }),
				(which, edits) => {
					const bytes = files[which].slice();
					for (const [at, value] of edits) bytes[512 + (at % (bytes.length - 512))] = value;
					try {
						readWordText(bytes, { file: 'x.doc' });
					} catch (error) {
						expect(error).toBeInstanceOf(ResodiffError);
					}
				}
			),
			{ numRuns: 400, seed: 7 }
		);
	});
});
