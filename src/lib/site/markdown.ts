/**
 * The small part of Markdown that EMBEDDING.md uses, to HTML, at build time: headings (with the
 * ids GitHub gives them, so "#languages" links work), paragraphs, lists, fenced code, tables,
 * `code`, **bold** and [links](…). Everything else is text: every character of the source is
 * escaped, HTML in the source (comments aside, which are dropped) shows as text, and no attribute
 * but href, id, class, tabindex, role and aria-label is written, so the page stays CSP-safe (no
 * inline style or script). Not a general Markdown parser: the guide is ours, and a test holds it.
 */

const escapeHtml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function headingId(text: string): string {
	return text
		.toLowerCase()
		.replace(/[`*]/g, '')
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.trim()
		.replace(/\s/g, '-');
}

/** Links to other pages of the source tree or outside: only http(s), site paths and anchors. */
function safeHref(href: string): string | null {
	return /^(https?:\/\/|\/|#)/.test(href) ? href : null;
}

/** Inline Markdown: code spans first (their content is literal), then links and bold. */
export function inline(text: string): string {
	return text
		.split(/(`[^`]+`)/)
		.map((part) => {
			if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
				return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
			}
			let html = escapeHtml(part);
			html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
			html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
				const safe = safeHref(href.replaceAll('&amp;', '&'));
				return safe ? `<a href="${escapeHtml(safe)}">${label}</a>` : label;
			});
			return html;
		})
		.join('');
}

const cells = (row: string) =>
	row
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((cell) => cell.trim());

/** The guide, as HTML. */
export function markdownToHtml(source: string): string {
	const lines = source.replace(/<!--[\s\S]*?-->/g, '').split('\n');
	const out: string[] = [];
	let i = 0;
	const isBlockStart = (line: string) =>
		/^(#{1,6} |```|\s*[-*] |\s*\d+\. |\|)/.test(line) || line.trim() === '';

	while (i < lines.length) {
		const line = lines[i]!;
		if (line.trim() === '') {
			i++;
			continue;
		}
		const heading = /^(#{1,6}) (.*)$/.exec(line);
		if (heading) {
			const level = heading[1]!.length;
			const text = heading[2]!.trim();
			out.push(`<h${level} id="${escapeHtml(headingId(text))}">${inline(text)}</h${level}>`);
			i++;
			continue;
		}
		if (line.startsWith('```')) {
			const language = line.slice(3).trim();
			const code: string[] = [];
			i++;
			while (i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i++]!);
			i++;
			const kind = language ? ` class="language-${escapeHtml(language)}"` : '';
			out.push(`<pre><code${kind}>${escapeHtml(code.join('\n'))}</code></pre>`);
			continue;
		}
		if (line.startsWith('|')) {
			const rows: string[][] = [];
			while (i < lines.length && lines[i]!.startsWith('|')) rows.push(cells(lines[i++]!));
			const [head = [], , ...body] = rows;
			const label = escapeHtml(head.join(', ').replaceAll('`', ''));
			out.push(
				`<div class="doc-table" tabindex="0" role="region" aria-label="${label}"><table>` +
					`<thead><tr>${head.map((c) => `<th scope="col">${inline(c)}</th>`).join('')}</tr></thead>` +
					`<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>` +
					'</table></div>'
			);
			continue;
		}
		const item = /^(\s*)([-*]|\d+\.) (.*)$/.exec(line);
		if (item) {
			const ordered = /\d/.test(item[2]!);
			const items: string[] = [];
			while (i < lines.length) {
				const current = /^(\s*)([-*]|\d+\.) (.*)$/.exec(lines[i]!);
				if (!current) break;
				let text = current[3]!;
				i++;
				// Continuation lines are indented under their item.
				while (
					i < lines.length &&
					/^\s+\S/.test(lines[i]!) &&
					!/^\s*([-*]|\d+\.) /.test(lines[i]!)
				) {
					text += ` ${lines[i++]!.trim()}`;
				}
				items.push(`<li>${inline(text)}</li>`);
			}
			const tag = ordered ? 'ol' : 'ul';
			out.push(`<${tag}>${items.join('')}</${tag}>`);
			continue;
		}
		const paragraph: string[] = [];
		while (i < lines.length && !isBlockStart(lines[i]!)) paragraph.push(lines[i++]!.trim());
		if (paragraph.length === 0) paragraph.push(lines[i++]!.trim());
		out.push(`<p>${inline(paragraph.join(' '))}</p>`);
	}
	return out.join('\n');
}
