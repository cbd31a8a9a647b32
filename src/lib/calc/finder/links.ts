import type { DirectoryData, Entry } from './schema';

/**
 * Links between files, and the rule that a group of facts is backed: who it is for (any
 * criterion), hours and contact each need their evidence, quoted or marked method/unconfirmed.
 */
export function linkProblems(data: DirectoryData): string[] {
	const problems: string[] = [];
	const municipalityIds = new Set(data.municipalities.map((m) => m.id));
	const orgIds = new Set<string>();
	for (const org of data.organisations) {
		if (orgIds.has(org.id)) problems.push(`organisation ${org.id}: duplicate id`);
		orgIds.add(org.id);
	}
	const entryIds = new Set<string>();
	for (const entry of data.entries) {
		if (entryIds.has(entry.id)) problems.push(`service ${entry.id}: duplicate id`);
		entryIds.add(entry.id);
	}
	for (const entry of data.entries) {
		const where = `service ${entry.id}`;
		if (!orgIds.has(entry.organisationId)) {
			problems.push(`${where}: unknown organisation ${entry.organisationId}`);
		}
		if (entry.reachedVia !== undefined && !entryIds.has(entry.reachedVia)) {
			problems.push(`${where}: unknown service ${entry.reachedVia} (reachedVia)`);
		}
		for (const m of [...(entry.criteria.municipality ?? []), entry.localTo ?? []].flat()) {
			if (!municipalityIds.has(m)) problems.push(`${where}: unknown municipality ${m}`);
		}
		const { ageMin, ageMax } = entry.criteria;
		if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
			problems.push(`${where}: ageMin above ageMax`);
		}
		const needs = entry.needs.map((n) => n.need);
		if (new Set(needs).size !== needs.length) problems.push(`${where}: a need is tagged twice`);
		if (Object.keys(entry.criteria).length > 0 && !entry.evidence.who) {
			problems.push(`${where}: criteria without evidence.who`);
		}
		if (entry.hours.length > 0 && !entry.evidence.hours) {
			problems.push(`${where}: hours without evidence.hours`);
		}
		if ((entry.address !== null || entry.phones.length > 0) && !entry.evidence.contact) {
			problems.push(`${where}: address or phones without evidence.contact`);
		}
	}
	return problems;
}

/** Every quote of a service, with where it sits: its needs' and its facts' (the quote test). */
export function entryQuotes(entry: Entry): { where: string; quote: string }[] {
	const quotes = entry.needs.map((tag) => ({ where: `needs.${tag.need}`, quote: tag.quote }));
	for (const [group, fact] of Object.entries(entry.evidence)) {
		for (const quote of [fact?.quote ?? []].flat()) {
			quotes.push({ where: `evidence.${group}`, quote });
		}
	}
	return quotes;
}
