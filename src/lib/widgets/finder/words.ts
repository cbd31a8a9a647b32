/**
 * The finder's codes in words: categories, reasons, fits and opening hours. The finder logic
 * (src/lib/calc/finder) returns codes and instants; this module is the only place that words them.
 */
import { MUNICIPALITIES } from '../../calc/finder/directory';
import type { Channel, Entry, Need, Schedule, Weekday } from '../../calc/finder/schema';
import type { Fit, Reason } from '../../calc/finder/evaluate';
import type { OpeningStatus } from '../../calc/finder/opening-hours';
import { INTL_LOCALE, type Lang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import { formatMoney, semicolon } from '../shared/format';

type Locale = { locale: Lang };
const loc = (lang: Lang): Locale => ({ locale: lang });

/** A need in plain words ("A bed tonight"), for the first question, the groups and the search. */
export function needName(need: Need, lang: Lang): string {
	const l = loc(lang);
	switch (need) {
		case 'food':
			return m.fn_need_food({}, l);
		case 'meals':
			return m.fn_need_meals({}, l);
		case 'clothes':
			return m.fn_need_clothes({}, l);
		case 'money':
			return m.fn_need_money({}, l);
		case 'debt':
			return m.fn_need_debt({}, l);
		case 'housing':
			return m.fn_need_housing({}, l);
		case 'shelter':
			return m.fn_need_shelter({}, l);
		case 'work':
			return m.fn_need_work({}, l);
		case 'training':
			return m.fn_need_training({}, l);
		case 'health':
			return m.fn_need_health({}, l);
		case 'home-help':
			return m.fn_need_home_help({}, l);
		case 'family':
			return m.fn_need_family({}, l);
		case 'legal':
			return m.fn_need_legal({}, l);
		case 'addiction':
			return m.fn_need_addiction({}, l);
		case 'mobility':
			return m.fn_need_mobility({}, l);
		case 'social-contact':
			return m.fn_need_social_contact({}, l);
		case 'administration':
			return m.fn_need_administration({}, l);
	}
}

/** A picture for each need (decorative: the label says it). */
export const NEED_ICONS: Record<Need, string> = {
	food: '🥫',
	meals: '🍲',
	clothes: '👕',
	money: '💶',
	debt: '🧾',
	housing: '🏠',
	shelter: '🛏️',
	work: '💼',
	training: '🎓',
	health: '🩺',
	'home-help': '🧹',
	family: '👪',
	legal: '⚖️',
	addiction: '🤝',
	mobility: '🚕',
	'social-contact': '☕',
	administration: '📝'
};

export function fitLabel(fit: Fit, lang: Lang): string {
	const l = loc(lang);
	if (fit === 'likely') return m.finder_fit_likely({}, l);
	if (fit === 'maybe') return m.finder_fit_maybe({}, l);
	return m.finder_fit_unlikely({}, l);
}

export function statusLabel(status: Reason['status'], lang: Lang): string {
	const l = loc(lang);
	if (status === 'met') return m.finder_status_met({}, l);
	if (status === 'not-met') return m.finder_status_not_met({}, l);
	return m.finder_status_unknown({}, l);
}

/** "a, b or c" in the user's language. */
function orList(items: string[], lang: Lang): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${m.finder_or({}, loc(lang))} ${items.at(-1)}`;
}

/** "a, b and c" in the user's language. */
function andList(items: string[], lang: Lang): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${m.finder_and({}, loc(lang))} ${items.at(-1)}`;
}

/** A municipality's name, from the data. */
function placeName(code: string, lang: Lang): string {
	return MUNICIPALITIES.find((place) => place.id === code)?.name[lang] ?? code;
}

function gendersName(code: string, lang: Lang): string {
	if (code === 'woman') return m.finder_genders_woman({}, loc(lang));
	if (code === 'man') return m.finder_genders_man({}, loc(lang));
	return m.finder_genders_other({}, loc(lang));
}

