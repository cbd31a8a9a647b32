import { describe, expect, it } from 'vitest';
import { DIRECTORY, ORGANISATIONS } from './directory';
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

	it('has the services counted by hand in the sources: 41 on the Jette page, 11 on the City page', () => {
		// Counted on the pages: Jette, one per bullet or paragraph naming a service (two where a
		// bullet names two organisations); the City, the antennas, the nine services they refer to
		// and the sociale buurtcoördinaties.
		const byPage = (page: string) => DIRECTORY.filter((e) => e.source.page === page).length;
		expect(byPage('jette-sociale-steun')).toBe(41);
		expect(byPage('stad-brussel-sociale-actie')).toBe(11);
		expect(DIRECTORY).toHaveLength(52);
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
			// Worked out by hand, not by the normaliser: the raw digits with the trunk 0 → 32.
			const digits = phone.raw.replace(/\D/g, '').replace(/^0/, '32');
			expect(phone.number.replace(/\D/g, '')).toBe(digits);
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
	it('writes Transit for drug users, as the source does (not alcohol or gambling)', () => {
		const transit = DIRECTORY.find((e) => e.id === 'transit')!;
		expect(transit.criteria).toEqual({ drugUse: true });
		expect(transit.evidence.who?.quote).toBe('Transit, opvangcentrum voor druggebruikers');
		for (const text of Object.values(transit.description)) {
			expect(text).not.toMatch(/alcohol|alcool|gok|jeu|gambl/i);
		}
	});

	it('says what the source says, in three languages: the wording items of issue 10', () => {
		const text = (id: string) => DIRECTORY.find((e) => e.id === id)!.description;
		expect(text('ocmw-jette-debt-mediation')).toMatchObject({
			nl: expect.stringContaining('algemene schuldregeling'),
			fr: expect.stringContaining('règlement général des dettes'),
			en: expect.stringContaining('general debt settlement')
		});
		expect(JSON.stringify(text('ocmw-jette-debt-mediation'))).not.toMatch(/collectie|collectif/);
		expect(text('brussels-training').nl).toContain('professionele stages');
		expect(text('brussels-training').nl).not.toContain('in bedrijven');
		expect(text('wit-gele-kruis').nl).toContain('Medische hulp');
		expect(JSON.stringify(text('wit-gele-kruis'))).not.toMatch(/verpleging|infirmier|nursing/);
		// "Het volstaat om vooraf een aanvraag in te dienen": a request in advance, not an appointment.
		expect(DIRECTORY.find((e) => e.id === 'iris-rest-home-meals')!.appointment).toBe('unknown');
		// "zonder ander inkomen", "50 jaar of ouder": as the source words them.
		const regular = DIRECTORY.find((e) => e.id === 'ocmw-jette-regular-support')!;
		expect(regular.criteria.mainly).toEqual(['no-other-income']);
		expect(text('impulsion').nl).toContain('50 jaar of ouder');
		// The food decision: after the social assistant's assessment.
		expect(DIRECTORY.find((e) => e.id === 'centre-entraide-food-aid')!.evidence.who?.quote).toBe(
			'na een onderzoek door de sociale assistente die bepaalt of de steunaanvraag gerechtvaardigd is'
		);
	});

	it('gives no French street names the source does not give', () => {
		const streets = new Set(
			DIRECTORY.flatMap((e) => [e.address, ...e.hours.map((s) => s.address)])
				.filter((a) => a !== undefined && a !== null)
				.map((a) => a.street.replace(/ \(.*\)$/, '').replace(/ \d.*$/, ''))
		);
		const french = DIRECTORY.flatMap((e) => [
			e.description.fr,
			...(e.notes ?? []).map((n) => n.fr)
		]);
		for (const text of french) {
			expect(text).not.toMatch(/\b(rue|avenue|chaussée|place|boulevard) [A-Z]/);
		}
		expect(streets.size).toBeGreaterThan(10);
	});

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
