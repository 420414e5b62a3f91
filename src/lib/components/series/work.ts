/** The series page's status line: what its session is busy with, in the interface language. */
import type { Messages } from '../../i18n';
import type { SeriesWork } from '../../state/series.svelte';

/** `正在读取 draft.txt`, `Reading 3 files`, `Tracing 4 versions`. */
export function describeWork(work: SeriesWork, t: Messages): string {
	if (work.kind === 'tracing') return t.series.tracing(work.versions);
	return work.files.length === 1 ? t.series.reading(work.files[0]) : t.series.readingMany(work.files.length);
}
