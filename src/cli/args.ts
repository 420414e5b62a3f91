/** The command line of `resodiff`: commands, options and the usage text (CONTRACT.md, version 1). */
import { parseArgs } from 'node:util';
import { ResodiffError } from '../lib/core/types';
import { REPORT_LOCALES, isReportLocale, type ReportLocale } from '../lib/core/report/locale';
import { hasWordExtension } from '../lib/io/word/sniff';

/** Output formats each command accepts. */
export const FORMATS = {
	parse: ['json', 'text'],
	compare: ['json', 'text', 'html', 'md', 'csv', 'docx', 'pdf'],
	series: ['json', 'text', 'html', 'csv'],
	search: ['json', 'text'],
	find: ['json', 'text'],
	library: ['json', 'text'],
	serve: ['text']
} as const;

/** What `library` does: index files, drop them, or list what it holds. */
export const LIBRARY_ACTIONS = ['add', 'remove', 'list'] as const;

/** A command the CLI runs. */
export type Command = keyof typeof FORMATS;

/** A command line that was understood. */
export interface Invocation {
	command: Command | 'help' | 'version';
	files: string[];
	format: string;
	output: string | null;
	/** `text` format: show unchanged rows too. */
	all: boolean;
	/** `text` format: colour the changes (default: when stdout is a terminal and NO_COLOR is unset). */
	color: boolean | null;
	/** `series`: a phrase to trace across the versions. */
	term: string | null;
	/** `--library DB`: the library database, or null (the shipped corpus; `library` uses the default place). */
	library: string | null;
	/** `library`: add, remove or list. */
	action: (typeof LIBRARY_ACTIONS)[number] | null;
	/** `library add --prune`: drop documents whose files are gone. */
	prune: boolean;
	/** `find`: most candidates listed. */
	limit: number | null;
	/** `serve`: the port (default 4173; 0 picks a free one). */
	port: number | null;
	/** Which version of a Word file with tracked changes is read: every change `accepted` (default) or the `original`. */
	revisions: 'accepted' | 'original';
	/** The language of the reports' own words (labels, statuses, summary); null: the documents'. */
	lang: ReportLocale | null;
}

/** The languages `--lang` takes: the six official languages of the UN. */
export const LANGUAGES = REPORT_LOCALES;

/** The usage text, printed by --help and after a usage error. */
export const USAGE = `Usage:
  resodiff parse FILE [--format json|text] [--revisions accepted|original] [--lang zh|en|fr|es|ru|ar]
  resodiff compare OLD NEW [--format json|text|html|md|csv|docx|pdf] [-o OUT] [--all] [--color|--no-color]
                   [--lang zh|en|fr|es|ru|ar]
  resodiff compare DRAFT.docx [same options]     the draft's original text against its tracked changes (or .doc, .odt)
  resodiff series FILE FILE [FILE ...] [--format json|text|html|csv] [-o OUT] [--term PHRASE]
                  [--lang zh|en|fr|es|ru|ar]
  resodiff series [--library DB] SYMBOL [...]      the versions of one resolution found in a library
  resodiff search PHRASE [--library DB] [--format json|text]
  resodiff find FILE [--library DB] [--format json|text] [--limit N]
  resodiff library add PATH... [--library DB] [--prune]
  resodiff library remove PATH|SYMBOL... [--library DB]
  resodiff library list [--library DB] [--format json|text]
  resodiff serve [--library DB] [--port N]

FILE is a .txt or .md file (UTF-8, UTF-16 with BOM, or GB18030), a .pdf, a Word .docx or .doc, an OpenDocument
.odt, an .html page, or a corpus symbol such as A/RES/76/40. Output goes to stdout unless -o is given (docx and pdf
need -o). search, find and series use the shipped corpus unless --library names a library database; library
uses the default library unless --library names another.

Options:
  -f, --format FORMAT   output format (default: text on a terminal, json otherwise)
  -o, --output OUT      write the output to OUT
  -a, --all             text format: show unchanged paragraphs too
      --color           colour the changes in text format (--no-color to turn off)
      --term PHRASE     series: where PHRASE stands in each version
      --revisions WHICH a Word file with tracked changes reads as accepted (default) or original
  -l, --library DB      the library database (a file; library add creates it)
      --prune           library add: drop documents under PATH whose files are gone
  -n, --limit N         find: list at most N documents (default 10)
      --port N          serve: the port on 127.0.0.1 (default 4173)
      --lang LANG       language of the report's labels, statuses and summary: zh, en, fr, es, ru or ar
                        (default: the documents' language, the new one's when they differ, the latest
                        version's in a series; JSON stays as it is)
  -h, --help            show this help
  -v, --version         show the version`;

