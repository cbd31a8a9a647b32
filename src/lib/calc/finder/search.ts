/**
 * Search over the directory, in one language: a service's name, description, address and the
 * needs it serves (through a list of everyday words per need in each language: "dokter" finds the
 * health services, "slapen" the shelters). Accents and case are ignored, one typo is forgiven in a
 * word of five letters or more, and the best match comes first. Pure: no I/O, no DOM.
 */
import { DIRECTORY } from './directory';
import type { Entry, LANGS, Need } from './schema';

type Lang = (typeof LANGS)[number];

/**
 * Everyday words for each need, per language: what someone types when they look for that help.
 * The need's own label (widgets/finder) is matched too, through these lists.
 */
export const SEARCH_SYNONYMS: Record<Need, Record<Lang, readonly string[]>> = {
	food: {
		nl: ['voedsel', 'eten', 'brood', 'voedselpakket', 'voedselhulp', 'honger', 'boodschappen'],
		fr: ['nourriture', 'manger', 'pain', 'colis', 'alimentaire', 'faim', 'courses'],
		en: ['food', 'eat', 'bread', 'parcel', 'groceries', 'hungry', 'hunger']
	},
	meals: {
		nl: ['maaltijd', 'maaltijden', 'restaurant', 'eten', 'soep', 'middagmaal'],
		fr: ['repas', 'restaurant', 'manger', 'soupe', 'dîner'],
		en: ['meal', 'meals', 'restaurant', 'lunch', 'dinner', 'eat']
	},
	clothes: {
		nl: ['kleren', 'kleding', 'kledij', 'schoenen', 'jas'],
		fr: ['vêtements', 'vêtement', 'habits', 'chaussures', 'manteau'],
		en: ['clothes', 'clothing', 'shoes', 'coat']
	},
	money: {
		nl: ['geld', 'inkomen', 'leefloon', 'uitkering', 'huur', 'factuur', 'facturen', 'lening'],
		fr: ['argent', 'revenu', 'intégration', 'allocation', 'loyer', 'facture', 'prêt'],
		en: ['money', 'income', 'benefit', 'allowance', 'rent', 'bill', 'bills', 'loan']
	},
	debt: {
		nl: ['schulden', 'schuld', 'schuldbemiddeling', 'deurwaarder', 'afbetaling'],
		fr: ['dettes', 'dette', 'endettement', 'huissier'],
		en: ['debt', 'debts', 'bailiff', 'owe']
	},
	housing: {
		nl: ['huis', 'woning', 'huisvesting', 'wonen', 'huur', 'appartement', 'uitzetting'],
		fr: ['logement', 'maison', 'appartement', 'loyer', 'expulsion'],
		en: ['housing', 'house', 'home', 'flat', 'apartment', 'rent', 'eviction']
	},
	shelter: {
		nl: ['slapen', 'bed', 'opvang', 'dakloos', 'daklozen', 'nacht', 'noodopvang', 'onderdak'],
		fr: ['dormir', 'lit', 'abri', 'sans-abri', 'hébergement', 'nuit', 'accueil'],
		en: ['sleep', 'bed', 'shelter', 'homeless', 'night']
	},
	work: {
		nl: ['werk', 'job', 'werkloos', 'werkzoekend', 'werkzoekende', 'solliciteren'],
		fr: ['emploi', 'travail', 'job', 'chômage', 'chômeur', 'boulot'],
		en: ['work', 'job', 'jobs', 'employment', 'unemployed']
	},
	training: {
		nl: ['opleiding', 'cursus', 'school', 'studie', 'studies', 'stage', 'taal', 'vorming'],
		fr: ['formation', 'cours', 'école', 'études', 'stage', 'langue'],
		en: ['training', 'course', 'school', 'study', 'internship', 'language']
	},
	health: {
		nl: ['dokter', 'arts', 'gezondheid', 'ziek', 'medisch', 'verpleging', 'geneesmiddelen'],
		fr: ['médecin', 'docteur', 'santé', 'malade', 'médical', 'soins', 'médicaments'],
		en: ['doctor', 'health', 'ill', 'sick', 'medical', 'nurse', 'medicine']
	},
	'home-help': {
		nl: ['thuishulp', 'gezinshulp', 'poetsen', 'huishouden', 'thuis', 'ouderen'],
		fr: ['ménage', 'domicile', 'aide familiale', 'âgées', 'aînés'],
		en: ['home help', 'cleaning', 'household', 'elderly', 'at home']
	},
	family: {
		nl: ['kinderen', 'kind', 'kinderopvang', 'moeder', 'ouder', 'gezin', 'baby'],
		fr: ['enfants', 'enfant', 'crèche', 'garde', 'mère', 'famille', 'bébé'],
		en: ['children', 'child', 'childcare', 'mother', 'parent', 'family', 'baby']
	},
	legal: {
		nl: ['advocaat', 'juridisch', 'recht', 'rechtbank', 'slachtoffer', 'verblijf'],
		fr: ['avocat', 'juridique', 'droit', 'tribunal', 'victime', 'séjour'],
		en: ['lawyer', 'legal', 'court', 'victim', 'residence']
	},
	addiction: {
		nl: ['verslaving', 'drugs', 'alcohol', 'verslaafd'],
		fr: ['dépendance', 'addiction', 'drogue', 'alcool', 'toxicomanie'],
		en: ['addiction', 'drugs', 'alcohol', 'addicted']
	},
	mobility: {
		nl: ['taxi', 'vervoer', 'verplaatsen', 'rolstoel'],
		fr: ['taxi', 'transport', 'déplacer', 'fauteuil'],
		en: ['taxi', 'transport', 'travel', 'wheelchair']
	},
	'social-contact': {
		nl: ['ontmoeten', 'ontmoeting', 'eenzaam', 'contact', 'activiteiten', 'buurt'],
		fr: ['rencontre', 'rencontrer', 'solitude', 'seul', 'activités', 'quartier'],
		en: ['meet', 'meeting', 'lonely', 'company', 'activities', 'neighbourhood']
	},
	administration: {
		nl: ['formulier', 'documenten', 'papieren', 'pensioen', 'aanvraag', 'administratie'],
		fr: ['formulaire', 'documents', 'papiers', 'pension', 'demande', 'administratif'],
		en: ['form', 'forms', 'documents', 'paperwork', 'pension', 'application']
	}
};

