import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintCategory, ComplaintChannel, ComplaintOutcome } from '../complaint';
import { CorrectiveActionKind } from '../corrective-action';
import { DisputesFigures, OnTimeRate } from './code-status.types';
import { Period } from './reporting-period';
import { CustomerSatisfactionFigures } from '../survey';

/** The years an analysis can be made for. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/*
 * The annual complaint analysis is plain data (no relations to resolve), so a management review
 * can store it as a snapshot and return it later exactly as it was.
 */

@ObjectType({
  description: 'The complaints received in the year, as they stand now.',
})
export class ComplaintTotals {
  @Field(() => Int)
  received: number;

  @Field(() => Int, {
    description: 'Resolved (whatever happened afterwards: closed or escalated).',
  })
  resolved: number;

  @Field(() => Int, {
    description: 'Not resolved yet (RECEIVED, ACKNOWLEDGED, IN_PROGRESS).',
  })
  unresolved: number;

  @Field(() => Int, {
    description: 'Of the unresolved ones, those past their acknowledgement or resolution deadline.',
  })
  overdue: number;

  @Field(() => Int, { description: 'Outcome UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;

  @Field(() => Int, {
    description: 'Of the upheld ones, those PARTIALLY_UPHELD.',
  })
  partiallyUpheld: number;

  @Field(() => Int, { description: 'Without a category.' })
  unclassified: number;

  @Field(() => Int, { description: 'Not linked to any promise.' })
  withoutPromise: number;
}

@ObjectType({
  description: 'Complaints in one category; a complaint may be in several, so these add up to more than the total.',
})
export class CategoryCount {
  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Of those, UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;
}

@ObjectType({
  description: 'Complaints about one promise lineage (a complaint about several promises counts for each).',
})
export class PromiseComplaintCount {
  @Field(() => ID)
  codeId: string;

  @Field()
  codeKey: string;

  @Field({
    description: 'The promise key, stable across versions (e.g. `P3`).',
  })
  promiseKey: string;

  @Field({
    description: 'The title in the version in force, or in the latest version that has the promise.',
  })
  promiseTitle: string;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Of those, UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;

  @Field(() => DisputesFigures, {
    nullable: true,
    description: 'Of those, the ones that went to a disputes body, and the overturn rate; null in an analysis taken before disputes-body cases were counted.',
  })
  disputes?: DisputesFigures | null;
}

@ObjectType()
export class ChannelCount {
  @Field(() => ComplaintChannel)
  channel: ComplaintChannel;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Of those, UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;
}

@ObjectType({
  description: "Complaints received in one month (in the organisation's time zone).",
})
export class MonthCount {
  @Field(() => Int, { description: '1 (January) to 12.' })
  month: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Of those, UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;
}

@ObjectType()
export class OutcomeCount {
  @Field(() => ComplaintOutcome, {
    nullable: true,
    description: 'Null: not decided yet.',
  })
  outcome: ComplaintOutcome | null;

  @Field(() => Int)
  complaints: number;
}

@ObjectType({
  description: 'How long a handling step took, from receipt, over the complaints that completed it.',
})
export class HandlingTime {
  @Field(() => Int, { description: 'Complaints that completed the step.' })
  measured: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median, in hours (one decimal); null when none completed it.',
  })
  medianHours: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '90th percentile, in hours (one decimal): nine in ten took at most this long.',
  })
  p90Hours: number | null;
}

@ObjectType({
  description: 'Complaints taken to an external disputes committee.',
})
export class EscalationFigures {
  @Field(() => Int)
  escalated: number;

  @Field(() => Int, { description: "Awaiting the committee's decision." })
  pending: number;

  @Field(() => Int)
  decided: number;

  @Field(() => Int, { description: 'Decided with a binding decision.' })
  binding: number;

  @Field(() => Int, {
    description: "Decided otherwise than the organisation did (the committee's outcome differs from the organisation's).",
  })
  overturned: number;

  @Field(() => [OutcomeCount], {
    description: "The committee's decisions, every outcome listed.",
  })
  outcomes: OutcomeCount[];
}

@ObjectType({
  description: "The complainants' satisfaction with the handling (1–5).",
})
export class SatisfactionFigures {
  @Field(() => Int, { description: 'Complaints with a satisfaction score.' })
  rated: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average score, two decimals; null when none is rated.',
  })
  average: number | null;
}