/** The command's options, as `parseArgs` reads them. */
const OPTIONS = {
	format: { type: 'string', short: 'f' },
	output: { type: 'string', short: 'o' },
	all: { type: 'boolean', short: 'a' },
	color: { type: 'boolean' },
	'no-color': { type: 'boolean' },
	term: { type: 'string' },
	library: { type: 'string', short: 'l' },
	prune: { type: 'boolean' },
	limit: { type: 'string', short: 'n' },
	port: { type: 'string' },
	revisions: { type: 'string' },
	lang: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean', short: 'v' }
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The spellings of the options that take a value (`-o`, `--output`, …): the word after one is its value. */
export function valueOptions(): Set<string> {
	const spellings = new Set<string>();
	for (const [name, option] of Object.entries(OPTIONS)) {
		if (option.type !== 'string') continue;
		spellings.add(`--${name}`);
		if ('short' in option) spellings.add(`-${option.short}`);
	}
	return spellings;
}

/**
 * Node's words for a command line it cannot read, as one line of ours: "unknown option --frob" rather than
 * "Unknown option '--frob'. To specify a positional argument starting with a '-', place it at the end of
 * the command after '--', …" (advice for a positional that none of our commands takes).
 */
export function usageMessage(message: string): string {
	const first = message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
	const unknown = /^Unknown option '([^']+)'$/.exec(first);
	if (unknown) return `unknown option ${unknown[1]}`;
	return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * Reads the arguments after `resodiff`. Anything it does not understand throws a ResodiffError of code
 * `usage`, the one error type of wrong usage in the core and the CLI alike: its message goes on stderr
 * with the usage, exit 2.
 */
