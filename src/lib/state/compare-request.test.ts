import { describe, expect, it } from 'vitest';
import { readCompareRequest } from './compare-request';

describe('readCompareRequest', () => {
	it.each([
		{
			label: 'two corpus symbols with readable slashes',
			query: 'old=A/RES/67/38&new=A/RES/76/40',
			kind: 'corpus',
			sides: { old: 'A/RES/67/38', new: 'A/RES/76/40' }
		},
		{
			label: 'encoded slashes',
			query: 'old=A%2FRES%2F67%2F38&new=A%2FRES%2F76%2F40',
			kind: 'corpus',
			sides: { old: 'A/RES/67/38', new: 'A/RES/76/40' }
		},
		{ label: 'local files', query: 'local=1', kind: 'local' },
		{ label: 'local wins over symbols', query: 'local=1&old=A/RES/67/38', kind: 'local' },
		{ label: 'nothing', query: '', kind: 'invalid', missing: 'nothing' },
		{ label: 'only the old side', query: 'old=A/RES/67/38', kind: 'invalid', missing: 'new' },
		{ label: 'only the new side', query: 'new=A/RES/76/40', kind: 'invalid', missing: 'old' },
		{ label: 'blank new side', query: 'old=A/RES/67/38&new=%20', kind: 'invalid', missing: 'new' }
	])(
		'$label',
		({
			query,
			kind,
			sides,
			missing
		}: {
			query: string;
			kind: string;
			sides?: { old: string; new: string };
			missing?: string;
		}) => {
			const request = readCompareRequest(new URLSearchParams(query));
			expect(request.kind).toBe(kind);
			if (request.kind === 'corpus') expect({ old: request.old, new: request.new }).toEqual(sides);
			if (request.kind === 'invalid') expect(request.missing).toBe(missing);
		}
	);
});
