import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import aid from './eslint/no-decimal-operators.js';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'static/',
			'dist-embed/',
			'reports/',
			'test-results/',
			'playwright-report/',
			'.stryker-tmp/',
			// Linted on purpose by tests/unit/decimal-operators.test.ts: it holds the faults the rule finds.
			'tests/fixtures/lint/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Every internal link comes from the page registry (src/lib/site/pages.ts), which the
			// browser tests check; the site is deployed at the root of its origin, with no base path.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Amounts are decimal.js values: an operator on one works on its text (see the rule's file).
		// The rule needs the type checker, so these files are linted with type information.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/fixtures/lint/**/*.ts'],
		ignores: ['src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		plugins: { aid },
		rules: { 'aid/no-decimal-operators': 'error' }
	},
	{
		// Calculators are pure: no Svelte, no DOM, no I/O, and nothing from the layers above them.
		files: ['src/lib/calc/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
							message: 'calc is pure TypeScript.'
						},
						{
							group: [
								'**/widgets/**',
								'$lib/widgets/*',
								'**/routes/**',
								'$lib/site/*',
								'**/site/**'
							],
							message: 'Dependencies run routes → widgets → calc, never back.'
						},
						{ group: ['node:*', 'fs', 'path'], message: 'calc does no I/O.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/widgets/**/*'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', '**/routes/**', '$lib/site/*', '**/site/**'],
							message: 'Widgets know nothing about routes.'
						}
					]
				}
			]
		}
	}
);