export function readArguments(argv: string[], options: { stdoutIsTerminal: boolean }): Invocation {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: OPTIONS
		});
	} catch (error) {
		throw new ResodiffError('usage', usageMessage(String((error as Error).message)));
	}
	const { values, positionals } = parsed;
	const base = {
		files: [],
		format: '',
		output: null,
		all: false,
		color: null,
		term: null,
		library: null,
		action: null,
		prune: false,
		limit: null,
		port: null,
		revisions: 'accepted' as const,
		lang: null
	};
	if (values.help) return { command: 'help', ...base };
	if (values.version) return { command: 'version', ...base };
	const [command, ...rest] = positionals;
	if (!command) throw new ResodiffError('usage', 'no command given');
	if (!(command in FORMATS)) throw new ResodiffError('usage', `unknown command "${command}"`);
	const name = command as Command;
	let files = rest;
	let action: Invocation['action'] = null;
	if (name === 'parse' && files.length !== 1) throw new ResodiffError('usage', 'parse takes one FILE');
	// One file to compare is a Word draft compared with its own tracked changes.
	if (
		name === 'compare' &&
		(files.length < 1 || files.length > 2 || (files.length === 1 && !hasWordExtension(files[0])))
	) {
		throw new ResodiffError('usage', 'compare takes two files, OLD NEW, or one Word file with tracked changes');
	}
	if (name === 'series' && files.length < 1)
		throw new ResodiffError(
			'usage',
			'series takes two or more files, oldest first, or one SYMBOL to find in a library'
		);
	if (name === 'series' && values.library !== undefined && files.length < 1)
		throw new ResodiffError('usage', 'series --library DB takes a SYMBOL');
	if (name === 'search') {
		// An unquoted phrase arrives as several words: they are the phrase.
		if (files.length === 0) throw new ResodiffError('usage', 'search takes a PHRASE');
		files = [files.join(' ')];
		if (files[0].trim() === '') throw new ResodiffError('usage', 'the phrase to search for is empty');
	}
	if (name === 'find' && files.length !== 1) throw new ResodiffError('usage', 'find takes one FILE');
	if (name === 'library') {
		const [verb, ...targets] = files;
		if (!verb || !(LIBRARY_ACTIONS as readonly string[]).includes(verb))
			throw new ResodiffError('usage', `library takes ${LIBRARY_ACTIONS.join(', ')}`);
		action = verb as Invocation['action'];
		if (action !== 'list' && targets.length === 0)
			throw new ResodiffError('usage', `library ${action} takes one or more PATHs`);
		if (action === 'list' && targets.length > 0) throw new ResodiffError('usage', 'library list takes no PATH');
		files = targets;
	}
	if (name === 'serve' && files.length > 0) throw new ResodiffError('usage', 'serve takes no FILE (use --library DB)');
	const allowed: readonly string[] = FORMATS[name];
	const defaultFormat = options.stdoutIsTerminal && name !== 'series' ? 'text' : name === 'serve' ? 'text' : 'json';
	const format = values.format ?? defaultFormat;
	if (!allowed.includes(format)) {
		throw new ResodiffError('usage', `${name} has no format "${format}" (use ${allowed.join(', ')})`);
	}
	if ((format === 'docx' || format === 'pdf') && !values.output) {
		throw new ResodiffError('usage', `--format ${format} writes a file: give it with -o OUT`);
	}
	if (values.term !== undefined && name !== 'series') throw new ResodiffError('usage', '--term goes with series');
	if (values.library !== undefined && !['series', 'search', 'find', 'library', 'serve'].includes(name)) {
		throw new ResodiffError('usage', '--library goes with search, find, series, library and serve');
	}
	if (values.library !== undefined && values.library.trim() === '')
		throw new ResodiffError('usage', '--library needs the path of a library database');
	if (values.prune && !(name === 'library' && action === 'add'))
		throw new ResodiffError('usage', '--prune goes with library add');
	if (values.limit !== undefined && name !== 'find') throw new ResodiffError('usage', '--limit goes with find');
	if (values.port !== undefined && name !== 'serve') throw new ResodiffError('usage', '--port goes with serve');
	const limit = values.limit === undefined ? null : Number(values.limit);
	if (limit !== null && !(Number.isInteger(limit) && limit > 0))
		throw new ResodiffError('usage', '--limit takes a whole number above 0');
	const port = values.port === undefined ? null : Number(values.port);
	if (port !== null && !(Number.isInteger(port) && port >= 0 && port <= 65535))
		throw new ResodiffError('usage', '--port takes a number from 0 to 65535');
	if (values.lang !== undefined && !isReportLocale(values.lang))
		throw new ResodiffError('usage', `--lang takes ${LANGUAGES.join(', ')}, not "${values.lang}"`);
	if (values.lang !== undefined && !['compare', 'parse', 'series'].includes(name))
		throw new ResodiffError('usage', '--lang goes with compare, parse and series');
	const color = values['no-color'] ? false : values.color ? true : null;
	const revisions = values.revisions ?? 'accepted';
	if (revisions !== 'accepted' && revisions !== 'original')
		throw new ResodiffError('usage', `--revisions is accepted or original, not "${revisions}"`);
	if (values.revisions !== undefined && name === 'compare' && files.length === 1) {
		throw new ResodiffError(
			'usage',
			'compare with one Word file reads both versions: --revisions goes with two files or parse'
		);
	}
	return {
		command: name,
		files,
		format,
		output: values.output ?? null,
		all: values.all ?? false,
		color,
		term: values.term ?? null,
		library: values.library ?? null,
		action,
		prune: values.prune ?? false,
		limit,
		port,
		revisions,
		lang: isReportLocale(values.lang) ? values.lang : null
	};
}
