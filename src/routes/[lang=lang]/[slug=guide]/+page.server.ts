import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { markdownToHtml } from '$lib/site/markdown';
import { EMBEDDING_GUIDE_SLUG } from '$lib/site/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page to read: rendered once at build time from EMBEDDING.md, no script.
export const csr = false;

export const entries: EntryGenerator = () => [{ lang: 'en', slug: EMBEDDING_GUIDE_SLUG }];

export const load: PageServerLoad = ({ params }) => {
	if (params.lang !== 'en') error(404, 'Not found');
	const html = markdownToHtml(readFileSync('EMBEDDING.md', 'utf8'));
	const title = /^# (.*)$/m.exec(readFileSync('EMBEDDING.md', 'utf8'))?.[1] ?? 'Embedding';
	return { html, title };
};
