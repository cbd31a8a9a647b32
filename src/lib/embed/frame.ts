/*
 * For partners who embed a widget in an iframe: resizes every <iframe data-aid-embed> to the height
 * its page reports. Load it from the widget's origin: <script type="module" src="…/embed/frame.js">.
 * A message counts only when it comes from one of those iframes' own window and from the origin of
 * the iframe's src, and only when it is exactly { type: 'aid-embed:height', height: <pixels> }.
 * Without this script the iframe keeps the height its `height` attribute gives.
 */
const MAX_HEIGHT = 20000;

function frameOf(event: MessageEvent): HTMLIFrameElement | undefined {
	for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-aid-embed]')) {
		if (frame.contentWindow !== event.source) continue;
		return new URL(frame.src, location.href).origin === event.origin ? frame : undefined;
	}
	return undefined;
}

function heightOf(data: unknown): number | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, height } = data as { type?: unknown; height?: unknown };
	if (type !== 'aid-embed:height' || typeof height !== 'number') return undefined;
	if (!Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return undefined;
	return Math.ceil(height);
}

addEventListener('message', (event) => {
	const frame = frameOf(event);
	const height = frame && heightOf(event.data);
	if (frame && height !== undefined) frame.height = String(height);
});
