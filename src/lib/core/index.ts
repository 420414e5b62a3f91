/**
 * The public surface of resodiff's core: pure functions from text to document model, alignment and
 * diff. No DOM, no Node built-ins: the browser, the CLI and the tests run this same code.
 */
export * from './types';
export { decodeText } from './text/decode';
export { parseResolution, detectLanguage, defaultParseOptions, type ParseOptions } from './document/parse';
export { normalizeText } from './text/normalize';
export { structureDocument, detectShape, type TextShape } from './document/structure';
export {
	diffTexts,
	isWhitespaceOnly,
	similarityOf,
	defaultDiffOptions,
	type DiffOptions,
	type TextDiff
} from './diff/diff';
export {
	classifyRoutine,
	allRoutinePatterns,
	routineTokenRanges,
	routinePatternsFor,
	type RoutineResult,
	type RoutinePattern
} from './diff/routine';
export { alignParagraphs, type AlignOptions, type Alignment } from './align/align';
export { compareDocuments, countStatuses, type CompareOptions } from './compare';
export { traceSeries, type SeriesTrace, type Lineage, type SeriesCell, type SeriesOptions } from './series';
export { findTerm, type TermHits, type TermOptions, type TermDocumentHits, type TermParagraphHit } from './terms';
export { labelParagraphs, type ReportLocale } from './report/labels';
export { showControls } from './report/model';
export { RESOLUTION_NUMBER_SOURCE } from './document/un-patterns';