/** Lower case, without accents: "Vêtements" and "vetements" match. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

function words(text: string): string[] {
	return normalise(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0);
}

/** At most one edit (a letter added, left out, changed, or two neighbours swapped). */
function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
	return longer.slice(i + 1) === shorter.slice(i);
}

/** How well one typed word matches one word of a text: 1 exact, less for a prefix, part or typo. */
function wordScore(typed: string, word: string): number {
	if (typed === word) return 1;
	if (typed.length >= 3 && word.startsWith(typed)) return 0.8;
	// Dutch and French compounds: "voedselpakket" holds "voedsel".
	if (typed.length >= 4 && word.includes(typed)) return 0.6;
	if (typed.length >= 5 && word.length >= 4 && withinOneEdit(typed, word)) return 0.7;
	return 0;
}

function bestScore(typed: string, candidates: readonly string[]): number {
	let best = 0;
	for (const word of candidates) best = Math.max(best, wordScore(typed, word));
	return best;
}

export interface SearchHit {
	id: string;
	entry: Entry;
	/** Higher is better; hits come sorted by it. */
	score: number;
}

interface Indexed {
	entry: Entry;
	order: number;
	name: string[];
	needs: string[];
	rest: string[];
}

const indexes = new WeakMap<readonly Entry[], Map<Lang, Indexed[]>>();

function indexOf(services: readonly Entry[], lang: Lang): Indexed[] {
	let byLang = indexes.get(services);
	if (!byLang) indexes.set(services, (byLang = new Map()));
	let index = byLang.get(lang);
	if (!index) {
		index = services.map((entry, order) => ({
			entry,
			order,
			name: words(entry.name[lang]),
			needs: entry.needs.flatMap((tag) => SEARCH_SYNONYMS[tag.need][lang].flatMap(words)),
			rest: words(
				[
					entry.description[lang],
					entry.address ? `${entry.address.street} ${entry.address.city}` : ''
				].join(' ')
			)
		}));
		byLang.set(lang, index);
	}
	return index;
}

/**
 * The services that match the words typed, best first: a service matches when at least one typed
 * word is found in its name (counts most), its needs' everyday words, or its description and
 * address; services that match more of the typed words come first, then by score, then in source
 * order. An empty query returns nothing.
 */
export function searchServices(
	query: string,
	lang: Lang,
	services: readonly Entry[] = DIRECTORY
): SearchHit[] {
	const typed = [...new Set(words(query))];
	if (typed.length === 0) return [];
	const hits: (SearchHit & { matched: number; order: number })[] = [];
	for (const item of indexOf(services, lang)) {
		let matched = 0;
		let score = 0;
		for (const word of typed) {
			const best = Math.max(
				3 * bestScore(word, item.name),
				2 * bestScore(word, item.needs),
				bestScore(word, item.rest)
			);
			if (best > 0) matched++;
			score += best;
		}
		if (matched > 0) {
			hits.push({ id: item.entry.id, entry: item.entry, score, matched, order: item.order });
		}
	}
	hits.sort((a, b) => b.matched - a.matched || b.score - a.score || a.order - b.order);
	return hits.map(({ id, entry, score }) => ({ id, entry, score }));
}
