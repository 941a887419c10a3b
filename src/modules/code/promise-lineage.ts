import type { CodePromise } from './code-promise.entity';

/** A promise's lineage: the same promise (key) in every version of its code. */
export const lineageOf = (p: Pick<CodePromise, 'codeId' | 'key'>) => `${p.codeId}\u0000${p.key}`;

/** A promise's lineage as {@link LINEAGE_SQL} spells it, the parent key of lineage connections. */
export const lineageKey = (p: Pick<CodePromise, 'codeId' | 'key'>) => `${p.codeId}:${p.key}`;

/** {@link lineageKey} of the promise aliased `p` in a query builder. */
export const LINEAGE_SQL = "concat(p.codeId, ':', p.key)";
