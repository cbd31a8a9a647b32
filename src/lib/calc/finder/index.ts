/** The help finder: its directory, who each service is for, and when it is open. */
export { DIRECTORY, DIRECTORY_COUNT, ORGANISATIONS } from './directory';
export { validateDirectory } from './validate';
export {
	evaluateEntry,
	fitOf,
	REASON_CODES,
	type Fit,
	type Reason,
	type ReasonCode,
	type ReasonStatus,
	type ResolvedProfile
} from './evaluate';
export {
	findHelp,
	resolveProfile,
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
export {
	CATEGORIES,
	CHANNELS,
	GENDERS,
	LOCATION_MUNICIPALITIES,
	MAINLY_CODES,
	PHONE_FORMAT,
	PROFILE_MUNICIPALITIES,
	SCHEDULE_KINDS,
	SERVED_MUNICIPALITIES,
	entrySchema,
	organisationSchema,
	profileSchema,
	scheduleSchema,
	type Address,
	type Category,
	type Channel,
	type Criteria,
	type Entry,
	type Gender,
	type Localized,
	type Mainly,
	type Organisation,
	type Phone,
	type Schedule,
	type ScheduleKind,
	type Source,
	type Weekday
} from './schema';
