/** Comparisons the Word report's tests share (the XML tests and the LibreOffice tests). */
import { compareDocuments, parseResolution, type Comparison } from '../core/index';

/** A footnote the old version cites twice (and the new too); a note the new version adds that no paragraph cites. */
export function footnoteComparison(): Comparison {
	const old = '大会，\n\n回顾其决议，¹\n\n又回顾其有关决议，¹\n\n1. **决定**列入分项。\n\n¹ 第55/2号决议。\n';
	const next =
		'大会，\n\n回顾其决议，¹\n\n又回顾其有关决议和宣言，¹\n\n1. **决定**列入分项。\n\n¹ 第55/2号决议。\n\n² 见A/74/548，附件。\n';
	return compareDocuments(parseResolution(old, { source: 'old.txt' }), parseResolution(next, { source: 'new.txt' }));
}
