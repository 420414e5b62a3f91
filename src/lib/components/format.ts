/** How dates, sessions, meetings and sizes are written on the page, the way UN Chinese texts write them. */

/** `2021-12-06` → `2021 年 12 月 6 日`; anything not an ISO date comes back as it is. */
export function formatDate(iso: string | null | undefined): string | null {
	if (!iso) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : iso;
}

/** The year of an ISO date, or null. */
export function yearOf(iso: string | null | undefined): number | null {
	const m = iso ? /^(\d{4})/.exec(iso) : null;
	return m ? Number(m[1]) : null;
}

/** `76` → `第 76 届会议`. */
export function formatSession(session: number | null | undefined): string | null {
	return session === null || session === undefined ? null : `第 ${session} 届会议`;
}

/** `45` → `第 45 次全体会议`. */
export function formatMeeting(meeting: number | null | undefined): string | null {
	return meeting === null || meeting === undefined ? null : `第 ${meeting} 次全体会议`;
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