/** Who a criterion is for, in words: "people who live in Jette", "people aged 18 to 50". */
export function reasonText(reason: Reason, lang: Lang): string {
	const l = loc(lang);
	const values = reason.values ?? {};
	const list = (key: string) =>
		String(values[key] ?? '')
			.split(',')
			.filter(Boolean);
	switch (reason.code) {
		case 'lives-in-jette':
			return m.finder_reason_lives_in_jette({}, l);
		case 'lives-in-brussels-city':
			return m.finder_reason_lives_in_brussels_city({}, l);
		case 'lives-in-listed-municipality':
			return m.finder_reason_lives_in_listed(
				{
					places: orList(
						list('municipalities').map((c) => placeName(c, lang)),
						lang
					)
				},
				l
			);
		case 'age-range': {
			const { min, max } = values;
			if (min !== undefined && max !== undefined) {
				return m.finder_reason_age_range({ min: String(min), max: String(max) }, l);
			}
			if (min !== undefined) return m.finder_reason_age_min({ min: String(min) }, l);
			return m.finder_reason_age_max({ max: String(max ?? '') }, l);
		}
		case 'for-women':
			return m.finder_reason_for_women({}, l);
		case 'for-men':
			return m.finder_reason_for_men({}, l);
		case 'for-gender':
			return m.finder_reason_for_gender(
				{
					genders: orList(
						list('genders').map((g) => gendersName(g, lang)),
						lang
					)
				},
				l
			);
		case 'with-children':
			return m.finder_reason_with_children({}, l);
		case 'without-children':
			return m.finder_reason_without_children({}, l);
		case 'single-parent':
			return m.finder_reason_single_parent({}, l);
		case 'homeless':
			return m.finder_reason_homeless({}, l);
		case 'without-residence-permit':
			return m.finder_reason_without_permit({}, l);
		case 'receives-leefloon':
			return m.finder_reason_receives_leefloon({}, l);
		case 'income-at-most-leefloon': {
			// Only a single amount is quoted: with two (income between categories) none is exact.
			const amount = values.leefloon;
			return amount !== undefined && values.leefloonHighest === undefined
				? m.finder_reason_income({ amount: formatMoney(String(amount), lang) }, l)
				: m.finder_reason_income_plain({}, l);
		}
		case 'disability':
			return m.finder_reason_disability({}, l);
		case 'addiction':
			return m.finder_reason_addiction({}, l);
		case 'help-at-home':
			return m.finder_reason_help_at_home({}, l);
		case 'open-to-all':
			return m.finder_reason_open_to_all({}, l);
		case 'long-term-unemployed-50-plus':
			return m.finder_reason_mainly_unemployed({ min: String(values.min ?? 50) }, l);
		case 'psychological-problems':
			return m.finder_reason_mainly_psychological({}, l);
		case 'mothers':
			return m.finder_reason_mainly_mothers({}, l);
		case 'no-other-income':
			return m.fn_reason_mainly_no_other_income({}, l);
		case 'ask-residence':
			return m.fn_reason_ask_residence({}, l);
		case 'drug-users':
			return m.fn_reason_drug_users({}, l);
		case 'ask-access':
			return m.fn_cond_ask_access({}, l);
		case 'alternative-sentence':
			return m.fn_cond_alternative_sentence({}, l);
		case 'crime-victim':
			return m.fn_cond_crime_victim({}, l);
		case 'serious-illness':
			return m.fn_cond_serious_illness({}, l);
		case 'palliative-care':
			return m.fn_cond_palliative_care({}, l);
		case 'social-help-recipient':
			return m.fn_cond_social_help_recipient({}, l);
		case 'helped-by-organisation':
			return m.fn_cond_helped_by_organisation({}, l);
		case 'low-means':
			return m.fn_cond_low_means({}, l);
	}
}

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

export function channelName(channel: Channel, lang: Lang): string {
	const l = loc(lang);
	switch (channel) {
		case 'visit':
			return m.finder_channel_visit({}, l);
		case 'phone':
			return m.finder_channel_phone({}, l);
		case 'consultation':
			return m.finder_channel_consultation({}, l);
		case 'permanence':
			return m.finder_channel_permanence({}, l);
		case 'meals':
			return m.finder_channel_meals({}, l);
		case 'meal-delivery':
			return m.finder_channel_meal_delivery({}, l);
		case 'activities':
			return m.finder_channel_activities({}, l);
	}
}

/** The name of an ISO weekday (Monday = 1): 2024-01-01 was a Monday. */
export function weekdayName(day: Weekday, lang: Lang): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, day))
	);
}

function nthWord(nth: 1 | 2 | 3 | 4, lang: Lang): string {
	const l = loc(lang);
	return [m.finder_nth_1, m.finder_nth_2, m.finder_nth_3, m.finder_nth_4][nth - 1]!({}, l);
}

/** The schedule itself in words, without its label: "Monday 10:00 to 12:00; Tuesday …". */
export function scheduleText(schedule: Schedule, lang: Lang): string {
	const l = loc(lang);
	const days = (list: readonly Weekday[]) =>
		andList(
			list.map((d) => weekdayName(d, lang)),
			lang
		);
	switch (schedule.kind) {
		case 'weekly':
			return schedule.ranges
				.map((r) =>
					m.finder_range({ day: weekdayName(r.day, lang), open: r.open, close: r.close }, l)
				)
				.join(`${semicolon(lang)} `);
		case 'working-days':
			return m.finder_working_days({ open: schedule.open, close: schedule.close }, l);
		case 'monthly-nth-weekday':
			return m.finder_monthly(
				{
					nth: andList(
						schedule.nth.map((n) => nthWord(n, lang)),
						lang
					),
					weekday: weekdayName(schedule.weekday, lang),
					time: schedule.time
				},
				l
			);
		case 'by-appointment':
			return schedule.days
				? m.finder_by_appointment_days({ days: days(schedule.days) }, l)
				: m.finder_by_appointment({}, l);
		case 'time-only':
			return m.finder_time_only({ open: schedule.open, close: schedule.close }, l);
		case 'days-only': {
			const text = capitalise(days(schedule.days), lang);
			return schedule.close
				? m.finder_days_only_until({ days: text, time: schedule.close }, l)
				: m.finder_days_only({ days: text }, l);
		}
		case 'always':
			return m.finder_always({}, l);
		case 'text':
			return schedule.text[lang];
	}
}

