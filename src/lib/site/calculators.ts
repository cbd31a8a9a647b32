/**
 * The calculators' pages, in the order the home page lists them. Each hydrates its widget with
 * /islands/{lang}/{id}.js (src/lib/islands/{id}.ts). No imports: vite.embed.config.ts reads it too.
 */
export const CALCULATOR_IDS = ['savings-loan', 'meal-cost', 'food-package'] as const;
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

/**
 * Every page that hydrates one widget with an island script instead of SvelteKit's client:
 * /islands/{lang}/{id}.js, built from src/lib/islands/{id}.ts by scripts/build-islands.mjs.
 */
export const ISLAND_PAGES = [...CALCULATOR_IDS, 'finder', 'session'] as const;

/** Island scripts that are no page's own: loaded by an island (the session's resident summary). */
export const ISLAND_MODULES = { 'session-summary': 'session-summary.svelte.ts' } as const;
