// Operators, declared once: each binary, assignment, logical, unary and update
// operator gets a numeric code that the checker stamps on its node (`node.op`),
// so no tier compares operator strings at run time.

/** Binary operators (also the arithmetic part of compound assignments). */
export enum BinaryOp {
  Add, Sub, Mul, Div, Mod, Exp,
  BitAnd, BitOr, BitXor, Shl, Shr, UShr,
  Eq, Ne, StrictEq, StrictNe, Lt, Gt, Le, Ge,
  In, InstanceOf,
}

export const BINARY_OPERATORS: Record<string, BinaryOp> = {
  '+': BinaryOp.Add, '-': BinaryOp.Sub, '*': BinaryOp.Mul, '/': BinaryOp.Div, '%': BinaryOp.Mod, '**': BinaryOp.Exp,
  '&': BinaryOp.BitAnd, '|': BinaryOp.BitOr, '^': BinaryOp.BitXor, '<<': BinaryOp.Shl, '>>': BinaryOp.Shr, '>>>': BinaryOp.UShr,
  '==': BinaryOp.Eq, '!=': BinaryOp.Ne, '===': BinaryOp.StrictEq, '!==': BinaryOp.StrictNe,
  '<': BinaryOp.Lt, '>': BinaryOp.Gt, '<=': BinaryOp.Le, '>=': BinaryOp.Ge,
  in: BinaryOp.In, instanceof: BinaryOp.InstanceOf,
};

export enum LogicalOp { And, Or, Nullish }

export const LOGICAL_OPERATORS: Record<string, LogicalOp> = { '&&': LogicalOp.And, '||': LogicalOp.Or, '??': LogicalOp.Nullish };

/** Assignment: plain, compound (a BinaryOp), or logical (a LogicalOp). */
export enum AssignKind { Plain, Compound, Logical }

export function assignmentOperator(operator: string): { kind: AssignKind; op: number } {
  if (operator === '=') return { kind: AssignKind.Plain, op: -1 };
  const base = operator.slice(0, -1);
  if (base in LOGICAL_OPERATORS) return { kind: AssignKind.Logical, op: LOGICAL_OPERATORS[base] };
  return { kind: AssignKind.Compound, op: BINARY_OPERATORS[base] };
}

export enum UnaryOp { Neg, Plus, Not, BitNot, TypeOf, Void, Delete }

export const UNARY_OPERATORS: Record<string, UnaryOp> = {
  '-': UnaryOp.Neg, '+': UnaryOp.Plus, '!': UnaryOp.Not, '~': UnaryOp.BitNot,
  typeof: UnaryOp.TypeOf, void: UnaryOp.Void, delete: UnaryOp.Delete,
};
