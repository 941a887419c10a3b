/** What a KPI's values count or measure. */
export enum KpiUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  RATIO = 'RATIO',
  SCORE = 'SCORE',
  DAYS = 'DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
  HOURS = 'HOURS',
  MINUTES = 'MINUTES',
  EUR = 'EUR',
  NOK = 'NOK',
}

interface UnitRule {
  min?: number;
  max?: number;
  whole?: boolean;
}

/** Values that make sense per unit; scores (e.g. an NPS) and amounts (a net balance) may be negative. */
const RULES: Record<KpiUnit, UnitRule> = {
  [KpiUnit.PERCENT]: { min: 0, max: 100 },
  [KpiUnit.COUNT]: { min: 0, whole: true },
  [KpiUnit.RATIO]: { min: 0 },
  [KpiUnit.SCORE]: {},
  [KpiUnit.DAYS]: { min: 0 },
  [KpiUnit.WORKING_DAYS]: { min: 0 },
  [KpiUnit.HOURS]: { min: 0 },
  [KpiUnit.MINUTES]: { min: 0 },
  [KpiUnit.EUR]: {},
  [KpiUnit.NOK]: {},
};

/** Why `value` cannot be a value in `unit`, or null when it can. */
export function unitProblem(unit: KpiUnit, value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  const rule = RULES[unit];
  if (rule.min !== undefined && value < rule.min) return `must be at least ${rule.min} for ${unit}`;
  if (rule.max !== undefined && value > rule.max) return `must be at most ${rule.max} for ${unit}`;
  if (rule.whole && !Number.isInteger(value)) return `must be a whole number for ${unit}`;
  return null;
}
