// Parameter descriptions (src/lib/calc/params/*.ts) are written for the people who maintain the
// tables and for the tests that check them; no widget shows them, yet they are most of a parameter
// module's bytes. The one-language builds (the embed and the calculator pages' islands) drop them.

/** Matches `description: '…',` as Prettier writes it in a parameter table (same or next line). */
const DESCRIPTION = /\n\tdescription:\s*'(?:[^'\\\n]|\\.)*',/g;

/**
 * The module's code without its parameters' descriptions, and how many were dropped.
 * @param {string} code
 * @returns {{ code: string, dropped: number }}
 */
export function dropParameterDescriptions(code) {
	let dropped = 0;
	const result = code.replace(DESCRIPTION, () => {
		dropped += 1;
		return '';
	});
	return { code: result, dropped };
}
