import { describe, expect, it } from 'vitest';
import { islandProps } from '../../src/lib/islands/island';

describe("a calculator page's island reads its wrapper's data attributes", () => {
	it('takes the language and heading level the page rendered the widget with', () => {
		expect(islandProps({ lang: 'nl', headingLevel: '2' }, 'nl')).toEqual({
			lang: 'nl',
			headingLevel: 2
		});
		expect(islandProps({ lang: 'fr', headingLevel: '3' }, 'fr')).toEqual({
			lang: 'fr',
			headingLevel: 3
		});
		expect(islandProps({ lang: 'en' }, 'en')).toEqual({ lang: 'en', headingLevel: 2 });
	});

	it('does not start on a page in another language than its build, or with unknown values', () => {
		expect(islandProps({ lang: 'fr', headingLevel: '2' }, 'nl')).toBeNull();
		expect(islandProps({ lang: 'de', headingLevel: '2' }, 'nl')).toBeNull();
		expect(islandProps({ headingLevel: '2' }, 'nl')).toBeNull();
		expect(islandProps({ lang: 'nl', headingLevel: '7' }, 'nl')).toBeNull();
	});
});
