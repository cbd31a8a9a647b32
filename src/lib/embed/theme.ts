import { z } from 'zod/mini';
import { THEME_QUERY, type ThemeKey } from './attributes';

/*
 * Theme values an iframe page takes from its query (?accent=%23b00020&font=Georgia) and sets on its
 * widget as CSS custom properties through the CSSOM (a strict CSP allows that; style attributes it
 * does not). Each value must be something the browser accepts for that kind of property, and never
 * a url() or var(): a link cannot make the page load anything or read another property.
 */
const KIND: Record<ThemeKey, string> = {
	accent: 'color',
	'accent-contrast': 'color',
	text: 'color',
	muted: 'color',
	background: 'color',
	surface: 'color',
	border: 'color',
	font: 'font-family',
	'font-size': 'font-size',
	radius: 'border-radius'
};

function themeValue(key: ThemeKey) {
	return z.string().check(
		z.maxLength(120),
		z.refine((value) => !/url\(|var\(|image|[;{}\\]/i.test(value)),
		z.refine((value) => typeof CSS === 'undefined' || CSS.supports(KIND[key], value))
	);
}

/** The theme's custom properties from a query, with a readable sentence per ignored value. */
export function themeFromQuery(
	query: URLSearchParams,
	warn: (message: string) => void
): [property: string, value: string][] {
	const theme: [string, string][] = [];
	for (const key of Object.keys(THEME_QUERY) as ThemeKey[]) {
		const value = query.get(key);
		if (value === null) continue;
		if (themeValue(key).safeParse(value.trim()).success) {
			theme.push([THEME_QUERY[key], value.trim()]);
		} else warn(`ignored ${key}="${value}": expected a CSS ${KIND[key]} value`);
	}
	return theme;
}
