import { tick } from 'svelte';
import * as z from 'zod/mini';

/*
 * A language switch on a calculator page keeps what was typed (issue 15). The page is a full page
 * load in the other language, so the form's state is handed over through this tab's
 * sessionStorage — never the URL or the history — written only when a language link is followed
 * and erased as soon as the page in the other language has read it back.
 *
 * The same widget in another language has the same form, so it is described by position, not by
 * ids: which radios are checked (by their index among the widget's radios, in document order), how
 * many persons the household has, and every text field's value in document order.
 */

const STORE_KEY = (widget: string) => `aid-typed:${widget}`;

const typedSchema = z.object({
	radios: z.array(z.int().check(z.minimum(0), z.maximum(200))).check(z.maxLength(50)),
	persons: z.int().check(z.minimum(0), z.maximum(30)),
	texts: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100))
});
export type TypedForm = z.infer<typeof typedSchema>;

const radiosOf = (root: Element) => [
	...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')
];
const textsOf = (root: Element) => [
	...root.querySelectorAll<HTMLInputElement>('input:not([type="radio"]):not([type="checkbox"])')
];
/** The household's age fields: the ones the add-person button adds. */
const personsOf = (root: Element) => {
	const household = root.querySelector('[data-aid-add-person]')?.closest('fieldset');
	return household ? household.querySelectorAll('input:not([type="radio"])').length : 0;
};

/** What the widget's form holds now. */
export function readTyped(root: Element): TypedForm {
	const radios = radiosOf(root);
	return {
		radios: radios.flatMap((radio, index) => (radio.checked ? [index] : [])),
		persons: personsOf(root),
		texts: textsOf(root).map((input) => input.value)
	};
}

/** Puts a form read by readTyped back, through the same events a person's typing gives. */
export async function writeTyped(root: Element, typed: TypedForm): Promise<void> {
	// Radios first, in order: a choice may show the next group ("No" shows the income category).
	for (const index of typed.radios) {
		const radio = radiosOf(root)[index];
		if (radio && !radio.checked) {
			radio.click();
			await tick();
		}
	}
	// As many persons as there were.
	for (let guard = 0; guard < 60 && personsOf(root) !== typed.persons; guard++) {
		const add = root.querySelector<HTMLButtonElement>('[data-aid-add-person]');
		const removes = root.querySelectorAll<HTMLButtonElement>('.aid-meals-household__remove');
		if (personsOf(root) < typed.persons && add && !add.disabled) add.click();
		else if (personsOf(root) > typed.persons && removes.length > 0)
			removes[removes.length - 1]!.click();
		else break;
		await tick();
	}
	const texts = textsOf(root);
	if (texts.length !== typed.texts.length) return; // another form: leave the defaults
	texts.forEach((input, index) => {
		const value = typed.texts[index]!;
		if (input.value === value) return;
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await tick();
}

/**
 * On a calculator page: restores what was typed before a language switch (once), and hands the
 * form over when one of the page's language links is followed.
 */
export async function keepTypedAcrossLanguages(widget: string, root: Element): Promise<void> {
	let stored: string | null = null;
	try {
		stored = sessionStorage.getItem(STORE_KEY(widget));
		sessionStorage.removeItem(STORE_KEY(widget));
	} catch {
		return; // storage refused (a private mode, a policy): the switch simply starts afresh
	}
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.('a[hreflang]');
		if (!link?.closest('.lang-switch')) return;
		try {
			sessionStorage.setItem(STORE_KEY(widget), JSON.stringify(readTyped(root)));
		} catch {
			// Full or refused: the other language opens with its defaults.
		}
	});
	if (stored === null) return;
	let parsed: unknown;
	try {
		parsed = JSON.parse(stored);
	} catch {
		return;
	}
	const typed = typedSchema.safeParse(parsed);
	if (typed.success) await writeTyped(root, typed.data);
}
