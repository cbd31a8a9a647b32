import { describe, expect, it } from 'vitest';
import { isCacheLanguageMessage, isImmutable, offlineFiles } from '../../src/lib/offline/manifest';

// build/offline.json is data from the network: the service worker keeps only our own plain paths.
describe('offlineFiles', () => {
	const manifest = {
		langs: {
			nl: { files: ['/nl/', '/nl/maaltijden/', '/_app/immutable/chunks/A1.js', '/favicon.svg'] },
			fr: { files: ['/fr/'] }
		}
	};

	it("lists one language's files, and no other language's", () => {
		expect(offlineFiles(manifest, 'nl')).toEqual([
			'/nl/',
			'/nl/maaltijden/',
			'/_app/immutable/chunks/A1.js',
			'/favicon.svg'
		]);
		expect(offlineFiles(manifest, 'fr')).toEqual(['/fr/']);
		expect(offlineFiles(manifest, 'en')).toEqual([]);
	});

	it('drops what is not a plain path of our own origin, and repeats', () => {
		const hostile = {
			langs: {
				nl: {
					files: [
						'https://evil.example/x.js',
						'//evil.example/x.js',
						'/nl/../../etc/passwd',
						'/nl/?q=1',
						'nl/relative',
						'/nl/a b',
						42,
						null,
						'/nl/',
						'/nl/'
					]
				}
			}
		};
		expect(offlineFiles(hostile, 'nl')).toEqual(['/nl/']);
	});

	it('gives nothing for a manifest of the wrong shape, or a language not ours', () => {
		for (const bad of [
			null,
			'x',
			[],
			{},
			{ langs: null },
			{ langs: { nl: null } },
			{ langs: { nl: { files: 'x' } } }
		]) {
			expect(offlineFiles(bad, 'nl')).toEqual([]);
		}
		expect(offlineFiles(manifest, 'de' as never)).toEqual([]);
	});
});

describe('isImmutable', () => {
	it('is true only for files with their content hash in their name', () => {
		expect(isImmutable('/_app/immutable/chunks/A1.js')).toBe(true);
		expect(isImmutable('/islands/nl/chunks/Choice-D-O_BjZ7.js')).toBe(true);
		expect(isImmutable('/islands/nl/meal-cost.js')).toBe(false);
		expect(isImmutable('/nl/maaltijden/')).toBe(false);
		expect(isImmutable('/favicon.svg')).toBe(false);
	});
});

describe('isCacheLanguageMessage', () => {
	it("accepts only the page's request for one of our languages", () => {
		expect(isCacheLanguageMessage({ type: 'aid-cache-language', lang: 'nl' })).toBe(true);
		expect(isCacheLanguageMessage({ type: 'aid-cache-language', lang: 'de' })).toBe(false);
		expect(isCacheLanguageMessage({ type: 'other', lang: 'nl' })).toBe(false);
		expect(isCacheLanguageMessage('aid-cache-language')).toBe(false);
		expect(isCacheLanguageMessage(null)).toBe(false);
	});
});
