import type { Lang } from '../i18n/lang';

/**
 * What every widget takes and gives. The site's pages, the budgeting session and the embeddable
 * custom elements (<aid-savings-loan> …) all mount widgets through these props alone: a widget knows
 * nothing about routes, URLs or where it is embedded.
 */
export interface WidgetProps<Initial, Params, Result> {
	/** The language the widget speaks. */
	lang: Lang;
	/** The reference date of the calculation ('YYYY-MM-DD'); today in Brussels when absent. */
	date?: string;
	/** A partner organisation's own parameter values, passed to the calculator's `options.params`. */
	params?: Params;
	/** Starting values of the form; the user may change them. */
	initial?: Partial<Initial>;
	/** Heading level of the widget's title, so it fits the page's outline (default 2). */
	headingLevel?: 2 | 3;
	/** Called with the calculator's result (plain JSON) each time it changes, null when invalid. */
	onresult?: (result: Result | null) => void;
}
