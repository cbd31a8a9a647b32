import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

// Embedded widgets run under a strict CSP (no 'unsafe-inline' styles): a <style> block becomes an
// inline <style> element and a style attribute is an inline style, so widgets use neither. Their
// styles live in src/lib/widgets/styles/*.css, linked as stylesheet files when embedded.
describe('widgets use no inline styles', () => {
	const files = svelteFiles('src/lib/widgets');

	it('finds the widget components', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	for (const file of files) {
		it(`${file} has no <style> block, style attribute or style: directive`, () => {
			const source = readFileSync(file, 'utf8');
			expect(source).not.toMatch(/<style[\s>]/);
			expect(source).not.toMatch(/\sstyle=/);
			expect(source).not.toMatch(/\sstyle:[a-z-]+/);
		});
	}
});
