/** The help finder: its directory, who each service is for, and when it is open. */
export { DIRECTORY, MUNICIPALITIES, ORGANISATIONS } from './directory';
export { linkProblems, validateDirectory } from './validate';
export { searchServices, SEARCH_SYNONYMS, type SearchHit } from './search';
export {
	evaluateEntry,
	fitOf,
	specificity,
	REASON_CODES,
	type Fit,
	type Reason,
	type ReasonCode,
	type ReasonStatus,
	type ResolvedProfile
} from './evaluate';
export {
	BEST_COUNT,
	findHelp,
	groupResults,
	nextSteps,
	NEXT_STEPS_COUNT,
	rankForNeeds,
	resolveProfile,
	type ResultGroups,
	type FindHelpOptions,
	type FindHelpResult,
	type Profile,
	type ServiceFit
} from './find-help';
export {
	brusselsInstant,
	brusselsWallClock,
	openingStatus,
	SEARCH_DAYS,
	TIME_ZONE,
	type OpeningStatus
} from './opening-hours';
export { normaliseBelgianPhone } from './phone';
export { profileSchema } from './profile';
export {
	CHANNELS,
	CONDITION_CODES,
	GENDERS,
	MAINLY_CODES,
	NEEDS,
	OTHER_MUNICIPALITY,
	PHONE_FORMAT,
	SCHEDULE_KINDS,
	entrySchema,
	municipalitySchema,
	needSchema,
	organisationSchema,
	scheduleSchema,
	type Address,
	type Channel,
	type Condition,
	type Criteria,
	type DirectoryData,
	type Entry,
	type Evidence,
	type Fact,
	type Gender,
	type Localized,
	type Mainly,
	type Municipality,
	type Need,
	type Organisation,
	type Phone,
	type Schedule,
	type ScheduleKind,
	type Source,
	type Weekday
} from './schema';
export { QUESTIONS, questionsThatMatter, type Question } from './questions';