function capitalise(text: string, lang: Lang): string {
	return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[lang]) + text.slice(1);
}

/** What a schedule is about: its own label, else its channel ("Meals", "By phone"). */
export function scheduleLabel(schedule: Schedule, lang: Lang): string {
	return schedule.label?.[lang] ?? channelName(schedule.channel, lang);
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const timeFormats = new Map<Lang, Intl.DateTimeFormat>();
/** The calendar day in Brussels, "2026-12-08": one formatter for every language. */
const dayKey = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Brussels',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

function dayAfter(day: string): string {
	const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * An instant as its day and time in Brussels: "today, 11:00", "tomorrow, 11:00", or "Tuesday
 * 8 December, 11:00" (the date named, so "the 2nd Tuesday" never reads as this one).
 */
export function formatWhen(instant: Date, lang: Lang, now: Date): string {
	const l = loc(lang);
	const time = formatTime(instant, lang);
	const day = dayKey.format(instant);
	const today = dayKey.format(now);
	if (day === today) return m.fn_when_today({ time }, l);
	if (day === dayAfter(today)) return m.fn_when_tomorrow({ time }, l);
	let format = dateFormats.get(lang);
	if (!format) {
		// British order in English ("Tuesday 8 December"), as Brussels writes dates.
		format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : INTL_LOCALE[lang], {
			timeZone: 'Europe/Brussels',
			weekday: 'long',
			day: 'numeric',
			month: 'long'
		});
		dateFormats.set(lang, format);
	}
	return m.fn_when_date({ date: capitalise(format.format(instant), lang), time }, l);
}

function formatTime(instant: Date, lang: Lang): string {
	let format = timeFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
			timeZone: 'Europe/Brussels',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		timeFormats.set(lang, format);
	}
	return format.format(instant);
}

/**
 * Open now or the next opening, in words; null when nothing can be said (a schedule the finder
 * does not compute, such as "by appointment" or words only: its text already says it all).
 */
export function statusText(
	schedule: Schedule,
	status: OpeningStatus,
	lang: Lang,
	now: Date
): { open: boolean; text: string } | null {
	const l = loc(lang);
	if (status.openNow) {
		return {
			open: true,
			text: status.nextClose
				? m.finder_open_until({ time: formatTime(status.nextClose, lang) }, l)
				: m.finder_open_now({}, l)
		};
	}
	if (!status.nextOpen) return null;
	const when = formatWhen(status.nextOpen, lang, now);
	// A start time without an end (monthly meetings) is "the next time", not an opening.
	if (schedule.kind === 'monthly-nth-weekday' && schedule.durationMinutes === null) {
		return { open: false, text: m.finder_next_time({ when }, l) };
	}
	return { open: false, text: `${m.finder_closed({}, l)}. ${m.finder_next_open({ when }, l)}` };
}

/** An address on one line, as the source gives it: "Hoogstraat 296, 1000 Brussel". */
export function addressLine(address: NonNullable<Entry['address']>): string {
	return `${address.street}, ${address.postcode ? `${address.postcode} ` : ''}${address.city}`;
}

/** A map search for an address; the link opens only when the user follows it. */
export function mapHref(address: NonNullable<Entry['address']>): string {
	return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(address))}`;
}

/** A tel: link for a number in the directory's one format ("+32 2 422 46 11"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^+\d]/g, '')}`;
}

/** The source page's title, from the data ("Municipality of Jette, ‘Sociale steun’ page …"). */
export function sourceTitle(page: string, lang: Lang): string {
	for (const place of MUNICIPALITIES) {
		const found = place.sources.find((source) => source.id === page);
		if (found) return found.title[lang];
	}
	return page;
}

/** The source page in words (the section is cited as the page titles it, in Dutch). */
export function sourceText(entry: Entry, lang: Lang): string {
	const source = sourceTitle(entry.source.page, lang);
	return m.finder_source({ source, section: entry.source.section }, loc(lang));
}

/** The latest date a fact of the service was checked against its source, if any. */
export function checkedOn(entry: Entry): string | undefined {
	const dates = Object.values(entry.evidence).map((fact) => fact!.checked);
	return dates.sort().at(-1);
}
