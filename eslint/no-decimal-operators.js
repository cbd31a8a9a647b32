import ts from 'typescript';

// A lint rule with type information: a decimal.js value (src/lib/calc/money.ts) must not meet a
// relational, equality or arithmetic operator. decimal.js's valueOf returns text, so `a < b` on two
// amounts compares strings ("9" > "10"), `a === b` compares identity, and `a + b` concatenates.
// Amounts are compared and computed through money.ts's named functions (`below`, `atLeast`, `plus` …).
// A plain syntax rule cannot tell an amount from a number; the type checker can.

const OPERATORS = new Set([
	'<',
	'>',
	'<=',
	'>=',
	'==',
	'!=',
	'===',
	'!==',
	'+',
	'-',
	'*',
	'/',
	'%',
	'**'
]);
const UNARY = new Set(['+', '-']);
const EQUALITY = new Set(['==', '!=', '===', '!==']);
/** @type {Record<string, string>} */
const NAMED = {
	'<': 'below',
	'>': 'above',
	'<=': 'atMost',
	'>=': 'atLeast',
	'==': 'compare(a, b) === 0',
	'!=': 'compare(a, b) !== 0',
	'===': 'compare(a, b) === 0',
	'!==': 'compare(a, b) !== 0',
	'+': 'plus',
	'-': 'minus',
	'*': 'times',
	'/': 'quotient or dividedBy',
	'%': 'quotient',
	'**': 'times'
};

const NULLISH = ts.TypeFlags.Null | ts.TypeFlags.Undefined;

/**
 * A decimal.js Decimal, or a union or intersection with one in it.
 * @param {import('typescript').Type} type
 * @returns {boolean}
 */
function isDecimalType(type) {
	if (type.isUnionOrIntersection()) return type.types.some(isDecimalType);
	const symbol = type.aliasSymbol ?? type.getSymbol?.();
	if (!symbol || symbol.getName() !== 'Decimal') return false;
	// The class itself (`typeof Decimal`, which can be constructed) is not an amount.
	if (type.getConstructSignatures().length) return false;
	return (symbol.getDeclarations() ?? []).some(
		(/** @type {import('typescript').Node} */ declaration) =>
			/[\\/]decimal\.js[\\/]/.test(declaration.getSourceFile().fileName)
	);
}

/** @type {import('eslint').Rule.RuleModule} */
export const noDecimalOperators = {
	meta: {
		type: 'problem',
		docs: { description: 'Amounts (decimal.js) are compared and computed by name, not operator.' },
		messages: {
			operator:
				'`{{operator}}` on a Decimal works on its text, not its value: use `{{named}}` from calc/money.'
		},
		schema: []
	},
	create(context) {
		/** @typedef {import('estree').Node} Node */
		const services = context.sourceCode.parserServices;
		if (!services?.program) {
			throw new Error(
				'aid/no-decimal-operators needs type information (parserOptions.projectService).'
			);
		}
		const checker = services.program.getTypeChecker();
		const isDecimal = (/** @type {Node} */ node) =>
			isDecimalType(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));
		const report = (/** @type {Node} */ node, /** @type {string} */ operator) =>
			context.report({ node, messageId: 'operator', data: { operator, named: NAMED[operator] } });
		const typeOf = (/** @type {Node} */ node) =>
			checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
		// `amount === null` or `=== undefined` asks whether there is an amount: that is fine.
		const isNullish = (/** @type {Node} */ node) => (typeOf(node).flags & NULLISH) !== 0;
		return {
			BinaryExpression(node) {
				if (!OPERATORS.has(node.operator)) return;
				if (EQUALITY.has(node.operator) && (isNullish(node.left) || isNullish(node.right))) return;
				if (isDecimal(node.left) || isDecimal(node.right)) report(node, node.operator);
			},
			AssignmentExpression(node) {
				const operator = node.operator.slice(0, -1);
				if (node.operator === '=' || !OPERATORS.has(operator)) return;
				if (isDecimal(node.left) || isDecimal(node.right)) report(node, operator);
			},
			UnaryExpression(node) {
				if (UNARY.has(node.operator) && isDecimal(node.argument)) report(node, node.operator);
			}
		};
	}
};

export default { rules: { 'no-decimal-operators': noDecimalOperators } };
