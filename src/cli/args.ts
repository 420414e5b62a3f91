/** The command line of `resodiff`: commands, options and the usage text (CONTRACT.md, version 1). */
import { parseArgs } from 'node:util';
import { REPORT_LOCALES, isReportLocale, type ReportLocale } from '../lib/core/report/labels';

/** Output formats each command accepts. */
export const FORMATS = {
	parse: ['json', 'text'],
	compare: ['json', 'text', 'html', 'md', 'csv', 'docx', 'pdf'],
	series: ['json', 'text', 'html', 'csv']
} as const;

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
	/** Which version of a Word file with tracked changes is read: every change `accepted` (default) or the `original`. */
	revisions: 'accepted' | 'original';
	/** The language of the reports' own words (labels, statuses, summary); null: the documents'. */
	lang: ReportLocale | null;
}

/** The languages `--lang` takes: the six official languages of the UN. */
export const LANGUAGES = REPORT_LOCALES;

/** A command line that was not understood: the message goes on stderr with the usage, exit 2. */
export class UsageError extends Error {}

/** The usage text, printed by --help and after a usage error. */
export const USAGE = `Usage:
  resodiff parse FILE [--format json|text] [--revisions accepted|original] [--lang zh|en|fr|es|ru|ar]
  resodiff compare OLD NEW [--format json|text|html|md|csv|docx|pdf] [-o OUT] [--all] [--color|--no-color]
                   [--lang zh|en|fr|es|ru|ar]
  resodiff compare DRAFT.docx [same options]     the draft's original text against its tracked changes
  resodiff series FILE FILE [FILE ...] [--format json|text|html|csv] [-o OUT] [--term PHRASE]

FILE is a .txt or .md file (UTF-8, UTF-16 with BOM, or GB18030), a .pdf, a Word .docx, an .html page, or a corpus
symbol such as A/RES/76/40. Output goes to stdout unless -o is given (docx and pdf need -o).

Options:
  -f, --format FORMAT   output format (default: text on a terminal for compare, json otherwise)
  -o, --output OUT      write the output to OUT
  -a, --all             text format: show unchanged paragraphs too
      --color           colour the changes in text format (--no-color to turn off)
      --term PHRASE     series: where PHRASE stands in each version
      --revisions WHICH a Word file with tracked changes reads as accepted (default) or original
      --lang LANG       language of the report's labels, statuses and summary: zh, en, fr, es, ru or ar
                        (default: the documents' language, the new one's when they differ)
  -h, --help            show this help
  -v, --version         show the version`;

/** Reads the arguments after `resodiff`; throws UsageError on anything it does not understand. */
export function readArguments(argv: string[], options: { stdoutIsTerminal: boolean }): Invocation {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				format: { type: 'string', short: 'f' },
				output: { type: 'string', short: 'o' },
				all: { type: 'boolean', short: 'a' },
				color: { type: 'boolean' },
				'no-color': { type: 'boolean' },
				term: { type: 'string' },
				revisions: { type: 'string' },
				lang: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
				version: { type: 'boolean', short: 'v' }
			}
		});
	} catch (error) {
		throw new UsageError(String((error as Error).message).split('\n')[0]);
	}
	const { values, positionals } = parsed;
	const base = {
		files: [],
		format: '',
		output: null,
		all: false,
		color: null,
		term: null,
		revisions: 'accepted' as const,
		lang: null
	};
	if (values.help) return { command: 'help', ...base };
	if (values.version) return { command: 'version', ...base };
	const [command, ...files] = positionals;
	if (!command) throw new UsageError('no command given');
	if (!(command in FORMATS)) throw new UsageError(`unknown command "${command}"`);
	const name = command as Command;
	if (name === 'parse' && files.length !== 1) throw new UsageError('parse takes one FILE');
	// One file to compare is a Word draft compared with its own tracked changes.
	if (
		name === 'compare' &&
		(files.length < 1 || files.length > 2 || (files.length === 1 && !/\.(docx|docm)$/i.test(files[0])))
	) {
		throw new UsageError('compare takes two files, OLD NEW, or one Word file with tracked changes');
	}
	if (name === 'series' && files.length < 2) throw new UsageError('series takes two or more files, oldest first');
	const allowed: readonly string[] = FORMATS[name];
	const format =
		values.format ??
		(name === 'compare' && options.stdoutIsTerminal
			? 'text'
			: name === 'parse' && options.stdoutIsTerminal
				? 'text'
				: 'json');
	if (!allowed.includes(format)) {
		throw new UsageError(`${name} has no format "${format}" (use ${allowed.join(', ')})`);
	}
	if ((format === 'docx' || format === 'pdf') && !values.output) {
		throw new UsageError(`--format ${format} writes a file: give it with -o OUT`);
	}
	if (values.term !== undefined && name !== 'series') throw new UsageError('--term goes with series');
	if (values.lang !== undefined && !isReportLocale(values.lang))
		throw new UsageError(`--lang takes ${LANGUAGES.join(', ')}, not "${values.lang}"`);
	if (values.lang !== undefined && name === 'series') throw new UsageError('--lang goes with compare and parse');
	const color = values['no-color'] ? false : values.color ? true : null;
	const revisions = values.revisions ?? 'accepted';
	if (revisions !== 'accepted' && revisions !== 'original')
		throw new UsageError(`--revisions is accepted or original, not "${revisions}"`);
	if (values.revisions !== undefined && name === 'compare' && files.length === 1) {
		throw new UsageError('compare with one Word file reads both versions: --revisions goes with two files or parse');
	}
	return {
		command: name,
		files,
		format,
		output: values.output ?? null,
		all: values.all ?? false,
		color,
		term: values.term ?? null,
		revisions,
		lang: isReportLocale(values.lang) ? values.lang : null
	};
}
