/** The user's answers to the help finder, all optional (see find-help.ts). */
import { z } from 'zod/mini';
import { leefloonCategorySchema } from '../leefloon';
import { genderSchema, municipalityIdSchema, needSchema } from './schema';

/**
 * Everything is optional: an unanswered question never rules a service out. The leefloon
 * category's values are those of the leefloon calculator (src/lib/calc/leefloon.ts):
 * 'cohabiting', 'single', 'family'.
 */
export const profileSchema = z.strictObject({
	/** What the person needs help with; none: every service, grouped by need, none `likely`. */
	needs: z.optional(z.array(needSchema)),
	/** Whole years, 0 to 120: a number or a string of digits, checked by the shared parser. */
	age: z.optional(z.union([z.number(), z.string()])),
	gender: z.optional(genderSchema),
	/** A municipality id of the directory, or 'other'. */
	municipality: z.optional(municipalityIdSchema),
	hasChildren: z.optional(z.boolean()),
	singleParent: z.optional(z.boolean()),
	homeless: z.optional(z.boolean()),
	hasResidencePermit: z.optional(z.boolean()),
	receivesLeefloon: z.optional(z.boolean()),
	/** A number, or a string with a decimal comma or point ("1314,20"). */
	monthlyNetIncome: z.optional(z.union([z.number(), z.string()])),
	leefloonCategory: z.optional(leefloonCategorySchema),
	disability: z.optional(z.boolean()),
	addiction: z.optional(z.boolean()),
	longTermUnemployed: z.optional(z.boolean()),
	needsHelpAtHome: z.optional(z.boolean())
});
