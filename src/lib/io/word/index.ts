/**
 * Word-processor files in, clean text out: .docx (Word, and what LibreOffice and other programs save as
 * .docx), .doc (Word 97–2003), .odt (OpenDocument, LibreOffice's own) and .html (web pages), each read into
 * the text shape the parser reads (flow.ts), a .docx, .doc or .odt in both versions when it has tracked
 * changes. An encrypted file is refused with a line that says to save a copy without the password. Pure and synchronous, with no Node built-ins: the CLI and the browser's
 * worker call the same function with the bytes they read.
 */
import { ResodiffError, type ErrorLocation, type Warning } from '../../core/index';
import { isDocxPart, mainDocumentPart, readDocxModel } from './docx';
import { blockLines, modelText, type RevisionView, type WordModel } from './model';
import { ODT_MIMETYPE, ODT_PARTS, readOdtModel } from './odt';
import { decodeXml } from './xml';
import { readHtmlText } from './html';
import { unzipParts } from './package';
import { readDocModel } from './doc';
import { containerOf, isHtml } from './sniff';

export type { RevisionView } from './model';

/** The format a word-processor file was read as. */
export type WordFormat = 'docx' | 'doc' | 'odt' | 'html';

/** A word-processor file read into text. */
export interface WordText {
	format: WordFormat;
	/** The text as accepted: every tracked change accepted (the only version of a file without revisions). */
	accepted: string;
	/** The text before its tracked changes: every change rejected. Equal to `accepted` when there are none. */
	original: string;
	/** True when the tracked changes change the text (formatting-only revisions do not). */
	revisions: boolean;
	/** What was noticed while reading. */
	warnings: Warning[];
	/** The lines of the first page's header, where a UN draft's masthead stands; empty when there is none. */
	masthead: string[];
}

/** Reads a .docx, .doc or .odt (or refuses an encrypted or a damaged file with one clear line). */
export function readWordText(bytes: Uint8Array, options: { file?: string } = {}): WordText {
	const where: ErrorLocation = options.file ? { file: options.file } : {};
	const container = containerOf(bytes);
	if (container === 'other' && isHtml(bytes, options.file ?? '')) {
		const text = readHtmlText(bytes, options.file);
		return { format: 'html', accepted: text, original: text, revisions: false, warnings: [], masthead: [] };
	}
	if (container === 'ole') return wordText('doc', readDocModel(bytes, where));
	if (container !== 'zip') {
		throw new ResodiffError(
			'word-broken',
			'not a Word file: a .docx is a zip package, and this file is not one (damaged, or another format renamed)',
			where
		);
	}
	const files = unzipParts(bytes, (name) => ODT_PARTS.has(name) || isDocxPart(name), where);
	if (mainDocumentPart(files)) return wordText('docx', readDocxModel(files, where));
	const mimetype = files.mimetype ? decodeXml(files.mimetype).trim() : '';
	if (ODT_MIMETYPE.test(mimetype)) return wordText('odt', readOdtModel(files, where));
	if (mimetype.startsWith('application/vnd.oasis.opendocument.')) {
		throw new ResodiffError(
			'word-legacy',
			'an OpenDocument file that is not a text document (a spreadsheet or a presentation): open a text document',
			where
		);
	}
	throw new ResodiffError(
		'word-broken',
		'a zip archive, but not a Word (.docx) or OpenDocument (.odt) document',
		where
	);
}

/** Both versions of a model's text. */
function wordText(format: 'docx' | 'doc' | 'odt', model: WordModel): WordText {
	const accepted = modelText(model, 'accepted');
	const original = modelText(model, 'original');
	const masthead = model.masthead ? blockLines(model.masthead) : [];
	return { format, accepted, original, revisions: accepted !== original, warnings: model.warnings, masthead };
}

/** The text of the version asked for. */
export function textOfView(word: WordText, view: RevisionView): string {
	return view === 'original' ? word.original : word.accepted;
}
