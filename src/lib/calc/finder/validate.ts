import { DIRECTORY, ORGANISATIONS } from './directory';
import { entrySchema, organisationSchema } from './schema';

/**
 * Checks the directory against its schemas and its links (organisation ids, `reachedVia`, unique
 * ids). Returns the problems found, empty when all is well; the data test runs it on every build.
 */
export function validateDirectory(): string[] {
	const problems: string[] = [];
	const orgIds = new Set<string>();
	for (const org of ORGANISATIONS) {
		const result = organisationSchema.safeParse(org);
		if (!result.success) problems.push(`organisation ${org.id}: ${result.error.message}`);
		if (orgIds.has(org.id)) problems.push(`organisation ${org.id}: duplicate id`);
		orgIds.add(org.id);
	}
	const entryIds = new Set(DIRECTORY.map((e) => e.id));
	if (entryIds.size !== DIRECTORY.length) problems.push('duplicate entry ids');
	for (const entry of DIRECTORY) {
		const result = entrySchema.safeParse(entry);
		if (!result.success) problems.push(`entry ${entry.id}: ${result.error.message}`);
		if (!orgIds.has(entry.organisationId)) {
			problems.push(`entry ${entry.id}: unknown organisation ${entry.organisationId}`);
		}
		if (entry.reachedVia !== undefined && !entryIds.has(entry.reachedVia)) {
			problems.push(`entry ${entry.id}: unknown entry ${entry.reachedVia}`);
		}
		const { ageMin, ageMax } = entry.criteria;
		if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
			problems.push(`entry ${entry.id}: ageMin above ageMax`);
		}
	}
	return problems;
}
