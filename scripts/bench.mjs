// Evaluations per second of each calculator (validation, exact decimal arithmetic, steps and
// sources included), next to a plain-float version of the same arithmetic on the same input in the
// same run: the limit, what the calculation would cost with no validation and no exact money. The
// ratio is what our design costs; the goal is at least a quarter of the limit (issue 14).
// Each figure is the median of ROUNDS rounds of about ROUND_MS each (a single timing swings too
// much on a shared machine). Usage: npm run bench
import { createServer } from 'vite';

const ROUNDS = 15;
const ROUND_MS = 100;
const GOAL = 0.25;

const server = await createServer({
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	optimizeDeps: { noDiscovery: true, include: [] }
});
const calc = await server.ssrLoadModule('/src/lib/calc/index.ts');
await server.close();

const date = '2025-03-01';
const toAmount = (text) => Number.parseFloat(String(text).replace(',', '.'));
/** The leefloon table as plain floats: the last amount in force on the date. */
const LEEFLOON_SINGLE = [
	['2024-05-01', 1288.46],
	['2025-02-01', 1314.2]
];
const leefloonOn = (day) => LEEFLOON_SINGLE.filter(([from]) => from <= day).at(-1)[1];

/** [name, our calculator, the same arithmetic in floats] */
const CASES = [
	[
		'savingsLoan',
		() => calc.savingsLoan({ monthlyAmount: '2,50', months: 12 }, { date }),
		() => {
			const amount = toAmount('2,50');
			const months = 12;
			const total = amount * months;
			const eligible = amount >= 2.5 && months >= 12;
			return {
				eligible,
				totalSaved: total.toFixed(2),
				loanCapacity: (eligible ? total * 2 : 0).toFixed(2),
				monthsToEligibility: Math.max(0, 12 - months),
				loanAtEligibility: (total * 2).toFixed(2)
			};
		}
	],
	[
		'savingsPlan',
		() => calc.savingsPlan({ targetLoan: '500', monthlyAmount: 10 }, { date }),
		() => {
			const target = toAmount('500');
			const monthly = 10;
			return {
				monthsNeeded: Math.max(12, Math.ceil(target / (2 * monthly))),
				monthlyAmountFor12Months: Math.max(Math.ceil((target / 24) * 100) / 100, 2.5).toFixed(2)
			};
		}
	],
	[
		'mealCost (OCMW, 4 diners)',
		() =>
			calc.mealCost(
				{
					venue: 'ocmw',
					diners: [{ age: 40 }, { age: 38 }, { age: 12 }, { age: 7 }],
					income: {
						receivesLeefloon: false,
						monthlyNetIncome: '1314,20',
						leefloonCategory: 'single'
					},
					mealsPerMonth: 20
				},
				{ date }
			),
		() => {
			const ages = [40, 38, 12, 7];
			const access =
				toAmount('1314,20') <= leefloonOn(date) ? 'derogation-possible' : 'not-eligible';
			const perVisit = ages.reduce((sum, age) => sum + (age < 12 ? 1 : 1.5), 0);
			return { access, pricePerVisit: perVisit.toFixed(2), perMonth: (perVisit * 20).toFixed(2) };
		}
	],
	[
		'foodPackage (4 members)',
		() =>
			calc.foodPackage({ members: [{ age: 35 }, { age: 33 }, { age: 8 }, { age: 2 }] }, { date }),
		() => {
			const ages = [35, 33, 8, 2];
			const units = ages.slice(1).reduce((sum, age) => sum + (age >= 14 ? 0.5 : 0.3), 1);
			return {
				persons: ages.length,
				children: ages.filter((a) => a < 18).length,
				units: units.toFixed(1)
			};
		}
	],
	[
		'leefloonAmount',
		() => calc.leefloonAmount('single', date),
		() => ({ amount: leefloonOn(date).toFixed(2) })
	]
];

/** Evaluations per second: the median over the rounds. */
function perSecond(run) {
	let batch = 1;
	// Calibrate: a batch that takes about a tenth of a round.
	for (;;) {
		const started = performance.now();
		for (let i = 0; i < batch; i++) run();
		if (performance.now() - started > ROUND_MS / 10) break;
		batch *= 2;
	}
	const rates = [];
	for (let round = 0; round < ROUNDS; round++) {
		let count = 0;
		const started = performance.now();
		let elapsed = 0;
		while (elapsed < ROUND_MS) {
			for (let i = 0; i < batch; i++) run();
			count += batch;
			elapsed = performance.now() - started;
		}
		rates.push((count / elapsed) * 1000);
	}
	rates.sort((a, b) => a - b);
	return rates[Math.floor(rates.length / 2)];
}

const rows = [];
let below = false;
for (const [name, ours, float] of CASES) {
	ours();
	float();
	const limit = perSecond(float);
	const measured = perSecond(ours);
	const ratio = measured / limit;
	below ||= ratio < GOAL;
	rows.push({
		calculator: name,
		'ours (eval/s)': Math.round(measured).toLocaleString('en'),
		'plain floats (eval/s)': Math.round(limit).toLocaleString('en'),
		ratio: ratio.toFixed(3),
		goal: ratio >= GOAL ? `≥ ${GOAL}` : `BELOW ${GOAL}`
	});
}
console.log(`Medians of ${ROUNDS} rounds of ${ROUND_MS} ms, Node ${process.version}:`);
console.table(rows);
if (below) {
	console.error(`Below the goal of ${GOAL} of the plain-float limit: see the rows marked BELOW.`);
	process.exitCode = 1;
}
