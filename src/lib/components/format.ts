/** How dates, sessions, meetings, sizes and durations are written on the page, in the interface language. */
import type { Messages } from '../i18n';

/** `2021-12-06` → `2021 年 12 月 6 日` or `6 December 2021`; anything not an ISO date comes back as it is. */
export function formatDate(iso: string | null | undefined, t: Messages): string | null {
	if (!iso) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? t.format.date(Number(m[1]), Number(m[2]), Number(m[3])) : iso;
}

/** The year of an ISO date, or null. */
export function yearOf(iso: string | null | undefined): number | null {
	const m = iso ? /^(\d{4})/.exec(iso) : null;
	return m ? Number(m[1]) : null;
}

/** `76` → `第 76 届会议` or `76th session`. */
export function formatSession(session: number | null | undefined, t: Messages): string | null {
	return session === null || session === undefined ? null : t.format.session(session);
}

/** `45` → `第 45 次全体会议` or `45th plenary meeting`. */
export function formatMeeting(meeting: number | null | undefined, t: Messages): string | null {
	return meeting === null || meeting === undefined ? null : t.format.meeting(meeting);
}

/** A byte count for people: `812 B`, `14.2 KB`, `3.1 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A duration for people: `85 ms`, `1.4 s`. */
export function formatDuration(ms: number): string {
	return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
