import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { formatBytes, formatDate, formatDuration, formatMeeting, formatSession, yearOf } from './format';

const { zh, en } = MESSAGES;

describe('format', () => {
	it.each([
		{ label: 'ISO date', value: formatDate('2021-12-06', zh), expected: '2021 年 12 月 6 日' },
		{ label: 'ISO date in English', value: formatDate('2021-12-06', en), expected: '6 December 2021' },
		{ label: 'unknown date', value: formatDate(null, zh), expected: null },
		{ label: 'not ISO: as it is', value: formatDate('December 2021', zh), expected: 'December 2021' },
		{ label: 'year', value: yearOf('2012-12-03'), expected: 2012 },
		{ label: 'no year', value: yearOf(undefined), expected: null },
		{ label: 'session', value: formatSession(76, zh), expected: '第 76 届会议' },
		{ label: 'session in English', value: formatSession(76, en), expected: '76th session' },
		{ label: 'no session', value: formatSession(null, en), expected: null },
		{ label: 'meeting', value: formatMeeting(45, zh), expected: '第 45 次全体会议' },
		{ label: 'meeting in English', value: formatMeeting(45, en), expected: '45th plenary meeting' },
		{ label: 'bytes', value: formatBytes(812), expected: '812 B' },
		{ label: 'kilobytes', value: formatBytes(5918), expected: '5.8 KB' },
		{ label: 'megabytes', value: formatBytes(3 * 1024 * 1024), expected: '3.0 MB' },
		{ label: 'milliseconds', value: formatDuration(84.6), expected: '85 ms' },
		{ label: 'seconds', value: formatDuration(1430), expected: '1.4 s' }
	])('$label', ({ value, expected }) => {
		expect(value).toBe(expected);
	});
});
