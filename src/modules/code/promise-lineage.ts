import { Matches } from 'class-validator';
import type { CodePromise } from './code-promise.entity';

/**
 * A promise's lineage: the promise with one key (`P3`) in every version of its code. Complaints,
 * corrective actions and KPIs concern a lineage, not one version's row, so that a new version of
 * the code keeps its history. Everything that names, compares or filters by lineage is here.
 */
export interface PromiseLineage {
  codeId: string;
  promiseKey: string;
}

/** A promise key, the name of a lineage within its code: letters and digits, optionally separated by `.`, `_` or `-`. */
export const PROMISE_KEY = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;

/** Checks an input field naming a promise key, the same way wherever one is named. */
export const IsPromiseKey = (): PropertyDecorator =>
  Matches(PROMISE_KEY, { message: '$property must be letters and digits, optionally separated by . _ or -, e.g. P3' });

/** The lineage of a promise row. */
export const lineageOf = (p: Pick<CodePromise, 'codeId' | 'key'>): PromiseLineage => ({ codeId: p.codeId, promiseKey: p.key });

/** A lineage as one string (map and loader keys, the `parent` of lineage connections); {@link lineageSql} spells it in SQL. */
export const lineageKey = (l: PromiseLineage): string => `${l.codeId}:${l.promiseKey}`;

/** {@link lineageKey} of a promise row. */
export const promiseLineageKey = (p: Pick<CodePromise, 'codeId' | 'key'>): string => lineageKey(lineageOf(p));

/** The lineage of a {@link lineageKey} (a code id is a UUID: the first colon ends it). */
export const parseLineageKey = (key: string): PromiseLineage => ({ codeId: key.slice(0, key.indexOf(':')), promiseKey: key.slice(key.indexOf(':') + 1) });

/** {@link lineageKey} in SQL, of an alias with `codeId` and a key property (`key` on promises, `promiseKey` on KPIs). */
export const lineageSql = (alias: string, keyProperty = 'key'): string => `concat(${alias}.codeId, ':', ${alias}.${keyProperty})`;

/** A where-clause matching rows of `alias` in any of `lineages`, with its parameters. */
export function inLineages(alias: string, keyProperty: string, lineages: readonly PromiseLineage[]) {
  return {
    where: `(${alias}.codeId, ${alias}.${keyProperty}) IN (SELECT * FROM unnest(CAST(:lineageCodes AS uuid[]), CAST(:lineageKeys AS text[])))`,
    params: { lineageCodes: lineages.map((l) => l.codeId), lineageKeys: lineages.map((l) => l.promiseKey) },
  };
}

/**
 * A where-clause matching rows whose promise (the `promise_id` column `promiseIdColumn`) is in the
 * lineage of `promise`, with its parameters: "complaints about P3", in any version of the code.
 */
export function promiseInLineage(promiseIdColumn: string, promise: Pick<CodePromise, 'codeId' | 'key'>) {
  return {
    where: `EXISTS (SELECT 1 FROM code_promise lineage WHERE lineage.id = ${promiseIdColumn} AND lineage.code_id = :lineageCodeId AND lineage.key = :lineagePromiseKey)`,
    params: { lineageCodeId: promise.codeId, lineagePromiseKey: promise.key },
  };
}

/** Orders promise keys as people number them (P2 before P10). One collator: `localeCompare` with options builds one per call. */
export const comparePromiseKeys = new Intl.Collator(undefined, { numeric: true }).compare;
