/**
 * The help finder's directory: every service, office and organisation on the two source pages
 * (`shared/sources/jette-sociale-steun.txt`, `shared/sources/stad-brussel-sociale-actie.txt`).
 *
 * Facts (addresses, phone numbers, hours, ages, prices) are as the sources give them; what they do
 * not give is left empty. Descriptions are our own words. Where one organisation offers several
 * services, each service is its own entry with the organisation's id.
 *
 * How the entries were counted (51 in all):
 * - Jette page, 41: one per bullet or paragraph naming a service, and one per organisation where a
 *   bullet names two (Kledij: Centre d'Entraide + Accueil Montfort; Regularisatie: OCMW + Centre
 *   d'Entraide permanence; Huishoud- en gezinshulp: OCMW + Centre d'Entraide). Financial 3,
 *   material 11 (food aid, Restojet, De Engelbewaarder, OCMW restaurant, 2 × clothing, Rouf,
 *   Accueil Montfort shelter, Ariane, La Source, Transit), administrative 7 (jobseekers cell,
 *   disability applications, pension, 2 × regularisation, forms, debt mediation), legal 4 (legal
 *   aid office with three channels, victim support, social mediation, alternative sentences),
 *   reintegration 4 (OCMW employment cell, Impulsion, mutual help, L'Arbre de Vie), help at home
 *   11 (2 × home help, meals at home, IRIS meals, Wit-Gele Kruis, Esseghem, Soins chez soi,
 *   L'Ecoute, Aremis, Continuing Care, Cité Serine), taxi-cheques 1.
 * - City of Brussels page, 10: the social antennas (with the Department of Social Action's
 *   contact) and the nine services they refer to.
 */
import { normaliseBelgianPhone } from './phone';
import type { Address, Entry, Localized, Organisation, Phone, Source } from './schema';

/** The number of entries found in the sources (see the count above). */
export const DIRECTORY_COUNT = 51;

const t = (nl: string, fr: string, en: string): Localized => ({ nl, fr, en });

const phone = (raw: string, label?: Localized): Phone => ({
	number: normaliseBelgianPhone(raw),
	raw,
	...(label ? { label } : {})
});

/** The Jette page writes "… in Jette" and no postcode: none is added. */
const inJette = (street: string): Address => ({ street, city: 'Jette' });

const jettePage = (section: string): Source => ({ page: 'jette-sociale-steun', section });
const brusselsPage = (section: string): Source => ({ page: 'stad-brussel-sociale-actie', section });

// Contacts the Jette page repeats word for word in several sections.
const OCMW_JETTE_SOCIAL_SERVICE = inJette('Sint-Pieterskerkstraat 47');
const OCMW_JETTE_PHONE = phone('02.422.46.11');
const CENTRE_ENTRAIDE = inJette('Henri Werriestraat 11');
const CENTRE_ENTRAIDE_PHONE = phone('02.428.90.56');
const SOCIAL_LIFE_SERVICE = inJette('Wemmelsesteenweg 100');
const SOCIAL_LIFE_PHONE = phone('02.422.31.20');
const HOME_HELP_PHONE = phone('02.422.46.51');
const MONTFORT_PHONES = [phone('02.424.17.53'), phone('02.426.87.12')];

const NOTE_JETTE_RESIDENTS = t(
	'Onze interpretatie: een dienst van de gemeente of het OCMW van Jette is voor inwoners van Jette. De bron zegt dit niet letterlijk.',
	'Notre interprétation : un service de la commune ou du CPAS de Jette est destiné aux habitants de Jette. La source ne le dit pas mot pour mot.',
	'Our interpretation: a service of the municipality or the OCMW of Jette is for people living in Jette. The source does not say so in so many words.'
);
const NOTE_BRUSSELS_RESIDENTS = t(
	'Onze interpretatie: de diensten van het OCMW van de Stad Brussel zijn voor inwoners van de Stad Brussel (er is een sociale antenne in elke wijk).',
	'Notre interprétation : les services du CPAS de la Ville de Bruxelles sont destinés aux habitants de la Ville de Bruxelles (il y a une antenne sociale dans chaque quartier).',
	'Our interpretation: the services of the OCMW of the City of Brussels are for people living in the City of Brussels (there is a social antenna in each neighbourhood).'
);
const NOTE_CENTRE_ENTRAIDE_ADDRESS = t(
	"De bron geeft voor het Centre d'Entraide meestal Henri Werriestraat 11, maar bij kledij Sint-Pieterskerkstraat 5. We geven elk adres zoals de bron het bij die dienst vermeldt.",
	"La source donne le plus souvent la rue Henri Werrie 11 pour le Centre d'Entraide, mais la Sint-Pieterskerkstraat 5 pour les vêtements. Nous donnons chaque adresse comme la source l'indique pour ce service.",
	"The source mostly gives Henri Werriestraat 11 for the Centre d'Entraide, but Sint-Pieterskerkstraat 5 for clothes. We give each address as the source gives it for that service."
);
const NOTE_MONTFORT_ADDRESS = t(
	'De bron geeft voor Accueil Montfort twee adressen: Sint-Pieterskerkstraat 12-18 (kledij) en Sint-Pieterskerkstraat 12 (huisvesting).',
	'La source donne deux adresses pour Accueil Montfort : Sint-Pieterskerkstraat 12-18 (vêtements) et Sint-Pieterskerkstraat 12 (logement).',
	'The source gives two addresses for Accueil Montfort: Sint-Pieterskerkstraat 12-18 (clothes) and Sint-Pieterskerkstraat 12 (housing).'
);

