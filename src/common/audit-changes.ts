import { isPersonalData } from './personal-data';

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
export type AuditChanges = Record<string, { from?: AuditValue; to?: AuditValue; redacted?: true }>;

const IGNORED = new Set(['version', 'createdAt', 'updatedAt', 'organizationId', 'organization']);

function plain(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** Loaded relations are not fields of the row: their foreign-key column records the change. */
function isRelation(row: object | null, key: string): boolean {
  const value = (row as Record<string, unknown> | null)?.[key];
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('id' in value || Array.isArray(value) && value.some((v) => typeof v === 'object' && v && 'id' in v));
}

const same = (a: AuditValue, b: AuditValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changed fields between two states of an entity, as `{ field: { from, to } }`. Personal data
 * is never copied: such a field is recorded as `{ redacted: true }`.
 */
export function auditChanges(entityClass: Function, before: object | null, after: object | null): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (IGNORED.has(key) || isRelation(before, key) || isRelation(after, key)) continue;
    const from = plain((before as Record<string, unknown> | null)?.[key]);
    const to = plain((after as Record<string, unknown> | null)?.[key]);
    if (same(from, to)) continue;
    changes[key] = isPersonalData(entityClass, key) ? { redacted: true } : { ...(before ? { from } : {}), ...(after ? { to } : {}) };
  }
  return changes;
}