@ObjectType({
  description: 'A root cause found for two or more actions opened in the year (compared case- and space-insensitively).',
})
export class RootCauseCount {
  @Field({ description: 'The cause as most often written.' })
  rootCause: string;

  @Field(() => Int)
  actions: number;

  @Field(() => [String], {
    description: 'Keys of the promises the actions are about.',
  })
  promiseKeys: string[];
}

@ObjectType({
  description: 'Actions of one kind opened in the year, and where they stand now.',
})
export class ActionKindFigures {
  @Field(() => CorrectiveActionKind)
  kind: CorrectiveActionKind;

  @Field(() => Int)
  opened: number;

  @Field(() => Int, {
    description: 'Not closed: OPEN, IN_PROGRESS, DONE (awaiting the effectiveness check) or NOT_EFFECTIVE.',
  })
  open: number;

  @Field(() => Int, { description: 'Pending and due before today.' })
  overdue: number;

  @Field(() => Int, { description: 'DONE, awaiting the effectiveness check.' })
  awaitingCheck: number;

  @Field(() => Int)
  verifiedEffective: number;

  @Field(() => Int, {
    description: 'Whose latest effectiveness check found them not effective (reopened ones included).',
  })
  notEffective: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Float, {
    nullable: true,
    description: 'verifiedEffective / checked (effective or not), 0 to 1; null when none is checked.',
  })
  effectivenessRate: number | null;
}

@ObjectType({
  description: 'The figures of one calendar year of complaints (received in the year, as they stand now).',
})
export class ComplaintYearFigures {
  @Field(() => Int)
  year: number;

  @Field(() => Period)
  period: Period;

  @Field(() => ComplaintTotals)
  totals: ComplaintTotals;

  @Field(() => [CategoryCount], { description: 'Every category listed.' })
  byCategory: CategoryCount[];

  @Field(() => [PromiseComplaintCount], {
    description: 'Promises with complaints, most complaints first.',
  })
  byPromise: PromiseComplaintCount[];

  @Field(() => [ChannelCount], { description: 'Every channel listed.' })
  byChannel: ChannelCount[];

  @Field(() => [MonthCount], { description: 'Months 1 to 12.' })
  byMonth: MonthCount[];

  @Field(() => OnTimeRate)
  acknowledgement: OnTimeRate;

  @Field(() => OnTimeRate)
  resolution: OnTimeRate;

  @Field(() => HandlingTime, {
    description: 'From receipt to acknowledgement.',
  })
  acknowledgementTime: HandlingTime;

  @Field(() => HandlingTime, { description: 'From receipt to resolution.' })
  resolutionTime: HandlingTime;

  @Field(() => [OutcomeCount], {
    description: "The organisation's decisions, every outcome listed, then the undecided (outcome null).",
  })
  outcomes: OutcomeCount[];

  @Field(() => EscalationFigures)
  escalations: EscalationFigures;

  @Field(() => SatisfactionFigures)
  satisfaction: SatisfactionFigures;

  @Field(() => [RootCauseCount], {
    description: 'Root causes of two or more actions opened in the year, most frequent first.',
  })
  recurringRootCauses: RootCauseCount[];

  @Field(() => [ActionKindFigures], {
    description: 'Corrective, preventive and improvement actions opened in the year; every kind listed.',
  })
  actions: ActionKindFigures[];
}

@ObjectType({
  description: 'A headline figure of the year next to the previous year.',
})
export class FigureChange {
  @Field({
    description: 'e.g. `received`, `resolutionOnTimeRate`, `medianResolutionHours`.',
  })
  figure: string;

  @Field(() => Float, { nullable: true })
  current: number | null;

  @Field(() => Float, { nullable: true })
  previous: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'current − previous; null when either is null.',
  })
  change: number | null;
}

@ObjectType({
  description: "The quality manager's annual complaint analysis, with the previous year for comparison.",
})
export class ComplaintAnalysis extends ComplaintYearFigures {
  @Field(() => CustomerSatisfactionFigures, {
    nullable: true,
    description:
      'Satisfaction with the code as customers perceive it (satisfaction surveys) in the year: per promise, overall, and response rates; null in analyses kept before surveys existed.',
  })
  customerSatisfaction?: CustomerSatisfactionFigures | null;

  @Field(() => ComplaintYearFigures, {
    description: 'The same figures for the year before.',
  })
  previousYear: ComplaintYearFigures;

  @Field(() => [FigureChange], {
    description: 'Headline figures against the previous year.',
  })
  changes: FigureChange[];
}