export const ORGANISATIONS: readonly Organisation[] = [
	{
		id: 'ocmw-jette',
		name: t('OCMW Jette', 'CPAS de Jette', 'OCMW Jette (public social welfare centre)')
	},
	{
		id: 'centre-entraide-jette',
		name: t(
			"Centre d'Entraide de Jette",
			"Centre d'Entraide de Jette",
			"Centre d'Entraide de Jette"
		)
	},
	{ id: 'restojet', name: t('Restojet', 'Restojet', 'Restojet') },
	{
		id: 'de-engelbewaarder',
		name: t('De Engelbewaarder', 'De Engelbewaarder', 'De Engelbewaarder')
	},
	{ id: 'accueil-montfort', name: t('Accueil Montfort', 'Accueil Montfort', 'Accueil Montfort') },
	{
		id: 'ariane',
		name: t(
			'Noodopvangcentrum Ariane',
			"Centre d'accueil d'urgence Ariane",
			'Ariane emergency shelter'
		)
	},
	{ id: 'la-source', name: t('La Source', 'La Source', 'La Source') },
	{ id: 'transit', name: t('Transit', 'Transit', 'Transit') },
	{
		id: 'jette-employment-training-cell',
		name: t(
			'Tewerkstellings- en vormingscel',
			'Cellule emploi et formation',
			'Employment and training cell'
		),
		notes: [
			t(
				'De bron zegt niet wie deze cel organiseert.',
				'La source ne dit pas qui organise cette cellule.',
				'The source does not say who runs this cell.'
			)
		]
	},
	{
		id: 'jette-social-life-citizenship',
		name: t(
			'Gemeentelijke dienst Sociaal leven en Burgerschap',
			'Service communal Vie sociale et Citoyenneté',
			'Municipal Social Life and Citizenship service'
		)
	},
	{
		id: 'legal-aid-office',
		name: t('Bureau voor Juridische Bijstand', "Bureau d'aide juridique", 'Legal aid office')
	},
	{
		id: 'jette-victim-support',
		name: t('Bureau voor slachtofferhulp', "Bureau d'aide aux victimes", 'Victim support office')
	},
	{
		id: 'jette-prevention-team',
		name: t('Preventieploeg', 'Équipe de prévention', 'Prevention team')
	},
	{ id: 'impulsion', name: t('Vzw Impulsion', 'ASBL Impulsion', 'Impulsion (non-profit)') },
	{ id: 'arbre-de-vie', name: t("L'Arbre de Vie", "L'Arbre de Vie", "L'Arbre de Vie") },
	{ id: 'iris-rest-home', name: t('IRIS-rusthuis', 'Maison de repos IRIS', 'IRIS rest home') },
	{
		id: 'wit-gele-kruis',
		name: t(
			'Wit-Gele Kruis van Brussel',
			'Wit-Gele Kruis van Brussel',
			'Wit-Gele Kruis van Brussel'
		)
	},
	{
		id: 'esseghem-medical-centre',
		name: t('Medisch centrum Esseghem', 'Centre médical Esseghem', 'Esseghem medical centre')
	},
	{ id: 'soins-chez-soi', name: t('Soins chez soi', 'Soins chez soi', 'Soins chez soi') },
	{ id: 'l-ecoute', name: t("L'Ecoute", "L'Ecoute", "L'Ecoute") },
	{ id: 'aremis', name: t('Aremis', 'Aremis', 'Aremis') },
	{ id: 'continuing-care', name: t('Continuing Care', 'Continuing Care', 'Continuing Care') },
	{ id: 'cite-serine', name: t('Cité Serine', 'Cité Serine', 'Cité Serine') },
	{
		id: 'ocmw-brussels',
		name: t(
			'OCMW van de Stad Brussel – Departement Sociale Actie',
			'CPAS de la Ville de Bruxelles – Département Action sociale',
			'OCMW of the City of Brussels – Department of Social Action'
		)
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Financiële hulp
// ---------------------------------------------------------------------------------------------

const JETTE_FINANCIAL: Entry[] = [
	{
		id: 'ocmw-jette-regular-support',
		name: t(
			'Regelmatige steun (leefloon)',
			"Aide régulière (revenu d'intégration)",
			'Regular support (leefloon)'
		),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['money'],
		description: t(
			'Het OCMW geeft geld aan mensen die in nood zijn. Meestal is dat het leefloon, voor mensen die geen ander inkomen hebben.',
			"Le CPAS donne de l'argent aux personnes dans le besoin. Le plus souvent, c'est le revenu d'intégration, pour les personnes qui n'ont pas d'autre revenu.",
			'The OCMW gives money to people in need. Most often this is the leefloon (living wage), for people who have no other income.'
		),
		criteria: { municipality: ['jette'], mainly: ['income-at-most-leefloon'] },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [OCMW_JETTE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Financiële hulp › Regelmatige steun'),
		notes: [
			NOTE_JETTE_RESIDENTS,
			t(
				'"Meestal" voor mensen zonder ander inkomen: een inkomen boven het leefloon sluit de dienst niet uit.',
				'« Le plus souvent » pour les personnes sans autre revenu : un revenu au-dessus du revenu d’intégration n’exclut pas le service.',
				'"Mostly" for people without other income: an income above the leefloon does not rule the service out.'
			)
		]
	},
	{
		id: 'ocmw-jette-specific-help',
		name: t('Specifieke hulp', 'Aides spécifiques', 'Specific help'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['money', 'housing', 'health'],
		description: t(
			'Het OCMW kan ook helpen met een voorschot op uw uitkering, met de huur of de huurwaarborg, en met rekeningen voor gas, water of elektriciteit. Het kan ook helpen met de kosten van een opvangcentrum, een privé-rusthuis, of medische zorg en geneesmiddelen.',
			"Le CPAS peut aussi aider avec une avance sur votre allocation, avec le loyer ou la garantie locative, et avec les factures de gaz, d'eau ou d'électricité. Il peut aussi aider à payer un centre d'accueil, une maison de repos privée, ou des soins médicaux et des médicaments.",
			'The OCMW can also help with an advance on your benefit, with the rent or the rent deposit, and with gas, water or electricity bills. It can also help pay for a shelter, a private rest home, or medical care and medicines.'
		),
		criteria: { municipality: ['jette'] },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [OCMW_JETTE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Financiële hulp › Specifieke hulp'),
		notes: [NOTE_JETTE_RESIDENTS]
	},
	{
		id: 'jette-savings-loan-group',
		name: t(
			'Jetse lening- en spaarvereniging',
			"Groupe d'épargne et de crédit de Jette",
			'Jette savings and loan group'
		),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['money'],
		description: t(
			'U spaart elke maand minstens 2,50 €, een jaar lang of langer. Daarna kunt u een lening vragen zonder intrest: twee keer het bedrag dat u hebt gespaard. Het gaat alleen om kleine bedragen.',
			"Vous épargnez au moins 2,50 € par mois, pendant au moins un an. Ensuite, vous pouvez demander un prêt sans intérêt : deux fois la somme épargnée. Il s'agit seulement de petites sommes.",
			'You save at least €2.50 a month for at least one year. Then you can ask for a loan without interest: twice the amount you saved. Only small sums are lent.'
		),
		criteria: {},
		address: CENTRE_ENTRAIDE,
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Financiële hulp › Jetse lening- en spaarvereniging')
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Materiële hulp
// ---------------------------------------------------------------------------------------------

const JETTE_MATERIAL: Entry[] = [
	{
		id: 'centre-entraide-food-aid',
		name: t('Voedselhulp', 'Aide alimentaire', 'Food aid'),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['food'],
		description: t(
			'U krijgt een voedselpakket. Eerst bekijkt een sociaal assistent uw vraag. Het pakket hangt af van het aantal personen in uw gezin en van uw kinderen.',
			"Vous recevez un colis alimentaire. D'abord, une assistante sociale examine votre demande. Le colis dépend du nombre de personnes dans votre ménage et de vos enfants.",
			'You get a food parcel. First a social worker looks at your request. The parcel depends on how many people live in your household and on your children.'
		),
		criteria: {},
		address: CENTRE_ENTRAIDE,
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [],
		appointment: 'unknown',
		todo: t(
			'Een sociaal assistent onderzoekt eerst of uw vraag gerechtvaardigd is.',
			"Une assistante sociale vérifie d'abord si votre demande est justifiée.",
			'A social worker first checks whether your request is justified.'
		),
		source: jettePage('Materiële hulp › Voedselhulp')
	},
	{
		id: 'restojet',
		name: t('Restojet', 'Restojet', 'Restojet'),
		organisationId: 'restojet',
		municipality: 'jette',
		categories: ['food'],
		description: t(
			'Een sociaal restaurant voor iedereen. Een maaltijd kost 3 €: soep, hoofdgerecht, dessert en een drankje. Er is ook een sociale permanentie, en er zijn activiteiten rond cultuur, spel en kunst.',
			'Un restaurant social ouvert à tous. Un repas coûte 3 € : soupe, plat, dessert et boisson. Il y a aussi une permanence sociale, et des activités culturelles, ludiques et artistiques.',
			'A social restaurant open to everyone. A meal costs €3: soup, main course, dessert and a drink. There is also a social worker on duty, and there are cultural, fun and artistic activities.'
		),
		criteria: { openToAll: true },
		address: inJette('Kardinaal Mercierplein 36'),
		phones: [],
		// "De maaltijden worden opgediend tussen 12u en 14u": the days are not given, so the
		// schedule never claims the restaurant is open.
		hours: [
			{
				kind: 'time-only',
				channel: 'meals',
				open: '12:00',
				close: '14:00',
				label: t('Maaltijden', 'Repas', 'Meals')
			},
			{
				kind: 'days-only',
				channel: 'activities',
				days: [1, 3, 4, 5],
				close: '15:45',
				label: t('Activiteiten', 'Activités', 'Activities')
			}
		],
		appointment: 'unknown',
		source: jettePage('Materiële hulp › Het sociaal restaurant Restojet'),
		notes: [
			t(
				'De bron geeft het uur van de maaltijden, maar niet de dagen. Voor de activiteiten geeft ze de dagen en het einduur (15.45 u), niet het beginuur.',
				"La source donne l'heure des repas, mais pas les jours. Pour les activités, elle donne les jours et l'heure de fin (15 h 45), pas l'heure de début.",
				'The source gives the time of the meals but not the days. For the activities it gives the days and the end time (15:45), not the start time.'
			)
		]
	},
	{
		id: 'de-engelbewaarder',
		name: t('De Engelbewaarder', 'De Engelbewaarder', 'De Engelbewaarder'),
		organisationId: 'de-engelbewaarder',
		municipality: 'jette',
		categories: ['food'],
		description: t(
			'Een sociaal restaurant waar solidariteit centraal staat en waar u zich thuis voelt.',
			'Un restaurant social où la solidarité compte beaucoup et où l’on se sent chez soi.',
			'A social restaurant where solidarity matters and where you feel at home.'
		),
		criteria: {},
		address: inJette('Secrétinlaan 11-13'),
		phones: [],
		hours: [
			{
				kind: 'weekly',
				channel: 'meals',
				ranges: [{ day: 6, open: '09:00', close: '15:30' }],
				label: t('Elke zaterdag', 'Chaque samedi', 'Every Saturday')
			},
			{
				kind: 'text',
				channel: 'meals',
				text: t('Op sommige zondagen', 'Certains dimanches', 'Some Sundays')
			}
		],
		appointment: 'unknown',
		source: jettePage('Materiële hulp › Het sociaal restaurant De Engelbewaarder'),
		notes: [
			t(
				'De bron geeft geen prijs.',
				'La source ne donne pas de prix.',
				'The source gives no price.'
			)
		]
	},
	{
		id: 'ocmw-jette-social-restaurant',
		name: t(
			'Sociaal restaurant van het OCMW',
			'Restaurant social du CPAS',
			'OCMW social restaurant'
		),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['food'],
		description: t(
			'Een restaurant voor mensen met een leefloon. Een maaltijd kost 1,50 € voor een volwassene en 1 € voor een kind jonger dan 12 jaar. Hebt u een inkomen dat even hoog is als het leefloon? Dan kunt u een uitzondering vragen.',
			"Un restaurant pour les personnes qui reçoivent le revenu d'intégration. Un repas coûte 1,50 € pour un adulte et 1 € pour un enfant de moins de 12 ans. Votre revenu est égal au revenu d'intégration ? Vous pouvez demander une dérogation.",
			'A restaurant for people who receive the leefloon. A meal costs €1.50 for an adult and €1 for a child under 12. Is your income the same as the leefloon? Then you can ask for an exception.'
		),
		criteria: { municipality: ['jette'], receivesLeefloonOrIncomeAtMostLeefloon: true },
		address: null,
		phones: [],
		hours: [{ kind: 'days-only', channel: 'meals', days: [1, 2, 3, 4, 5] }],
		appointment: 'unknown',
		source: jettePage('Materiële hulp › Het sociaal restaurant van het OCMW'),
		notes: [
			NOTE_JETTE_RESIDENTS,
			t(
				'De bron geeft geen adres, telefoonnummer of uren, alleen de dagen (maandag tot vrijdag).',
				'La source ne donne ni adresse, ni téléphone, ni heures, seulement les jours (du lundi au vendredi).',
				'The source gives no address, phone number or hours, only the days (Monday to Friday).'
			),
			t(
				'De bron spreekt van een inkomen "gelijk aan" het leefloon; wij tellen een inkomen tot en met het leefloon.',
				'La source parle d’un revenu « égal » au revenu d’intégration ; nous comptons un revenu jusqu’au revenu d’intégration compris.',
				'The source speaks of an income "equal to" the leefloon; we count an income up to and including the leefloon.'
			)
		]
	},
	{
		id: 'centre-entraide-clothing',
		name: t(
			"Tweedehandskledij (Centre d'Entraide)",
			"Vêtements de seconde main (Centre d'Entraide)",
			"Second-hand clothes (Centre d'Entraide)"
		),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['clothing'],
		description: t(
			'U kunt hier tweedehandskleren kopen voor een kleine prijs.',
			'Vous pouvez acheter ici des vêtements de seconde main à petit prix.',
			'You can buy second-hand clothes here at low prices.'
		),
		criteria: {},
		address: inJette('Sint-Pieterskerkstraat 5'),
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage("Materiële hulp › Kledij (Centre d'entraide)"),
		notes: [NOTE_CENTRE_ENTRAIDE_ADDRESS]
	},
	{
		id: 'accueil-montfort-clothing',
		name: t(
			'Tweedehandskledij (Accueil Montfort)',
			'Vêtements de seconde main (Accueil Montfort)',
			'Second-hand clothes (Accueil Montfort)'
		),
		organisationId: 'accueil-montfort',
		municipality: 'jette',
		categories: ['clothing'],
		description: t(
			'U kunt hier tweedehandskleren kopen voor een kleine prijs.',
			'Vous pouvez acheter ici des vêtements de seconde main à petit prix.',
			'You can buy second-hand clothes here at low prices.'
		),
		criteria: {},
		address: inJette('Sint-Pieterskerkstraat 12-18'),
		phones: MONTFORT_PHONES,
		hours: [],
		appointment: 'unknown',
		source: jettePage("Materiële hulp › Kledij (Centre d'entraide)"),
		notes: [NOTE_MONTFORT_ADDRESS]
	},
	{
		id: 'rouf',
		name: t('Rouf', 'Rouf', 'Rouf'),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['clothing'],
		description: t(
			"Rouf is een werkplaats en tweedehandswinkel van het Centre d'Entraide. Rouf verkoopt gegeven kleren opnieuw. Het is ook een buurtwinkel en een plek om mensen te ontmoeten.",
			"Rouf est un atelier et une boutique de seconde main du Centre d'Entraide. Rouf revend des vêtements donnés. C'est aussi un commerce de quartier et un lieu de rencontre.",
			"Rouf is a workshop and second-hand shop of the Centre d'Entraide. Rouf sells donated clothes again. It is also a local shop and a place to meet people."
		),
		criteria: {},
		address: inJette('Wemmelsesteenweg 37'),
		phones: [phone('02.426.29.36')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Materiële hulp › Kledij (Rouf)')
	},
	{
		id: 'accueil-montfort-shelter',
		name: t('Accueil Montfort', 'Accueil Montfort', 'Accueil Montfort'),
		organisationId: 'accueil-montfort',
		municipality: 'jette',
		categories: ['housing'],
		description: t(
			'Een opvanghuis voor 34 vrouwen van 18 tot 50 jaar, zonder kinderen en zonder woning. Ze hebben geen woning door geldproblemen, sociale, familiale of psychologische problemen. Ze willen werken aan een nieuw plan voor hun leven.',
			"Une maison d'accueil pour 34 femmes de 18 à 50 ans, sans enfants et sans logement. Elles n'ont pas de logement à cause de problèmes d'argent, sociaux, familiaux ou psychologiques. Elles veulent construire un nouveau projet de vie.",
			'A shelter for 34 women aged 18 to 50, without children and without a home. They have no home because of money, social, family or psychological problems. They want to work on a new plan for their life.'
		),
		criteria: { gender: ['woman'], ageMin: 18, ageMax: 50, hasChildren: false, homeless: true },
		address: inJette('Sint-Pieterskerkstraat 12'),
		phones: MONTFORT_PHONES,
		hours: [],
		appointment: 'required',
		todo: t(
			'Maak eerst een afspraak met de sociale dienst.',
			"Prenez d'abord rendez-vous avec le service social.",
			'First make an appointment with the social service.'
		),
		source: jettePage('Materiële hulp › Huisvesting'),
		notes: [NOTE_MONTFORT_ADDRESS]
	},
	{
		id: 'ariane',
		name: t(
			'Noodopvangcentrum Ariane',
			"Centre d'accueil d'urgence Ariane",
			'Ariane emergency shelter'
		),
		organisationId: 'ariane',
		municipality: null,
		categories: ['housing'],
		description: t(
			'Een noodopvangcentrum. U kunt bellen met vragen over informatie, een slaapplaats of dringende sociale hulp.',
			"Un centre d'accueil d'urgence. Vous pouvez téléphoner pour des questions d'information, d'hébergement ou d'aide sociale urgente.",
			'An emergency shelter. You can call with questions about information, a place to stay or urgent social help.'
		),
		criteria: {},
		address: null,
		phones: [phone('02.346.66.60')],
		hours: [],
		appointment: 'unknown',
		source: jettePage(
			'Materiële hulp › Huisvesting › De Brusselse verenigingen die onderdak bieden'
		)
	},
	{
		id: 'la-source',
		name: t('La Source', 'La Source', 'La Source'),
		organisationId: 'la-source',
		municipality: 'brussels-city',
		categories: ['housing'],
		description: t(
			'Een Franstalig opvangcentrum voor daklozen: alleenstaande mannen en gezinnen.',
			"Un centre d'accueil francophone pour les sans-abri : hommes seuls et familles.",
			'A French-speaking shelter for homeless people: single men and families.'
		),
		criteria: { homeless: true },
		address: { street: 'Zennestraat 78', postcode: '1000', city: 'Brussel' },
		phones: [phone('02.512.72.04'), phone('02.514.33.32')],
		hours: [],
		appointment: 'unknown',
		source: jettePage(
			'Materiële hulp › Huisvesting › De Brusselse verenigingen die onderdak bieden'
		),
		notes: [
			t(
				'De bron zegt "voor daklozen, alleenstaande mannen en gezinnen". Wij gebruiken alleen "dakloos" als voorwaarde.',
				'La source dit « pour sans-abri, hommes seuls et familles ». Nous utilisons seulement « sans abri » comme condition.',
				'The source says "for homeless people, single men and families". We use only "homeless" as a condition.'
			)
		]
	},
	{
		id: 'transit',
		name: t('Transit', 'Transit', 'Transit'),
		organisationId: 'transit',
		municipality: 'brussels-city',
		categories: ['housing', 'health'],
		description: t(
			'Een opvangcentrum voor mensen die drugs gebruiken.',
			"Un centre d'accueil pour les personnes qui consomment des drogues.",
			'A shelter for people who use drugs.'
		),
		criteria: { addiction: true },
		address: { street: 'Stephensonstraat 96', postcode: '1000', city: 'Brussel' },
		// The source writes "02.215.89.90/02.215.89.90": the same number twice, kept once.
		phones: [phone('02.215.89.90')],
		email: 'transit.asbl@skynet.be',
		hours: [],
		appointment: 'unknown',
		source: jettePage(
			'Materiële hulp › Huisvesting › De Brusselse verenigingen die onderdak bieden'
		),
		notes: [
			t(
				'De bron geeft hetzelfde nummer twee keer; we tonen het één keer.',
				'La source donne deux fois le même numéro ; nous l’affichons une fois.',
				'The source gives the same number twice; we show it once.'
			)
		]
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Administratieve hulp
// ---------------------------------------------------------------------------------------------

const JETTE_ADMINISTRATIVE: Entry[] = [
	{
		id: 'jette-jobseekers-cell',
		name: t(
			'Tewerkstellings- en vormingscel (werkzoekenden)',
			'Cellule emploi et formation (demandeurs d’emploi)',
			'Employment and training cell (jobseekers)'
		),
		organisationId: 'jette-employment-training-cell',
		municipality: null,
		categories: ['administrative', 'work-training'],
		description: t(
			'Zoekt u werk? Schrijf u eerst in bij een uitbetalingsinstelling voor werkloosheidsuitkeringen, en daarna bij het gemeentelijk werkloosheidsbureau. De tewerkstellings- en vormingscel kan u daarna verder helpen.',
			"Vous cherchez un emploi ? Inscrivez-vous d'abord auprès d'un organisme de paiement des allocations de chômage, puis au bureau communal de chômage. La cellule emploi et formation peut ensuite vous aider.",
			'Looking for work? First register with a body that pays unemployment benefits, then with the municipal unemployment office. The employment and training cell can then help you further.'
		),
		criteria: {},
		address: null,
		phones: [phone('02.422.31.13')],
		hours: [],
		appointment: 'unknown',
		todo: t(
			'Schrijf u eerst in bij een uitbetalingsinstelling en bij het gemeentelijk werkloosheidsbureau.',
			"Inscrivez-vous d'abord auprès d'un organisme de paiement et au bureau communal de chômage.",
			'First register with a payment body and with the municipal unemployment office.'
		),
		source: jettePage('Administratieve hulp › Werkzoekenden'),
		notes: [
			t(
				'De bron geeft alleen een telefoonnummer, geen adres, en zegt niet wie de cel organiseert.',
				'La source donne seulement un numéro de téléphone, pas d’adresse, et ne dit pas qui organise la cellule.',
				'The source gives only a phone number, no address, and does not say who runs the cell.'
			)
		]
	},
	{
		id: 'jette-disability-application-help',
		name: t(
			'Hulp bij de aanvraag voor personen met een handicap',
			'Aide à la demande pour les personnes handicapées',
			'Help with disability applications'
		),
		organisationId: 'jette-social-life-citizenship',
		municipality: 'jette',
		categories: ['administrative'],
		description: t(
			'Een tegemoetkoming of een parkeerkaart voor personen met een handicap vraagt u online aan, op myhandicap.belgium.be. Hebt u geen internet, of hulp nodig bij het formulier? Dan helpt deze gemeentelijke dienst u.',
			"Une allocation ou une carte de stationnement pour personnes handicapées se demande en ligne, sur myhandicap.belgium.be. Vous n'avez pas internet, ou vous avez besoin d'aide pour le formulaire ? Ce service communal vous aide.",
			'You apply online for an allowance or a parking card for people with a disability, on myhandicap.belgium.be. No internet, or need help with the form? This municipal service helps you.'
		),
		criteria: { municipality: ['jette'], disability: true },
		address: SOCIAL_LIFE_SERVICE,
		phones: [SOCIAL_LIFE_PHONE],
		hours: [{ kind: 'by-appointment', channel: 'visit', days: [2] }],
		appointment: 'required',
		todo: t(
			'Bel de dienst voor een afspraak. Het kan alleen op dinsdag.',
			'Téléphonez au service pour un rendez-vous. C’est possible seulement le mardi.',
			'Call the service for an appointment. It is only possible on Tuesday.'
		),
		source: jettePage('Administratieve hulp › Mindervaliden'),
		notes: [NOTE_JETTE_RESIDENTS]
	},
	{
		id: 'jette-pension-application',
		name: t('Pensioenaanvraag', 'Demande de pension', 'Pension application'),
		organisationId: 'jette-social-life-citizenship',
		municipality: 'jette',
		categories: ['administrative'],
		description: t(
			'De dienst helpt u een pensioen of een overlevingspensioen aan te vragen.',
			'Le service vous aide à demander une pension ou une pension de survie.',
			"The service helps you apply for a pension or a survivor's pension."
		),
		criteria: { municipality: ['jette'] },
		address: SOCIAL_LIFE_SERVICE,
		phones: [SOCIAL_LIFE_PHONE],
		hours: [],
		appointment: 'unknown',
		todo: t(
			'Kom zelf. Lukt dat niet? Duid dan iemand aan die u vertegenwoordigt. Die persoon brengt een getekende volmacht mee.',
			'Venez vous-même. Si ce n’est pas possible, désignez un représentant. Cette personne apporte une procuration signée.',
			'Come in person. If you cannot, name someone to represent you. That person must bring a signed proxy.'
		),
		source: jettePage('Administratieve hulp › Pensioenaanvraag'),
		notes: [
			NOTE_JETTE_RESIDENTS,
			t(
				'De tekst noemt de dienst Menselijke Ontwikkeling; het contact is de gemeentelijke dienst Sociaal leven en Burgerschap.',
				'Le texte cite le service Développement humain ; le contact est le service communal Vie sociale et Citoyenneté.',
				'The text names the Human Development service; the contact is the municipal Social Life and Citizenship service.'
			)
		]
	},
	{
		id: 'ocmw-jette-regularisation',
		name: t('Hulp bij regularisatie', 'Aide à la régularisation', 'Help with regularisation'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['administrative', 'legal'],
		description: t(
			'Sociaal assistenten en psychologen van het OCMW leggen uit welke stappen u moet zetten. Ze helpen u de documenten in te vullen en steunen u om uw situatie in orde te brengen.',
			'Les assistants sociaux et les psychologues du CPAS vous expliquent les démarches. Ils vous aident à remplir les documents et vous soutiennent pour régulariser votre situation.',
			'Social workers and psychologists at the OCMW explain the steps to take. They help you fill in the documents and support you in regularising your situation.'
		),
		criteria: { municipality: ['jette'] },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [OCMW_JETTE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Administratieve hulp › Regularisatie documenten'),
		notes: [NOTE_JETTE_RESIDENTS]
	},
	{
		id: 'centre-entraide-permanence',
		name: t(
			"Sociale permanentie (Centre d'Entraide)",
			"Permanence sociale (Centre d'Entraide)",
			"Social drop-in hours (Centre d'Entraide)"
		),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['administrative'],
		description: t(
			'Twee sociaal assistenten helpen u met uw papieren en uw regularisatie. U kunt binnenlopen tijdens de permanentie.',
			'Deux assistantes sociales vous aident pour vos papiers et votre régularisation. Vous pouvez venir pendant la permanence.',
			'Two social workers help you with your papers and your regularisation. You can come during the drop-in hours.'
		),
		criteria: {},
		address: CENTRE_ENTRAIDE,
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [
			{
				kind: 'weekly',
				channel: 'permanence',
				ranges: [
					{ day: 1, open: '10:00', close: '12:00' },
					{ day: 2, open: '14:00', close: '16:00' },
					{ day: 4, open: '10:00', close: '12:00' },
					{ day: 5, open: '14:00', close: '16:00' }
				]
			}
		],
		appointment: 'unknown',
		source: jettePage('Administratieve hulp › Regularisatie documenten')
	},
	{
		id: 'ocmw-jette-forms-help',
		name: t(
			'Hulp bij het invullen van documenten',
			'Aide pour remplir des documents',
			'Help filling in forms'
		),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['administrative'],
		description: t(
			'Hebt u moeite met een formulier of een document? De sociale dienst van het OCMW helpt u, ook als u geen andere hulp nodig hebt. Kunt u zich niet verplaatsen? Dan zoekt de dienst een oplossing.',
			"Vous avez du mal à remplir un formulaire ou un document ? Le service social du CPAS vous aide, même si vous n'avez pas besoin d'une autre aide. Vous ne pouvez pas vous déplacer ? Le service cherche une solution.",
			'Finding a form or document hard to fill in? The OCMW social service helps you, even if you need no other help. Cannot get there yourself? The service looks for a solution.'
		),
		criteria: { municipality: ['jette'] },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [OCMW_JETTE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Administratieve hulp › Problemen met het invullen van documenten'),
		notes: [NOTE_JETTE_RESIDENTS]
	},
	{
		id: 'ocmw-jette-debt-mediation',
		name: t('Cel Schuldbemiddeling', 'Cellule de médiation de dettes', 'Debt mediation unit'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['money', 'administrative'],
		description: t(
			'Hebt u veel schulden? De cel bekijkt uw situatie. Daarna praat ze met de mensen aan wie u geld moet, of helpt ze bij een collectieve schuldenregeling.',
			"Vous avez beaucoup de dettes ? La cellule examine votre situation. Ensuite, elle intervient auprès de vos créanciers, ou dans le cadre d'un règlement collectif de dettes.",
			'Do you have a lot of debt? The unit looks at your situation. Then it talks to the people you owe money to, or helps within a collective debt settlement.'
		),
		criteria: { municipality: ['jette'] },
		address: inJette('Sint-Pieterskerkstraat 47-49'),
		phones: [phone('02.422.46.74')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Administratieve hulp › Schuldbemiddeling'),
		notes: [
			NOTE_JETTE_RESIDENTS,
			t(
				'De bron schrijft "OCMW Jette, Sint-Pieterskerkstraat 47-49"; de gemeente is dus Jette.',
				'La source écrit « OCMW Jette, Sint-Pieterskerkstraat 47-49 » ; la commune est donc Jette.',
				'The source writes "OCMW Jette, Sint-Pieterskerkstraat 47-49", so the municipality is Jette.'
			)
		]
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Juridische hulp
// ---------------------------------------------------------------------------------------------

const JETTE_LEGAL: Entry[] = [
	{
		id: 'legal-aid-office',
		name: t('Bureau voor Juridische Bijstand', "Bureau d'aide juridique", 'Legal aid office'),
		organisationId: 'legal-aid-office',
		municipality: 'brussels-city',
		categories: ['legal'],
		description: t(
			'Gratis juridisch advies en hulp van een advocaat, voor mensen met weinig geld. U kunt naar een permanentie in het gemeentehuis van Jette gaan, naar een consultatie in het OCMW, of een advocaat bellen via de telebalie.',
			"Des conseils juridiques et l'aide d'un avocat, gratuitement, pour les personnes qui ont peu de moyens. Vous pouvez aller à une permanence à la maison communale de Jette, à une consultation au CPAS, ou téléphoner à un avocat.",
			'Free legal advice and help from a lawyer, for people with little money. You can go to a drop-in session at Jette town hall, to a consultation at the OCMW, or call a lawyer on the phone line.'
		),
		criteria: {},
		address: { street: 'Regentschapsstraat 63 verdieping -1', postcode: '1000', city: 'Brussel' },
		phones: [phone('02.508.66.57')],
		hours: [
			{
				kind: 'monthly-nth-weekday',
				channel: 'permanence',
				weekday: 2,
				nth: [2, 4],
				time: '11:00',
				durationMinutes: null,
				label: t(
					'Permanentie in het gemeentehuis',
					'Permanence à la maison communale',
					'Drop-in at the town hall'
				),
				address: inJette('Kardinaal Mercierplein 1 (Raadhuis, niveau 4)')
			},
			{
				kind: 'weekly',
				channel: 'consultation',
				ranges: [{ day: 2, open: '18:00', close: '20:00' }],
				label: t(
					'Juridische consultaties in het OCMW',
					'Consultations juridiques au CPAS',
					'Legal consultations at the OCMW'
				),
				address: inJette('Sint-Pieterskerkstraat 47-49')
			},
			{
				kind: 'working-days',
				channel: 'phone',
				open: '14:00',
				close: '17:00',
				label: t(
					'Telebalie: een advocaat aan de telefoon',
					'Télé-barreau : un avocat au téléphone',
					'Phone line: a lawyer on the phone'
				),
				phone: phone('02.511.50.45')
			}
		],
		appointment: 'unknown',
		source: jettePage('Juridische hulp › Juridische raad en bijstand van een advocaat'),
		notes: [
			t(
				'De bron zegt "voor minvermogenden" maar geeft geen inkomensgrens; daarom is er geen voorwaarde.',
				'La source dit « pour les personnes à faibles revenus » mais ne donne pas de plafond ; il n’y a donc pas de condition.',
				'The source says "for people with low means" but gives no income limit, so there is no condition.'
			),
			t(
				'De permanentie heeft alleen een beginuur (11 u). De telebalie werkt op werkdagen; feestdagen staan niet in de bron.',
				'La permanence a seulement une heure de début (11 h). Le télé-barreau fonctionne les jours ouvrables ; les jours fériés ne sont pas dans la source.',
				'The drop-in has only a start time (11:00). The phone line works on working days; public holidays are not in the source.'
			),
			t(
				'De consultaties in het OCMW: de bron geeft "Sint-Pieterskerkstraat 47-49" zonder gemeente; het gaat om het OCMW van Jette.',
				'Les consultations au CPAS : la source donne « Sint-Pieterskerkstraat 47-49 » sans commune ; il s’agit du CPAS de Jette.',
				'The consultations at the OCMW: the source gives "Sint-Pieterskerkstraat 47-49" without a municipality; it is the OCMW of Jette.'
			)
		]
	},
	{
		id: 'jette-victim-support',
		name: t('Bureau voor slachtofferhulp', "Bureau d'aide aux victimes", 'Victim support office'),
		organisationId: 'jette-victim-support',
		municipality: 'jette',
		categories: ['legal'],
		description: t(
			'Dit bureau van de gemeente zit in het politiecommissariaat. Het vangt slachtoffers op en stuurt hen door naar de juiste hulp. Criminologen helpen bij moeilijke zaken, informeren en begeleiden de familie, en helpen bij sociale problemen zoals tijdelijke opvang.',
			"Ce bureau communal se trouve au commissariat de police. Il accueille les victimes et les oriente vers l'aide qui convient. Des criminologues aident dans les affaires délicates, informent et accompagnent la famille, et aident pour les problèmes sociaux comme un hébergement temporaire.",
			'This municipal office is in the police station. It receives victims and sends them to the right help. Criminologists help in difficult cases, inform and support the family, and help with social problems such as temporary shelter.'
		),
		criteria: {},
		address: inJette('Kardinaal Mercierplein 1'),
		phones: [phone('02.423.14.26')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Juridische hulp › Slachtofferhulp'),
		notes: [
			t(
				'Onze interpretatie: de bron beperkt deze hulp niet tot inwoners van Jette.',
				'Notre interprétation : la source ne réserve pas cette aide aux habitants de Jette.',
				'Our interpretation: the source does not limit this help to people living in Jette.'
			)
		]
	},
	{
		id: 'prevention-team-mediation',
		name: t('Sociale bemiddeling', 'Médiation sociale', 'Social mediation'),
		organisationId: 'jette-prevention-team',
		municipality: 'jette',
		categories: ['legal', 'health'],
		description: t(
			'Een bemiddelaar helpt bij ruzies met de buren of problemen in de wijk. Hij zoekt samen met iedereen een oplossing. Hij helpt ook mensen met een verslaving en stuurt hen naar gespecialiseerde diensten.',
			'Un médiateur aide en cas de conflit entre voisins ou de problème dans le quartier. Il cherche une solution avec toutes les personnes concernées. Il aide aussi les personnes dépendantes et les oriente vers des services spécialisés.',
			'A mediator helps with disputes between neighbours or problems in the neighbourhood. He looks for a solution together with everyone involved. He also helps people with an addiction and sends them to specialised services.'
		),
		criteria: {},
		address: inJette('Vandenschrieckstraat 77'),
		phones: [phone('02.423.14.15')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Juridische hulp › Sociale bemiddeling')
	},
	{
		id: 'prevention-team-alternative-sentences',
		name: t('Alternatieve straffen', 'Peines alternatives', 'Alternative sentences'),
		organisationId: 'jette-prevention-team',
		municipality: 'jette',
		categories: ['legal'],
		description: t(
			'Moet u een alternatieve straf uitvoeren, zoals werk van algemeen belang of een praatgroep? Deze dienst begeleidt u.',
			"Vous devez effectuer une peine alternative, comme un travail d'intérêt général ou un groupe de parole ? Ce service vous accompagne.",
			'Do you have to serve an alternative sentence, such as community work or a talk group? This service supports you.'
		),
		criteria: {},
		address: inJette('Vandenschrieckstraat 77'),
		phones: [phone('02.423.14.57')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Juridische hulp › Alternatieve straffen')
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Socio-professionele herintegratie
// ---------------------------------------------------------------------------------------------

const JETTE_REINTEGRATION: Entry[] = [
	{
		id: 'ocmw-jette-employment-cell',
		name: t(
			'Tewerkstellings- en Opleidingscel van het OCMW',
			'Cellule emploi et formation du CPAS',
			'OCMW employment and training cell'
		),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['work-training'],
		description: t(
			'Voor mensen die sociale hulp krijgen. De cel helpt bij werk zoeken, oriëntatie en opleiding, en volgt studenten op. Sommige mensen krijgen een job via "artikel 60": zo krijgen ze hun sociale rechten terug.',
			"Pour les personnes qui reçoivent une aide sociale. La cellule aide à chercher un emploi, à s'orienter et à se former, et suit des étudiants. Certaines personnes reçoivent un emploi « article 60 » : elles retrouvent ainsi leurs droits sociaux.",
			'For people who receive social help. The unit helps with looking for work, guidance and training, and follows up students. Some people get a job under "article 60": this way they get their social rights back.'
		),
		criteria: { municipality: ['jette'] },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [OCMW_JETTE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Socio-professionele herintegratie › De Tewerkstellings- en Opleidingscel'),
		notes: [
			NOTE_JETTE_RESIDENTS,
			t(
				'"Voor mensen die sociale hulp krijgen" is geen vraag in de zoeker; het is geen voorwaarde in de zoekresultaten.',
				'« Pour les personnes qui reçoivent une aide sociale » ne correspond à aucune question ; ce n’est pas une condition dans les résultats.',
				'"For people who receive social help" matches no question in the finder; it is not a condition in the results.'
			)
		]
	},
	{
		id: 'impulsion',
		name: t('Impulsion', 'Impulsion', 'Impulsion'),
		organisationId: 'impulsion',
		municipality: 'jette',
		categories: ['work-training'],
		description: t(
			'Hulp bij het zoeken naar werk of een opleiding, voor iedereen. Impulsion helpt vooral mensen met psychologische problemen en mensen van 50 jaar of ouder die lang werkloos zijn. Er zijn ook stages en workshops.',
			"De l'aide pour chercher un emploi ou une formation, pour tous. Impulsion aide surtout les personnes avec des problèmes psychologiques et les chômeurs de longue durée de 50 ans ou plus. Il y a aussi des stages et des ateliers.",
			'Help looking for a job or training, for everyone. Impulsion mainly helps people with psychological problems and long-term unemployed people aged 50 or over. There are also internships and workshops.'
		),
		criteria: { mainly: ['long-term-unemployed-50-plus', 'psychological-problems'] },
		address: inJette('S. Legrellestraat 48'),
		phones: [phone('02.428.90.04')],
		hours: [
			{
				kind: 'weekly',
				channel: 'consultation',
				ranges: [
					{ day: 2, open: '16:00', close: '19:00' },
					{ day: 4, open: '16:00', close: '19:00' }
				],
				label: t('Consultaties', 'Consultations', 'Consultations')
			}
		],
		appointment: 'unknown',
		source: jettePage('Socio-professionele herintegratie › Werkloosheid van lange duur'),
		notes: [
			t(
				'"Voornamelijk" langdurig werklozen van 50+ en mensen met psychologische problemen: dat is geen harde voorwaarde.',
				'« Principalement » les chômeurs de longue durée de 50 ans et plus et les personnes avec des problèmes psychologiques : ce n’est pas une condition stricte.',
				'"Mainly" long-term unemployed people aged 50+ and people with psychological problems: not a strict condition.'
			)
		]
	},
	{
		id: 'centre-entraide-mutual-help',
		name: t(
			'Herintegratie via wederzijdse hulp',
			"Réinsertion par l'entraide",
			'Getting back to active life through mutual help'
		),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['work-training'],
		description: t(
			"Mensen die hulp krijgen van het Centre d'Entraide kunnen zelf ook anderen helpen, bijvoorbeeld in de tweedehandswinkel Rouf. Zo krijgen ze weer contact met het actieve leven.",
			"Les personnes aidées par le Centre d'Entraide peuvent à leur tour aider d'autres personnes, par exemple dans la boutique de seconde main Rouf. Elles retrouvent ainsi le contact avec la vie active.",
			"People who get help from the Centre d'Entraide can help others in turn, for example in the Rouf second-hand shop. This way they get back in touch with active life."
		),
		criteria: {},
		address: CENTRE_ENTRAIDE,
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Socio-professionele herintegratie › Herintegratie via wederzijdse hulp'),
		notes: [
			t(
				"Voor mensen die al hulp krijgen van het Centre d'Entraide; daar vraagt de zoeker niet naar.",
				"Pour les personnes déjà aidées par le Centre d'Entraide ; le moteur de recherche ne pose pas cette question.",
				"For people already helped by the Centre d'Entraide; the finder does not ask about that."
			)
		]
	},
	{
		id: 'arbre-de-vie',
		name: t("L'Arbre de Vie", "L'Arbre de Vie", "L'Arbre de Vie"),
		organisationId: 'arbre-de-vie',
		municipality: 'jette',
		categories: ['family-children'],
		description: t(
			'Een kinderopvang, vooral voor moeders in een moeilijke situatie. De kinderen worden opgevangen terwijl de moeder werk zoekt, papieren in orde brengt, een opleiding volgt of even rust. De moeders krijgen ook sociale, administratieve en praktische hulp.',
			'Une crèche, surtout pour les mamans en situation difficile. Les enfants sont accueillis pendant que la maman cherche un emploi, fait des démarches, suit une formation ou se repose un peu. Les mamans reçoivent aussi une aide sociale, administrative et pratique.',
			'A childcare centre, mainly for mothers in a difficult situation. The children are looked after while the mother looks for work, deals with paperwork, takes a course or takes a break. The mothers also get social, administrative and practical help.'
		),
		criteria: { mainly: ['mothers'] },
		address: inJette('Vandenschrieckstraat 73'),
		phones: [phone('02.428.21.24')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Socio-professionele herintegratie › Kinderopvang')
	}
];

// ---------------------------------------------------------------------------------------------
// Jette: Hulp aan huis, taxi-cheques
// ---------------------------------------------------------------------------------------------

const NOTE_HELP_AT_HOME = t(
	'Onze interpretatie: deze dienst is voor mensen die hulp thuis nodig hebben.',
	'Notre interprétation : ce service est destiné aux personnes qui ont besoin d’aide à domicile.',
	'Our interpretation: this service is for people who need help at home.'
);

const JETTE_HOME: Entry[] = [
	{
		id: 'ocmw-jette-home-help',
		name: t('Huishoud- en gezinshulp', 'Aide familiale et ménagère', 'Home and family help'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['help-at-home'],
		description: t(
			'Lukt het huishouden niet meer? Een helpster komt bij u thuis: wassen, strijken, koken, boodschappen. Ze helpt ook bij de lichaamsverzorging, maar niet bij medische zorg. De dienst is er voor VIPO-personen, gezinnen met kinderen en mensen met een handicap. Uw inkomen speelt een rol.',
			"Vous n'arrivez plus à faire le ménage ? Une aide vient chez vous : lessive, repassage, repas, courses. Elle aide aussi pour la toilette, mais pas pour les soins médicaux. Le service est destiné aux personnes BIM, aux familles avec enfants et aux personnes handicapées. Votre revenu est pris en compte.",
			'Can you no longer manage your housework? A helper comes to your home: washing, ironing, cooking, shopping. She also helps with personal care, but not with medical care. The service is for people with increased health-insurance refunds (VIPO), families with children and people with a disability. Your income is taken into account.'
		),
		criteria: { municipality: ['jette'], needsHelpAtHome: true },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [HOME_HELP_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Huishoud- en gezinshulp'),
		notes: [NOTE_JETTE_RESIDENTS]
	},
	{
		id: 'centre-entraide-family-help',
		name: t(
			"Gezinshulp (Centre d'Entraide)",
			"Aide familiale (Centre d'Entraide)",
			"Family help (Centre d'Entraide)"
		),
		organisationId: 'centre-entraide-jette',
		municipality: 'jette',
		categories: ['help-at-home'],
		description: t(
			"Ook het Centre d'Entraide heeft een dienst gezinshulp, voor mensen die thuis hulp nodig hebben bij het huishouden.",
			"Le Centre d'Entraide a aussi un service d'aide familiale, pour les personnes qui ont besoin d'aide à la maison.",
			"The Centre d'Entraide also has a family help service, for people who need help with housework at home."
		),
		criteria: { needsHelpAtHome: true },
		address: CENTRE_ENTRAIDE,
		phones: [CENTRE_ENTRAIDE_PHONE],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Huishoud- en gezinshulp')
	},
	{
		id: 'ocmw-jette-meals-at-home',
		name: t('Maaltijden aan huis', 'Repas à domicile', 'Meals at home'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['food', 'help-at-home'],
		description: t(
			'De dienst gezinshulp brengt warme maaltijden bij u thuis, van maandag tot zaterdag. U kunt ook een koude schotel voor zondag krijgen.',
			'Le service d’aide familiale livre des repas chauds chez vous, du lundi au samedi. Vous pouvez aussi recevoir un plat froid pour le dimanche.',
			'The family help service brings hot meals to your home, Monday to Saturday. You can also get a cold dish for Sunday.'
		),
		criteria: { municipality: ['jette'], needsHelpAtHome: true },
		address: null,
		phones: [HOME_HELP_PHONE],
		hours: [{ kind: 'days-only', channel: 'meal-delivery', days: [1, 2, 3, 4, 5, 6] }],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Maaltijden aan huis'),
		notes: [NOTE_JETTE_RESIDENTS, NOTE_HELP_AT_HOME]
	},
	{
		id: 'iris-rest-home-meals',
		name: t(
			'Maaltijden in het IRIS-rusthuis',
			'Repas à la maison de repos IRIS',
			'Meals at the IRIS rest home'
		),
		organisationId: 'iris-rest-home',
		municipality: null,
		categories: ['food'],
		description: t(
			'Kunt u niet meer zelf koken? Dan kunt u voor een kleine prijs eten in het restaurant van het IRIS-rusthuis, als er plaats is.',
			'Vous ne pouvez plus cuisiner vous-même ? Vous pouvez manger pour un petit prix au restaurant de la maison de repos IRIS, s’il y a de la place.',
			'Can you no longer cook for yourself? You can eat for a small price in the restaurant of the IRIS rest home, if there is room.'
		),
		criteria: { needsHelpAtHome: true },
		address: null,
		phones: [HOME_HELP_PHONE],
		hours: [],
		appointment: 'required',
		todo: t(
			'Vraag het vooraf aan bij de dienst gezinshulp.',
			'Faites la demande à l’avance auprès du service d’aide familiale.',
			'Ask the family help service in advance.'
		),
		source: jettePage('Hulp aan huis › De maaltijden in het IRIS-rusthuis'),
		notes: [
			t(
				'Onze interpretatie: "mensen die niet langer hun eigen maaltijden kunnen voorbereiden" zijn mensen die hulp thuis nodig hebben. De bron geeft geen prijs en geen adres.',
				'Notre interprétation : « les personnes qui ne peuvent plus préparer leurs repas » ont besoin d’aide à domicile. La source ne donne ni prix ni adresse.',
				'Our interpretation: "people who can no longer prepare their own meals" need help at home. The source gives no price and no address.'
			)
		]
	},
	{
		id: 'wit-gele-kruis',
		name: t(
			'Wit-Gele Kruis van Brussel',
			'Wit-Gele Kruis van Brussel',
			'Wit-Gele Kruis van Brussel'
		),
		organisationId: 'wit-gele-kruis',
		municipality: 'elsene',
		categories: ['health', 'help-at-home'],
		description: t(
			'Thuisverpleging voor mensen die thuis regelmatig medische zorg nodig hebben.',
			'Des soins infirmiers à domicile pour les personnes qui ont souvent besoin de soins médicaux chez elles.',
			'Home nursing for people who regularly need medical care at home.'
		),
		criteria: { needsHelpAtHome: true },
		address: { street: 'Malibranstraat 39', postcode: '1050', city: 'Elsene' },
		phones: [
			phone('02.629.08.91'),
			phone('02.629.08.71', t('Verzorgingsaanvragen', 'Demandes de soins', 'Care requests'))
		],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp')
	},
	{
		id: 'esseghem-medical-centre',
		name: t('Medisch centrum Esseghem', 'Centre médical Esseghem', 'Esseghem medical centre'),
		organisationId: 'esseghem-medical-centre',
		municipality: 'jette',
		categories: ['health'],
		description: t(
			'Een medisch centrum voor allerlei zorg: huisarts, kinesitherapie, verpleging, psychologie, logopedie en meer. Er is ook een sociaal assistent.',
			'Un centre médical pour toutes sortes de soins : médecine générale, kinésithérapie, soins infirmiers, psychologie, logopédie et plus. Il y a aussi une assistante sociale.',
			'A medical centre for all kinds of care: general practice, physiotherapy, nursing, psychology, speech therapy and more. There is also a social worker.'
		),
		criteria: {},
		address: inJette('Esseghemstraat 24'),
		phones: [phone('02.424.25.40')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'soins-chez-soi',
		name: t('Soins chez soi', 'Soins chez soi', 'Soins chez soi'),
		organisationId: 'soins-chez-soi',
		municipality: null,
		categories: ['health', 'help-at-home'],
		description: t(
			'Deze vzw helpt ouderen, zieken en mensen met een handicap om thuis te blijven wonen. Ze zoekt mensen die bij u thuis komen en regelt hun werk samen met de arts.',
			'Cette ASBL aide les personnes âgées, malades ou handicapées à rester chez elles. Elle cherche des personnes qui viennent à domicile et coordonne leur travail avec le médecin.',
			'This non-profit helps older people, sick people and people with a disability stay in their own home. It finds people who come to your home and organises their work with the doctor.'
		),
		criteria: { needsHelpAtHome: true },
		address: null,
		phones: [phone('02.420.54.57')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'l-ecoute',
		name: t("L'Ecoute", "L'Ecoute", "L'Ecoute"),
		organisationId: 'l-ecoute',
		municipality: 'jette',
		categories: ['health'],
		description: t(
			'Deze vzw begeleidt zieke mensen en helpt mensen met kanker. Er is ook een informatiecentrum met cursussen, seminaries en lezingen voor zorgverleners en vrijwilligers.',
			"Cette ASBL accompagne les malades et aide les personnes atteintes d'un cancer. Elle a aussi un centre d'information avec des cours, des séminaires et des conférences pour le personnel soignant et les bénévoles.",
			'This non-profit supports sick people and helps people with cancer. It also has an information centre with courses, seminars and talks for carers and volunteers.'
		),
		criteria: {},
		address: inJette('Poplimontlaan 50'),
		phones: [phone('02.424.31.32')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'aremis',
		name: t('Aremis', 'Aremis', 'Aremis'),
		organisationId: 'aremis',
		municipality: 'elsene',
		categories: ['health', 'help-at-home'],
		description: t(
			'Gespecialiseerde verpleegsters verzorgen zwaar zieke patiënten thuis (bijvoorbeeld aids of kanker). Er is ook psychologische hulp voor de patiënt en de mensen rond hem.',
			'Des infirmières spécialisées soignent à domicile des patients gravement malades (par exemple sida ou cancer). Il y a aussi une aide psychologique pour le patient et ses proches.',
			'Specialised nurses care for seriously ill patients at home (for example AIDS or cancer). There is also psychological help for the patient and the people close to them.'
		),
		criteria: { needsHelpAtHome: true },
		address: { street: 'Boondaelsesteenweg 390', postcode: '1050', city: 'Elsene' },
		phones: [phone('02.649.41.28')],
		hours: [
			{
				kind: 'always',
				channel: 'phone',
				label: t('Telefoon, 24 uur op 24', 'Téléphone, 24 h sur 24', 'Phone, 24 hours a day')
			}
		],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'continuing-care',
		name: t('Continuing Care', 'Continuing Care', 'Continuing Care'),
		organisationId: 'continuing-care',
		municipality: 'schaarbeek',
		categories: ['health', 'help-at-home'],
		description: t(
			'Palliatieve zorg aan huis. De vzw regelt de zorg samen met de arts, zodat de patiënt tot het einde thuis kan blijven.',
			"Des soins palliatifs à domicile. L'ASBL coordonne les soins avec le médecin, pour que le patient puisse rester chez lui jusqu'à la fin.",
			'Palliative care at home. The non-profit organises the care with the doctor, so that the patient can stay at home until the end.'
		),
		criteria: { needsHelpAtHome: true },
		address: { street: 'Leuvensesteenweg 479', postcode: '1030', city: 'Schaarbeek' },
		phones: [phone('02.743.45.90')],
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'cite-serine',
		name: t('Cité Serine', 'Cité Serine', 'Cité Serine'),
		organisationId: 'cite-serine',
		municipality: 'etterbeek',
		categories: ['health'],
		description: t(
			'Therapeutische huizen: een plek tussen het ziekenhuis en thuis.',
			"Des maisons thérapeutiques : un lieu entre l'hôpital et la maison.",
			'Therapeutic houses: a place between hospital and home.'
		),
		criteria: {},
		address: { street: 'Landbouwersstraat 30', postcode: '1040', city: 'Etterbeek' },
		phones: [phone('02.733.72.10')],
		email: 'serine@yucom.be',
		hours: [],
		appointment: 'unknown',
		source: jettePage('Hulp aan huis › Medische hulp › Sociale hulpverenigingen')
	},
	{
		id: 'taxi-cheques',
		name: t('Taxicheques', 'Chèques-taxis', 'Taxi cheques'),
		organisationId: 'ocmw-jette',
		municipality: 'jette',
		categories: ['mobility'],
		description: t(
			'Kunt u door een handicap niet vrij bewegen of het openbaar vervoer niet nemen? Dan kunt u taxicheques krijgen. De handicap mag tijdelijk of blijvend zijn. U vraagt ze aan bij het OCMW.',
			'Vous ne pouvez pas vous déplacer librement ou prendre les transports en commun à cause d’un handicap ? Vous pouvez recevoir des chèques-taxis. Le handicap peut être temporaire ou définitif. La demande se fait au CPAS.',
			'Does a disability stop you from moving around freely or using public transport? Then you can get taxi cheques. The disability can be temporary or permanent. You apply at the OCMW.'
		),
		criteria: { municipality: ['jette'], disability: true },
		address: OCMW_JETTE_SOCIAL_SERVICE,
		phones: [phone('02.422.46.50')],
		hours: [],
		appointment: 'unknown',
		todo: t(
			'Breng een medisch attest of een gelijkaardig bewijs van uw handicap mee.',
			'Apportez un certificat médical ou une preuve semblable de votre handicap.',
			'Bring a medical certificate or similar proof of your disability.'
		),
		source: jettePage('De taxi-cheques')
	}
];

// ---------------------------------------------------------------------------------------------
// City of Brussels: Sociale actie
// ---------------------------------------------------------------------------------------------

const NOTE_VIA_ANTENNA = t(
	'De bron geeft geen eigen adres of telefoon voor deze dienst: u wordt doorverwezen via de sociale antenne van uw wijk.',
	"La source ne donne ni adresse ni téléphone propres à ce service : l'antenne sociale de votre quartier vous y oriente.",
	'The source gives no address or phone of its own for this service: the social antenna of your neighbourhood refers you to it.'
);

/** A service the social antennas refer to; reached through them. */
function brusselsService(
	id: string,
	section: string,
	name: Localized,
	categories: Entry['categories'],
	criteria: Omit<Entry['criteria'], 'municipality'>,
	description: Localized
): Entry {
	return {
		id,
		name,
		organisationId: 'ocmw-brussels',
		municipality: 'brussels-city',
		categories,
		description,
		criteria: { municipality: ['brussels-city'], ...criteria },
		address: null,
		phones: [],
		hours: [],
		appointment: 'unknown',
		reachedVia: 'brussels-social-antennas',
		source: brusselsPage(`Sociale actie › ${section}`),
		notes: [NOTE_BRUSSELS_RESIDENTS, NOTE_VIA_ANTENNA]
	};
}

const BRUSSELS: Entry[] = [
	{
		id: 'brussels-social-antennas',
		name: t('Sociale antennes van het OCMW', 'Antennes sociales du CPAS', 'OCMW social antennas'),
		organisationId: 'ocmw-brussels',
		municipality: 'brussels-city',
		categories: ['money', 'health', 'administrative'],
		description: t(
			'In elke wijk van de Stad Brussel is er een sociale antenne van het OCMW. U kunt er terecht met vragen over het leefloon of andere hulp: inkomen, gezondheidskaart, eenmalige financiële hulp, begeleiding. De antenne stuurt u door naar de juiste dienst.',
			"Dans chaque quartier de la Ville de Bruxelles, il y a une antenne sociale du CPAS. Vous pouvez y poser vos questions sur le revenu d'intégration ou une autre aide : revenu, carte santé, aide financière ponctuelle, accompagnement. L'antenne vous oriente vers le bon service.",
			'In every neighbourhood of the City of Brussels there is an OCMW social antenna. You can go there with questions about the leefloon or other help: income, health card, one-off financial help, guidance. The antenna sends you to the right service.'
		),
		criteria: { municipality: ['brussels-city'] },
		address: { street: 'Hoogstraat 296', postcode: '1000', city: 'Brussel' },
		phones: [phone('02 543 63 01')],
		hours: [],
		appointment: 'unknown',
		source: brusselsPage('Sociale actie'),
		notes: [
			NOTE_BRUSSELS_RESIDENTS,
			t(
				'Het adres en het telefoonnummer zijn die van het Departement Sociale Actie. De adressen van de antennes per wijk staan niet in de bron.',
				'L’adresse et le téléphone sont ceux du Département Action sociale. Les adresses des antennes par quartier ne sont pas dans la source.',
				'The address and phone number are those of the Department of Social Action. The addresses of the antennas in each neighbourhood are not in the source.'
			)
		]
	},
	brusselsService(
		'brussels-training',
		'De dienst Vorming',
		t('Dienst Vorming', 'Service Formation', 'Training service'),
		['work-training'],
		{},
		t(
			'Opfriscursussen voor talen, stages in bedrijven en coaching over houding op het werk. Alles is aangepast aan uw niveau.',
			'Des cours de remise à niveau en langues, des stages professionnels et du coaching sur l’attitude au travail. Tout est adapté à votre niveau.',
			'Refresher language courses, work placements and coaching on attitude at work. Everything is adapted to your level.'
		)
	),
	brusselsService(
		'brussels-employment',
		'De dienst Tewerkstelling',
		t('Dienst Tewerkstelling', 'Service Emploi', 'Employment service'),
		['work-training'],
		{},
		t(
			'Deze dienst helpt u een job te vinden die past bij wat u kunt.',
			'Ce service vous aide à trouver un emploi qui correspond à vos compétences.',
			'This service helps you find a job that matches your skills.'
		)
	),
	brusselsService(
		'brussels-housing',
		'De dienst Huisvesting',
		t('Dienst Huisvesting', 'Service Logement', 'Housing service'),
		['housing'],
		{},
		t(
			'Deze dienst helpt u uw woning te houden, zoekt een andere woning en steunt mensen die in een ongezonde woning wonen.',
			'Ce service vous aide à garder votre logement, cherche un autre logement et soutient les personnes qui vivent dans un logement insalubre.',
			'This service helps you keep your home, looks for other housing and supports people who live in unhealthy housing.'
		)
	),
	brusselsService(
		'brussels-debt-mediation',
		'De dienst Schuldbemiddeling',
		t('Dienst Schuldbemiddeling', 'Service Médiation de dettes', 'Debt mediation service'),
		['money'],
		{},
		t(
			'Deze dienst helpt u uw uitgaven voor het huishouden te beheren. Soms kunnen rekeningen voor gas en elektriciteit en andere schulden betaald worden.',
			'Ce service vous aide à gérer les dépenses du ménage. Parfois, des factures de gaz et d’électricité et d’autres dettes peuvent être payées.',
			'This service helps you manage your household spending. Sometimes gas and electricity bills and other related debts can be paid.'
		)
	),
	brusselsService(
		'brussels-youth',
		'De dienst Jeugd',
		t('Dienst Jeugd', 'Service Jeunesse', 'Youth service'),
		['work-training', 'housing'],
		{ ageMin: 18, ageMax: 25 },
		t(
			'Voor jongeren van 18 tot 25 jaar. De dienst helpt bij uw plannen, werk, studies, sport en cultuur, stress en angst, en bijzondere noden, ook tijdelijke huisvesting.',
			'Pour les jeunes de 18 à 25 ans. Le service aide pour vos projets, votre carrière, vos études, le sport et la culture, le stress et les angoisses, et des besoins particuliers, dont un logement temporaire.',
			'For young people aged 18 to 25. The service helps with your plans, career, studies, sport and culture, stress and anxiety, and special needs, including temporary housing.'
		)
	),
	brusselsService(
		'brussels-miriam',
		'De dienst Miriam',
		t('Dienst Miriam', 'Service Miriam', 'Miriam service'),
		['family-children'],
		{ gender: ['woman'], singleParent: true, hasChildren: true },
		t(
			'Voor alleenstaande moeders met kinderen. De dienst helpt hen zelfvertrouwen op te bouwen, samen solidair te zijn en de juiste hulp te vinden.',
			'Pour les mères seules avec enfants. Le service les aide à reprendre confiance en elles, à créer de la solidarité et à trouver la bonne aide.',
			'For single mothers with children. The service helps them build self-confidence, create solidarity and find the right help.'
		)
	),
	brusselsService(
		'brussels-addiction-support',
		'De dienst Sociale begeleiding',
		t('Dienst Sociale begeleiding', 'Service Accompagnement social', 'Social support service'),
		['health'],
		{ addiction: true },
		t(
			'Begeleiding voor mensen die met een verslaving leven.',
			'Un accompagnement pour les personnes qui vivent avec une dépendance.',
			'Support for people living with an addiction.'
		)
	),
	brusselsService(
		'brussels-return-migration',
		'De dienst Voltooiingsprogramma van het migratietraject',
		t(
			'Dienst Voltooiingsprogramma van het migratietraject',
			'Service Programme d’aboutissement du parcours migratoire',
			'Migration pathway completion programme'
		),
		['administrative'],
		{ residencePermit: false },
		t(
			'Voor mensen zonder verblijfsvergunning. De dienst helpt u opnieuw na te denken over uw migratieplan.',
			'Pour les personnes sans titre de séjour. Le service vous aide à redéfinir votre projet migratoire.',
			'For people without a residence permit. The service helps you rethink your migration plans.'
		)
	),
	brusselsService(
		'brussels-urgent-medical-aid',
		'De cel Dringende Medische Hulp',
		t('Cel Dringende Medische Hulp', 'Cellule Aide médicale urgente', 'Urgent medical aid unit'),
		['health'],
		{ residencePermit: false },
		t(
			'Gezondheidszorg voor mensen zonder verblijfsvergunning.',
			'Des soins de santé pour les personnes sans titre de séjour.',
			'Health care for people without a residence permit.'
		)
	)
];

/** Every entry, in the order of the source pages. */
export const DIRECTORY: readonly Entry[] = [
	...JETTE_FINANCIAL,
	...JETTE_MATERIAL,
	...JETTE_ADMINISTRATIVE,
	...JETTE_LEGAL,
	...JETTE_REINTEGRATION,
	...JETTE_HOME,
	...BRUSSELS
];
