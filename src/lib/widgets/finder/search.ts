/** The finder's search box: what it holds. The search itself is `searchServices` (calc/finder). */
export interface Filters {
	/** Words typed by the user. */
	query: string;
}
