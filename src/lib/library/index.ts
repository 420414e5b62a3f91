/**
 * The library: where wording stood before (search), which resolution a text continues (find), and the
 * whole line of versions of a resolution (series). Pure: the browser runs it over the shipped corpus,
 * the CLI over the corpus or a SQLite library (src/lib/server/library-db.ts), with the same logic.
 */
export {
	matchKeys,
	foldKey,
	routineKey,
	hashKey,
	digestKey,
	foldTypography,
	ROUTINE_PLACEHOLDER,
	type MatchKeys
} from './keys';
export { citedResolutions, recalledResolutions, ownResolution, resolutionSymbol } from './recalled';
export {
	prepareQuery,
	matchParagraph,
	orderHits,
	toleranceKey,
	chronologicalKey,
	compareChronology,
	compareSymbols,
	dice,
	NEAR_SIMILARITY,
	NEAR_MIN_LENGTH,
	ROUTINE_MIN_WORDING,
	type PreparedQuery,
	type KnownKeys,
	type ParagraphMatch,
	type SearchHit,
	type SearchResult,
	type RawHit,
	type HitDocument
} from './search';
export {
	documentFeatures,
	rankCandidates,
	rankDocuments,
	resemble,
	statsOf,
	sketchOf,
	sketchSimilarity,
	sameSymbol,
	RESEMBLANCE_WEIGHTS,
	type DocumentFeatures,
	type LibraryStats,
	type CandidateDocument,
	type FindCandidate,
	type FindResult,
	type RankOptions,
	type Resemblance
} from './features';
export { findSeries, linked, LINK_RULES, type SeriesMember } from './series';
export { MemoryLibrary, citationLocale, type LibraryEntry } from './memory';
export { renderSearchText, renderFindText, type LibraryTextOptions } from './text';
