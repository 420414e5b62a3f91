/**
 * The interface in English. The keys and signatures are those of zh.ts (`Messages`), checked by the type
 * checker: a missing, extra or differently typed message does not compile.
 */
import type { Messages } from './zh';

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, `76th`. */
function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `.txt, .md or .pdf`: a list of which one is meant. */
const orList = (types: Iterable<string>) => {
	const items = Array.from(types);
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
};

export const en: Messages = {
	app: {
		name: 'resodiff',
		tagline: 'UN resolution versions, side by side',
		home: 'resodiff home',
		skip: 'Skip to content',
		footer: 'Every document is read and compared in this browser; nothing is uploaded.',
		language: 'Interface language',
		backHome: '← Back to the start',
		notFound: 'There is no such page.',
		failed: 'Something went wrong.',
		unexpected: 'Something went wrong.'
	},
	format: {
		// The UN's own style: 6 December 2021.
		date: (year, month, day) => `${day} ${MONTHS[month - 1] ?? month} ${year}`,
		session: (n) => `${ordinal(n)} session`,
		sessionShort: (n) => `${ordinal(n)} session`,
		sessionUnknown: 'session unknown',
		meeting: (n) => `${ordinal(n)} plenary meeting`,
		paragraphs: (n) => plural(n, 'paragraph', 'paragraphs'),
		footnotes: (n) => plural(n, 'footnote', 'footnotes'),
		list: ', ',
		aside: (text) => ` (${text})`,
		colon: ': ',
		stop: '.'
	},
	home: {
		title: 'resodiff · UN resolution versions compared',
		description:
			'Compare two versions of a UN General Assembly resolution paragraph by paragraph: structure, alignment and every changed character, all in your browser.',
		heading: 'See exactly what changed between two versions of a UN resolution',
		intro:
			'Paragraph by paragraph, with every inserted and deleted character marked, and routine updates (dates, symbols, sessions) told apart from substance.',
		showcase: 'Showcase',
		showcaseOpen: 'Open the comparison',
		ownTitle: 'Compare your own texts',
		ownPrivate: 'Files are read in this browser and never uploaded.',
		modes: 'Input',
		modeFiles: 'Files',
		modePaste: 'Paste text',
		pasteTitle: { old: 'Old version', new: 'New version' },
		pastePlaceholder: { old: 'Paste the old text', new: 'Paste the new text' },
		pastedName: { old: 'pasted old text', new: 'pasted new text' },
		swap: 'Swap old and new',
		compare: 'Compare',
		comparing: 'Comparing…',
		cancel: 'Cancel',
		chooseBoth: 'Choose or paste both versions first.',
		draftNote: 'One Word file: its text before and after its tracked changes will be compared.',
		draftOriginal: 'original',
		draftAccepted: 'changes accepted',
		more: 'Three or more versions? Trace the wording across them',
		errorTitle: 'Could not compare these files',
		library: 'Library',
		librarySub: 'UN General Assembly texts that ship with the app, by series.'
	},
	file: {
		title: { old: 'Old version', new: 'New version' },
		example: { old: 'e.g. last year’s resolution', new: 'e.g. this year’s draft' },
		drop: 'Drop a file here, or',
		choose: 'Choose file…',
		replace: 'Replace',
		remove: 'Remove'
	},
	library: {
		facts: (committee, agendaItem, since) =>
			`${committee} · agenda item: ${agendaItem} · adopted every session since the ${ordinal(since)}`,
		timeline: 'Resolutions adopted, by session',
		held: 'text in the library',
		resolution: 'resolution',
		report: 'report',
		draft: 'draft',
		requestedBy: (symbol) => `requested by ${symbol}`,
		trace: 'Trace across sessions',
		compare: 'Compare',
		single: 'Only one session of this series is in the library.'
	},
	catalog: {
		title: 'Search the library',
		sub: 'Find the texts that ship with the app by symbol, title, session and language, and compare any two.',
		query: 'Symbol or title',
		queryPlaceholder: 'e.g. 76/40, outer space, multilateralism',
		session: 'Session',
		anySession: 'Every session',
		language: 'Language',
		anyLanguage: 'Every language',
		languages: { zh: 'Chinese', en: 'English', es: 'Spanish', fr: 'French', ru: 'Russian', ar: 'Arabic' },
		count: (shown, total) => `${shown} of ${total} documents`,
		none: 'No document answers this search.',
		pick: (symbol) => `Pick ${symbol}`,
		symbol: 'Symbol',
		date: 'Date',
		docTitle: 'Title',
		picked: 'Picked',
		pickHint: 'Tick two documents; the older one is the old version.',
		pickOneMore: 'Pick one more document.',
		pair: (oldSymbol, newSymbol) => `old ${oldSymbol} → new ${newSymbol}`,
		swap: 'Swap old and new',
		clear: 'Clear the choice',
		compare: 'Compare these two'
	},
	phrase: {
		action: 'Where was this wording used before?',
		title: 'Earlier uses',
		searching: 'Searching the library…',
		none: 'No other paragraph of the library uses this wording.',
		tooShort: 'Select at least two characters.',
		count: (hits, documents) =>
			`${hits} paragraph${hits === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}, oldest first`,
		first: 'first use',
		exact: 'exact',
		near: (similarity) => `${Math.round(similarity * 100)}% alike`,
		close: 'Close',
		fromServer: 'Searching the library this machine serves.',
		fromCorpus: 'Searching the library that ships with the app, in this browser.',
		failed: 'The library could not be searched.',
		bestOld: (symbol) => `The library's closest earlier version: ${symbol}`,
		bestOldAction: 'Compare against it'
	},
	continues: {
		looking: 'Looking for the resolution this text continues (in this browser only)…',
		heading: 'This text appears to continue:',
		compare: (symbol) => `Compare with ${symbol}`,
		others: 'Other possible earlier versions',
		none: 'No earlier version in the library resembles this text.',
		failed: 'Could not look for the resolution this text continues:',
		sameTitle: 'same title or agenda item',
		similarTitle: 'title begins alike',
		recalls: 'recalls it',
		sharedRecalls: 'recalls much the same resolutions',
		wording: (share) => `${Math.round(share * 100)}% of the wording shared`,
		fromServer:
			'Searched in the library this machine serves; your text was read in this browser only and not sent to the server.',
		fromCorpus:
			'Searched in the library shipped with the app; your text was read in this browser only and not uploaded.'
	},
	compare: {
		titleLoading: 'Comparing',
		titleError: 'Could not compare',
		titleGone: 'Local comparison cleared',
		title: (oldName, newName) => `${oldName} → ${newName}`,
		heading: (oldName, newName) => `Comparing ${oldName} with ${newName}`,
		loading: 'Reading and comparing…',
		loadingWhat: (what) => `Reading and comparing ${what}…`,
		errorTitle: 'Could not compare',
		noDocuments: 'No documents were named to compare.',
		missingOld: 'The old version is missing from the link.',
		missingNew: 'The new version is missing from the link.',
		goneTitle: 'This local comparison is gone',
		goneText:
			'Your files were held only in the memory of the page that compared them, never uploaded or stored, so a reload or a new tab no longer has them. Choose the two files again on the start page.',
		goneAgain: '← Choose files again',
		localNote:
			'Local comparison: both files were read and compared in this tab only; nothing was uploaded. Reloading or closing the page forgets them.',
		warningOld: 'Old version',
		warningNew: 'New version',
		noteMissing: 'footnote text not found'
	},
	meta: {
		oldVersion: 'Old version',
		newVersion: 'New version',
		noSymbol: '(no symbol)',
		date: 'Adopted',
		meeting: 'Meeting',
		session: 'Session',
		agendaItem: 'Agenda item',
		committeeReport: 'Committee report',
		paragraphs: 'Paragraphs',
		source: 'Source',
		details: 'Details',
		hideDetails: 'Hide details',
		particulars: 'Particulars of both versions'
	},
	toolbar: {
		byStatus: 'Rows by status',
		substantive: 'substantive',
		routine: 'routine',
		weightNote: 'substantive and routine changes',
		shown: (shown, total) => `${shown} of ${total} rows shown`,
		filters: 'Filters',
		onlyChanges: 'Changes only',
		operativeOnly: 'Operative only',
		hideRoutine: 'Hide routine',
		layout: 'Layout',
		side: 'Side by side',
		redline: 'Redline',
		changeList: 'Change list',
		stepping: 'Change by change',
		previous: 'Previous',
		next: 'Next',
		previousTitle: 'Previous change (p)',
		nextTitle: 'Next change (n)',
		noChanges: 'No changes',
		print: 'Print',
		keys: 'Keyboard shortcuts',
		more: 'More'
	},
	legend: {
		title: 'Legend',
		inserted: 'inserted text',
		deleted: 'deleted text',
		routine: 'routine change',
		routineNote: 'dates, symbols, sessions',
		timing: (duration) => `took ${duration}`
	},
	rows: {
		region: 'Paragraph by paragraph',
		old: 'Old',
		new: 'New',
		none: 'No paragraphs match these filters.',
		showAll: 'Show all',
		routineTitle: 'Only dates, symbols, session or meeting numbers changed',
		absentOld: 'Not in the old version',
		absentNew: 'Deleted in the new version',
		movedFrom: (label) => `↑ Moved from ${label}`,
		ghost: (label) => `${label} stood here; moved to `,
		ghostTo: 'its new place',
		footnotes: 'Footnotes',
		footnote: 'footnote',
		notIntact: 'The character diff did not fit these texts; both texts are shown whole.',
		degraded: 'A coarser diff: this row hit the time limit.',
		breakRemoved: 'Paragraph break removed here',
		breakAdded: 'Paragraph break added here',
		insStart: '[inserted: ',
		delStart: '[deleted: ',
		changeEnd: ']',
		firstChange: 'This is the first change.',
		lastChange: 'This is the last change.',
		position: (at, of, what) => `Change ${at} of ${of}: ${what}`,
		oldLabels: (labels) => `old ${labels}`,
		newLabels: (labels) => `new ${labels}`,
		spokenPreamble: (n) => `preambular paragraph ${n}`,
		spokenOperative: (n) => `operative paragraph ${n}`,
		gap: (n) => plural(n, 'unchanged paragraph', 'unchanged paragraphs'),
		gapShow: 'Show',
		gapAction: (n) => `Show ${plural(n, 'unchanged paragraph', 'unchanged paragraphs')}`
	},
	changes: {
		title: 'Changes',
		list: 'Change list',
		count: (n) => `${n}`,
		real: 'substantive',
		none: 'No changes.',
		hidden: 'The filters hide other changes.',
		close: 'Close the change list',
		marks: 'Where the changes are in the text'
	},
	keys: {
		title: 'Keyboard shortcuts',
		next: 'Next change',
		previous: 'Previous change',
		help: 'Show or close this help',
		list: 'Open or close the change list',
		view: 'Switch between side by side and redline',
		only: 'Changes only, or everything',
		close: 'Close',
		escape: 'Close this help or a menu',
		hint: 'Press ? for keyboard shortcuts'
	},
	exporting: {
		button: 'Export',
		busy: 'Exporting…',
		note: 'Made in this browser; nothing is uploaded.',
		printHint: 'Choose “Save as PDF” in the print dialog.',
		saved: (name) => `Saved ${name}`,
		dismiss: 'Dismiss',
		formats: {
			docx: 'Word, tracked changes (.docx)',
			html: 'Web page (.html)',
			pdf: 'PDF (print)',
			md: 'Markdown (.md)',
			csv: 'Spreadsheet (.csv)',
			json: 'Data (.json)'
		},
		printPage: 'Print this page'
	},
	series: {
		kicker: 'Series',
		pageTitle: (title) => `${title} · series`,
		since: (since, adopted, held) =>
			`Adopted every session since the ${ordinal(since)} (${plural(adopted, 'resolution', 'resolutions')}); the library holds the text of ${held}. Add the others as files.`,
		ownOnly: 'Use your own files only',
		localTitle: 'Trace your own versions',
		localPageTitle: 'Your own series',
		localFacts: 'Versions or drafts of one resolution, placed by session, every paragraph traced through them.',
		librarySeries: 'Library series',
		readingVersions: (what) => (what ? `Reading ${what}…` : 'Reading the versions…'),
		errorTitle: 'Could not read this series',
		region: 'Series',
		localNote:
			'Your files are read and traced in this tab only; nothing is uploaded. Reloading or closing the page forgets them.',
		addError: 'Could not add',
		emptyTitle: 'Start a series from your own files',
		emptyText: (types: Iterable<string>) =>
			`Choose two or more versions of one resolution (${orList(types)}), or drop them here. They are placed by session and every paragraph is traced from version to version.`,
		summaryTitle: 'Changes in each version',
		onlyChanges: 'Changed only',
		hideRoutine: 'Hide routine',
		filters: 'Filters',
		shown: (shown, total) => `${shown} of ${total} paragraph lines shown`,
		versionCount: (n) => plural(n, 'version', 'versions'),
		legend: 'Legend',
		hasPhrase: 'has the phrase',
		gridTitle: 'Paragraph lines',
		none: 'No paragraph line matches the filters.',
		reading: (name) => `Reading ${name}`,
		readingMany: (n) => `Reading ${plural(n, 'file', 'files')}`,
		tracing: (n) => `Tracing ${plural(n, 'version', 'versions')}`
	},
	versions: {
		title: 'Versions',
		local: 'local',
		localFile: (name) => `local file: ${name}`,
		library: 'library',
		remove: (name) => `Remove ${name} from the series`,
		add: 'Add versions',
		hint: (types: Iterable<string>) =>
			`${orList(types)}, placed by session (unknown sessions last). Files are read in this browser and never uploaded; you can also drop them here.`
	},
	term: {
		label: 'Track a phrase',
		placeholder: 'A word or phrase',
		examplesLabel: 'e.g.',
		nowhere: (phrase) => `“${phrase}” is in no version.`,
		first: 'First in',
		last: ', last in',
		only: ', in that version only',
		total: (count, versions, of) =>
			`; ${plural(count, 'occurrence', 'occurrences')}, in ${versions} of ${plural(of, 'version', 'versions')}.`,
		perVersion: 'Occurrences per version',
		tracked: 'Tracked phrase'
	},
	grid: {
		region: 'Paragraph lines by version',
		caption:
			'Each row follows one paragraph through the versions; each column is a version; each cell says how the paragraph changed against the version before. Arrow keys move, Enter shows the change.',
		corner: 'Paragraph',
		session: (n) => `${ordinal(n)}`,
		local: 'local',
		cell: (label, version, mark) => `${label}, ${version}: ${mark}`,
		labelHere: (label) => ` (${label} in this version)`,
		phraseHere: (phrase, n) => `; “${phrase}” ${n === 1 ? 'once' : `${n} times`}`,
		marks: {
			first: 'first version',
			routine: 'routine',
			ended: 'ended',
			absent: 'absent'
		}
	},
	summary: {
		caption: 'Changes in each version against the one before (paragraph lines)',
		change: 'Change',
		substantive: 'substantive',
		routine: 'routine',
		inserted: 'inserted',
		ended: 'ended',
		first: 'first',
		none: 'none'
	},
	step: {
		hintTitle: 'Step by step',
		hint: 'Choose a cell to see how that paragraph changed from the version before.',
		first: 'first version',
		was: (label) => `${label} in this version`,
		along: 'Along this paragraph',
		earlier: '← Earlier',
		later: 'Later →',
		to: 'to',
		announce: (label, from, mark) => `${label}: ${from}, ${mark}`,
		absent: (versions) => `This paragraph is in neither ${versions}.`,
		and: ' nor ',
		ended: (to, from) => `This paragraph is not in ${to}; below, its text in ${from} and what became of it.`,
		open: 'Open both versions in the compare page'
	},
	warnings: {
		title: 'Please note'
	},
	errors: {
		chunk: 'Part of the app failed to load; reload the page and try again.',
		memory: 'The file is too large for this browser’s memory.',
		unexpected: (line) => `Unexpected error: ${line}`
	}
};
