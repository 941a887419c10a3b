import { DateTime } from 'luxon';
import { DeadlineUnit, StatutoryRulePack, type ComplaintPolicy } from './organization.entity';

export { StatutoryRulePack };

/** Where a rule comes from. */
export interface RuleSource {
  law: string;
  article: string | null;
  url: string;
}

/** A minimum term: the policy's deadline must end no later than this. */
export interface TermRule {
  within: number;
  unit: DeadlineUnit;
  source: RuleSource;
}

export interface RulePackDefinition {
  pack: StatutoryRulePack;
  title: string;
  /** Written acknowledgement of receipt; null: the law sets no term. */
  acknowledgement: TermRule | null;
  /** The handling (resolution) term; null: the law sets no maximum. */
  resolution: TermRule | null;
  /** Whether the organisation must be affiliated with an independent disputes body, and the source. */
  disputesBody: { required: boolean; source: RuleSource } | null;
  /** How long a closed complaint's file is kept before its personal data may be erased; null: no minimum. */
  retention: { years: number; source: RuleSource } | null;
  /** Most the resolution term may be extended, in total; null: the law sets no bound (the product's own bound applies). */
  maxExtension: TermRule | null;
  /** What the reference does not settle for this pack, in words (shown with the pack). */
  notes: string[];
}

const NOWID: RuleSource = { law: 'Wet kwaliteit incassodienstverlening (Wki)', article: null, url: 'https://www.nowid.org' };
const BKI_RETENTION: RuleSource = { law: 'Besluit kwaliteit incassodienstverlening (Bki)', article: 'art. 5.1(4)', url: 'https://www.schuldinfo.nl' };
const FINKN: RuleSource = { law: 'Finansklagenemnda (FinKN) vedtekter', article: null, url: 'https://www.finkn.no' };

/**
 * The statutory rules an organisation's complaint handling follows: code-defined packs, one per
 * jurisdiction the service supports, each rule with its source. They are presets taken from
 * `reference/statutory-and-disputes.md`, not legal advice: where the reference states no figure,
 * the pack sets none (and says so), rather than inventing one.
 */

export const RULE_PACKS: Readonly<Record<StatutoryRulePack, RulePackDefinition>> = {
  [StatutoryRulePack.NONE]: {
    pack: StatutoryRulePack.NONE,
    title: 'No statutory rules',
    acknowledgement: null,
    resolution: null,
    disputesBody: null,
    retention: null,
    maxExtension: null,
    notes: [],
  },
  [StatutoryRulePack.NL_WKI]: {
    pack: StatutoryRulePack.NL_WKI,
    title: 'Netherlands: Wki / Bki (since 1 April 2024)',
    acknowledgement: { within: 2, unit: DeadlineUnit.WORKING_DAYS, source: NOWID },
    resolution: null,
    disputesBody: { required: true, source: NOWID },
    retention: { years: 2, source: BKI_RETENTION },
    maxExtension: null,
    notes: [
      'The complaints procedure must state its handling term (Wki, nowid.org); the law sets no maximum, so any resolution term of the policy complies.',
      'The law sets no bound on extending the handling term; the service allows at most one further resolution term in total.',
    ],
  },
  [StatutoryRulePack.NO_INKASSO]: {
    pack: StatutoryRulePack.NO_INKASSO,
    title: 'Norway: inkasso',
    acknowledgement: null,
    resolution: null,
    disputesBody: { required: false, source: FINKN },
    retention: null,
    maxExtension: null,
    notes: [
      'The reference names Finansklagenemnda (advisory statements) as the disputes body; it states no acknowledgement or handling term and no retention period, so the pack sets none.',
      'The current Inkassoloven has no rules on how agencies handle complaints about the collection; a new act with such rules is proposed (Prop. 3 L (2025–2026) ch. 17.1, https://www.regjeringen.no/no/dokumenter/prop.-3-l-20252026/id3121729/?ch=17): review this pack when it is in force.',
    ],
  },
};

/** A working day counted as 7/5 calendar days when two terms use different units (as `validatePolicy` does). */
const inCalendarDays = (within: number, unit: DeadlineUnit) => (unit === DeadlineUnit.WORKING_DAYS ? (within * 7) / 5 : within);

/**
 * Whether a policy term is at least as strict as a rule: in the same unit, no more days; a
 * calendar-day term against a working-day rule, no more days (a calendar day never ends after a
 * working day); a working-day term against a calendar-day rule, no more than the rule once a
 * working day counts as 7/5 calendar days.
 */
export function termComplies(within: number, unit: DeadlineUnit, rule: { within: number; unit: DeadlineUnit }): boolean {
  if (unit === rule.unit || unit === DeadlineUnit.CALENDAR_DAYS) return within <= rule.within;
  return inCalendarDays(within, unit) <= rule.within;
}

/** One setting that breaks a rule of the pack. */
export interface RuleViolation {
  /** Stable rule id, e.g. `NL_WKI.acknowledgement`. */
  rule: string;
  /** The setting at fault, e.g. `complaintPolicy.acknowledgeWithin`. */
  field: string;
  description: string;
  source: RuleSource;
  currentValue: string;
  requiredValue: string;
}

const term = (within: number, unit: DeadlineUnit) => `${within} ${unit === DeadlineUnit.WORKING_DAYS ? 'working' : 'calendar'} day${within === 1 ? '' : 's'}`;

/** What a complaint policy violates under a pack (empty when it complies). */
export function policyViolations(pack: StatutoryRulePack, policy: ComplaintPolicy): RuleViolation[] {
  const rules = RULE_PACKS[pack];
  const violations: RuleViolation[] = [];
  const check = (name: 'acknowledgement' | 'resolution', within: number, unit: DeadlineUnit, field: string, what: string) => {
    const rule = rules[name];
    if (!rule || termComplies(within, unit, rule)) return;
    violations.push({
      rule: `${pack}.${name}`,
      field,
      description: `${what} within at most ${term(rule.within, rule.unit)}`,
      source: rule.source,
      currentValue: term(within, unit),
      requiredValue: `at most ${term(rule.within, rule.unit)}`,
    });
  };
  check('acknowledgement', policy.acknowledgeWithin, policy.acknowledgeUnit, 'complaintPolicy.acknowledgeWithin', 'Receipt of a complaint must be confirmed in writing');
  check('resolution', policy.resolveWithin, policy.resolveUnit, 'complaintPolicy.resolveWithin', 'A complaint must be decided');
  return violations;
}

/** A source in one line, for error messages. */
export const describeSource = (source: RuleSource) => [source.law, source.article].filter(Boolean).join(', ') + ` (${source.url})`;

/**
 * The first instant a closed complaint's personal data may be erased under a pack: its closing
 * plus the retention period, in the organisation's time zone; the closing itself without one.
 */
export function anonymisableFrom(pack: StatutoryRulePack, closedAt: Date, timeZone: string): Date {
  const retention = RULE_PACKS[pack].retention;
  if (!retention) return closedAt;
  return DateTime.fromJSDate(closedAt, { zone: timeZone }).plus({ years: retention.years }).toJSDate();
}

/**
 * The most a resolution term may be extended in total, in the policy's resolution unit: the pack's
 * bound where the law sets one, otherwise one further resolution term (the service's own bound,
 * so a working deadline never runs on indefinitely).
 */
export function maxExtension(pack: StatutoryRulePack, policy: ComplaintPolicy): { within: number; unit: DeadlineUnit; source: RuleSource | null } {
  const rule = RULE_PACKS[pack].maxExtension;
  if (rule) return rule;
  return { within: policy.resolveWithin, unit: policy.resolveUnit, source: null };
}
