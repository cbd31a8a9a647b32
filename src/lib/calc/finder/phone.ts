/**
 * One format for Belgian phone numbers, whatever the source wrote ("02.422.46.11",
 * "02 543 63 01"): "+32 2 422 46 11". Zones 2, 3, 4 and 9 have one digit, other landline zones
 * two; mobile numbers (04xx) have ten digits.
 */
export function normaliseBelgianPhone(raw: string): string {
	const digits = raw.replace(/\D/g, '');
	if (!/^0\d{8,9}$/.test(digits)) throw new Error(`Not a Belgian phone number: ${raw}`);
	const national = digits.slice(1);
	if (national.length === 9) {
		// Mobile: 4xx xx xx xx.
		return `+32 ${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
	}
	if ('2349'.includes(national[0] ?? '')) {
		return `+32 ${national[0]} ${national.slice(1, 4)} ${national.slice(4, 6)} ${national.slice(6)}`;
	}
	return `+32 ${national.slice(0, 2)} ${national.slice(2, 4)} ${national.slice(4, 6)} ${national.slice(6)}`;
}
