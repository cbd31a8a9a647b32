import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
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
			'.stryker-tmp/'
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
