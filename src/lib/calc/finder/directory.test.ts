import { describe, expect, it } from 'vitest';
import { DIRECTORY, DIRECTORY_COUNT, ORGANISATIONS } from './directory';
import { normaliseBelgianPhone } from './phone';
import { entrySchema, organisationSchema, PHONE_FORMAT } from './schema';
import { validateDirectory } from './validate';

/** Brussels landlines in the one format the directory uses: "+32 2 422 46 11". */
const BRUSSELS_LANDLINE = /^\+32 2 \d{3} \d{2} \d{2}$/;

const allPhones = DIRECTORY.flatMap((entry) => [
	...entry.phones,
	...entry.hours.flatMap((schedule) => (schedule.phone ? [schedule.phone] : []))
]);

describe('the directory', () => {
	it('validates: every entry and organisation, with their links', () => {
		for (const entry of DIRECTORY) expect(entrySchema.safeParse(entry).error).toBeUndefined();
		for (const org of ORGANISATIONS)
			expect(organisationSchema.safeParse(org).error).toBeUndefined();
		expect(validateDirectory()).toEqual([]);
	});

	it('has the 51 entries counted in the sources (41 on the Jette page, 10 on the City page)', () => {
		expect(DIRECTORY).toHaveLength(DIRECTORY_COUNT);
		expect(DIRECTORY_COUNT).toBe(51);
		const byPage = (page: string) => DIRECTORY.filter((e) => e.source.page === page).length;
		expect(byPage('jette-sociale-steun')).toBe(41);
		expect(byPage('stad-brussel-sociale-actie')).toBe(10);
	});

	it('has unique entry ids and unique organisation ids', () => {
		expect(new Set(DIRECTORY.map((e) => e.id)).size).toBe(DIRECTORY.length);
		expect(new Set(ORGANISATIONS.map((o) => o.id)).size).toBe(ORGANISATIONS.length);
	});

	it('links each entry to a known organisation, and every organisation has an entry', () => {
		const orgIds = new Set(ORGANISATIONS.map((o) => o.id));
		for (const entry of DIRECTORY) expect(orgIds.has(entry.organisationId)).toBe(true);
		const used = new Set(DIRECTORY.map((e) => e.organisationId));
		for (const org of ORGANISATIONS) expect(used.has(org.id)).toBe(true);
	});

	it('writes every phone number as a valid Belgian number in one format, from its raw form', () => {
		expect(allPhones.length).toBeGreaterThan(40);
		for (const phone of allPhones) {
			expect(phone.number).toMatch(PHONE_FORMAT);
			expect(phone.number).toMatch(BRUSSELS_LANDLINE);
			expect(normaliseBelgianPhone(phone.raw)).toBe(phone.number);
		}
	});

	it('keeps the Transit number once although the source repeats it', () => {
		const transit = DIRECTORY.find((e) => e.id === 'transit');
		expect(transit?.phones.map((p) => p.number)).toEqual(['+32 2 215 89 90']);
	});

	it('labels each schedule of an entry that has several', () => {
		for (const entry of DIRECTORY.filter((e) => e.hours.length > 1)) {
			for (const schedule of entry.hours) {
				expect(
					schedule.label ?? (schedule.kind === 'text' ? schedule.text : undefined)
				).toBeDefined();
			}
		}
	});

	it('gives the legal aid office its three channels', () => {
		const legal = DIRECTORY.find((e) => e.id === 'legal-aid-office');
		expect(legal?.hours.map((s) => [s.kind, s.channel])).toEqual([
			['monthly-nth-weekday', 'permanence'],
			['weekly', 'consultation'],
			['working-days', 'phone']
		]);
	});

	it('adds no postcode the Jette page does not give ("… in Jette")', () => {
		for (const entry of DIRECTORY) {
			if (entry.address?.city === 'Jette') expect(entry.address.postcode).toBeUndefined();
		}
	});
});

/**
 * The source pages, copied verbatim into tests/fixtures/sources, read through Vite (calc does no
 * I/O of its own). Both must be there: a missing page fails the test rather than skipping it.
 */
const SOURCE_FILES: Record<string, string> = import.meta.glob(
	'../../../../tests/fixtures/sources/*.txt',
	{
		query: '?raw',
		import: 'default',
		eager: true
	}
);
const sourceText = (page: string) => {
	const file = Object.entries(SOURCE_FILES).find(([path]) => path.endsWith(`/${page}.txt`));
	if (!file) throw new Error(`source page ${page} not found`);
	return file[1].replace(/\s+/g, ' ');
};

describe('facts as the sources give them', () => {
	it('reads both source pages', () => {
		expect(Object.keys(SOURCE_FILES)).toHaveLength(2);
	});

	it('every raw phone number, street, postcode and e-mail appears on its source page', () => {
		for (const entry of DIRECTORY) {
			const page = sourceText(entry.source.page);
			const addresses = [entry.address, ...entry.hours.map((s) => s.address)];
			const facts = [
				...entry.phones.map((p) => p.raw),
				...entry.hours.flatMap((s) => (s.phone ? [s.phone.raw] : [])),
				...addresses.flatMap((a) =>
					a ? [a.street.replace(/ \(.*\)$/, ''), a.postcode ?? ''] : []
				),
				entry.email ?? ''
			];
			for (const fact of facts) expect(page, `${entry.id}: ${fact}`).toContain(fact);
		}
	});

	it('every clock time of a schedule appears on the Jette page (as 10u, 15.30u …)', () => {
		const page = sourceText('jette-sociale-steun');
		for (const entry of DIRECTORY) {
			for (const schedule of entry.hours) {
				const times = [
					...('open' in schedule ? [schedule.open, schedule.close] : []),
					...('ranges' in schedule ? schedule.ranges.flatMap((r) => [r.open, r.close]) : []),
					...(schedule.kind === 'monthly-nth-weekday' ? [schedule.time] : []),
					...(schedule.kind === 'days-only' && schedule.close ? [schedule.close] : [])
				];
				for (const time of times) {
					const [h, m] = time.split(':');
					const written = m === '00' ? `${Number(h)}` : `${Number(h)}.${m}`;
					expect(page, `${entry.id}: ${time}`).toMatch(
						new RegExp(`\\b${written.replace('.', '\\.')} ?u`)
					);
				}
			}
		}
	});
});

describe('normaliseBelgianPhone', () => {
	it.each([
		['02.422.46.11', '+32 2 422 46 11'],
		['02 543 63 01', '+32 2 543 63 01'],
		['02.423.14.26.', '+32 2 423 14 26'],
		['050 12 34 56', '+32 50 12 34 56'],
		['0470 12 34 56', '+32 470 12 34 56']
	])('%s → %s', (raw, expected) => {
		expect(normaliseBelgianPhone(raw)).toBe(expected);
		expect(expected).toMatch(PHONE_FORMAT);
	});

	it('refuses what is not a Belgian number', () => {
		expect(() => normaliseBelgianPhone('12345')).toThrow();
	});
});
