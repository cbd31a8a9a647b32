import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingId, inline, markdownToHtml } from './markdown';

describe('markdownToHtml, the guide renderer', () => {
	it('writes headings with GitHub anchors, paragraphs, lists and fenced code', () => {
		const html = markdownToHtml(
			[
				'# Putting a calculator',
				'',
				'Some **bold** and `<code>`,',
				'on two lines, with [a link](#languages).',
				'',
				'- one',
				'  continued',
				'- two',
				'',
				'1. first',
				'2. second',
				'',
				'```html',
				'<script src="x"></script>',
				'```'
			].join('\n')
		);
		expect(html).toBe(
			[
				'<h1 id="putting-a-calculator">Putting a calculator</h1>',
				'<p>Some <strong>bold</strong> and <code>&lt;code&gt;</code>, on two lines, with <a href="#languages">a link</a>.</p>',
				'<ul><li>one continued</li><li>two</li></ul>',
				'<ol><li>first</li><li>second</li></ol>',
				'<pre><code class="language-html">&lt;script src=&quot;x&quot;&gt;&lt;/script&gt;</code></pre>'
			].join('\n')
		);
	});

	it('writes a table with column headers in a focusable, labelled region', () => {
		const html = markdownToHtml('| a | `b` |\n| - | - |\n| 1 | 2 |');
		expect(html).toBe(
			'<div class="doc-table" tabindex="0" role="region" aria-label="a, b"><table><thead><tr><th scope="col">a</th><th scope="col"><code>b</code></th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>'
		);
	});

	it('keeps HTML in the text as text, drops comments and refuses script links', () => {
		expect(markdownToHtml('<!-- snippet -->\n<img src=x onerror=alert(1)>')).toBe(
			'<p>&lt;img src=x onerror=alert(1)&gt;</p>'
		);
		expect(inline('[x](javascript:void)')).toBe('x');
		expect(inline('[x](https://example.org/?a=1&b=2)')).toBe(
			'<a href="https://example.org/?a=1&amp;b=2">x</a>'
		);
	});

	it('names anchors as GitHub does', () => {
		expect(headingId('1. Script')).toBe('1-script');
		expect(headingId('Colours and fonts')).toBe('colours-and-fonts');
	});

	it('renders the real EMBEDDING.md with no inline style or script and every in-page link resolving', () => {
		const html = markdownToHtml(readFileSync('EMBEDDING.md', 'utf8'));
		// No element of ours carries a script or an inline style (the text may mention them, escaped).
		expect(html).not.toMatch(/<script|<style|<[a-z][^>]*\s(style|on\w+)=/i);
		const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
		const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
		expect(anchors.length).toBeGreaterThan(0);
		for (const anchor of anchors) expect(ids, anchor).toContain(anchor);
	});
});
