import { Extensions, Field, Float, Int, ObjectType } from 'type-graphql';
import { Code, CodeVersion, CodePromise, MAX_PROMISES_PER_VERSION } from '../code';
import { Kpi, KpiStatus } from '../kpi';
import { PromiseStatus } from './promise-status';
import { Period } from './reporting-period';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { CustomerPerceivedFigures } from '../survey';

@ObjectType({
  description:
    'How many of a step (acknowledgement or resolution) were on time. Rated: the step was taken, or it is still missing past its deadline (late); ' +
    'a complaint still within its deadline is not rated yet.',
})
export class OnTimeRate {
  @Field(() => Int)
  rated: number;

  @Field(() => Int)
  onTime: number;

  @Field(() => Float, {
    nullable: true,
    description: 'onTime / rated, 0 to 1; null when nothing is rated.',
  })
  rate: number | null;
}

@ObjectType({
  description:
    'Disputes-body cases about complaints (received in the period) and how often the body decided against the organisation. ' +
    'Rated: UPHELD, PARTIALLY_UPHELD, REJECTED or SETTLED (a settlement counts as a case the organisation did not lose); ' +
    'INADMISSIBLE and WITHDRAWN cases, and undecided ones, are not rated.',
})
export class DisputesFigures {
  @Field(() => Int, { description: 'Cases before a disputes body, decided or not.' })
  cases: number;

  @Field(() => Int, { description: 'Cases with a rated outcome (see the type).' })
  rated: number;

  @Field(() => Int, { description: 'Rated cases decided against the organisation: UPHELD or PARTIALLY_UPHELD.' })
  overturned: number;

  @Field(() => Float, { nullable: true, description: 'overturned / rated, 0 to 1; null when no case is rated.' })
  overturnRate: number | null;
}

@ObjectType({
  description: "The complaints about a promise's lineage (the same key in every version of its code).",
})
export class PromiseComplaintFigures {
  @Field(() => Int, { description: 'Received in the period.' })
  received: number;

  @Field(() => Int, {
    description: 'Not resolved yet (RECEIVED, ACKNOWLEDGED, IN_PROGRESS), whenever received.',
  })
  open: number;

  @Field(() => Int, {
    description: 'Of the open ones, those past their acknowledgement or resolution deadline.',
  })
  overdue: number;

  @Field(() => Int, {
    description: 'Received in the period and found justified: outcome UPHELD or PARTIALLY_UPHELD.',
  })
  upheld: number;

  @Field(() => Int, {
    description: 'Of the upheld ones, those PARTIALLY_UPHELD.',
  })
  partiallyUpheld: number;

  @Field(() => Int, {
    description: 'Decided in the period (resolved with outcome UPHELD, PARTIALLY_UPHELD or REJECTED), whenever received: the base of the upheld share.',
  })
  decided: number;

  @Field(() => Int, {
    description: 'Of those decided in the period, UPHELD or PARTIALLY_UPHELD.',
  })
  decidedUpheld: number;

  @Field(() => Int, {
    description: 'Of those decided in the period, the ones a disputes body overturned in favour of the complainant (counted as upheld by the status rule).',
  })
  overturned: number;

  @Field(() => OnTimeRate, {
    description: 'Acknowledgements of the complaints received in the period.',
  })
  acknowledgement: OnTimeRate;

  @Field(() => OnTimeRate, {
    description: 'Resolutions of the complaints received in the period.',
  })
  resolution: OnTimeRate;

  @Field(() => DisputesFigures, {
    description: 'The complaints received in the period that went to a disputes body: the overturn rate.',
  })
  disputes: DisputesFigures;
}

@ObjectType({
  description:
    'The timeliness of complaint handling a promise answers for: all complaints about the code for the complaint-handling promise ' +
    "the organisation names (promiseStatusPolicy.handlingPromiseKey), the promise's own complaints when it names none.",
})
export class PromiseHandlingFigures {
  @Field(() => Int, {
    description: 'Not resolved yet and past a deadline, whenever received.',
  })
  overdue: number;

  @Field(() => OnTimeRate, {
    description: 'Acknowledgements of the complaints received in the period.',
  })
  acknowledgement: OnTimeRate;

  @Field(() => OnTimeRate, {
    description: 'Resolutions of the complaints received in the period.',
  })
  resolution: OnTimeRate;
}

@ObjectType({
  description: "The corrective, preventive and improvement actions about a promise's lineage.",
})
export class PromiseActionFigures {
  @Field(() => Int, {
    description: 'Not closed: OPEN, IN_PROGRESS, DONE (awaiting the effectiveness check) or NOT_EFFECTIVE.',
  })
  open: number;

  @Field(() => Int, {
    description: "Pending (OPEN, IN_PROGRESS, NOT_EFFECTIVE) and due before today in the organisation's time zone.",
  })
  overdue: number;

  @Field(() => Int, {
    description: 'Checked and found not effective, not taken up again yet.',
  })
  notEffective: number;

  @Field(() => Int, {
    description: 'Verified effective on a day in the period.',
  })
  verifiedEffective: number;
}

@ObjectType()
export class KpiStatusCount {
  @Field(() => KpiStatus)
  status: KpiStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PromiseStatusCount {
  @Field(() => PromiseStatus)
  status: PromiseStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'One promise of the version in force: the evidence, and whether it is kept.',
})
export class PromiseStatusReport {
  @Field(() => CodePromise)
  promise: CodePromise;

  @Field(() => PromiseStatus)
  status: PromiseStatus;

  @Field(() => [String], {
    description: "Why the promise has this status, worst first. A KPI is named only to those who read KPIs (STAFF reads 'A KPI OFF_TRACK').",
  })
  reasons: string[];

  @Field(() => [Kpi], {
    description:
      'The active KPIs of the promise lineage, by name; each `status` is as of today. Empty for STAFF, who read the promise status without KPI details.',
  })
  @ReadableBy(PERMISSIONS.readManagement, [])
  kpis: Kpi[];

  @Field(() => [KpiStatusCount], {
    description: 'How many of those KPIs have each status (every status listed).',
  })
  kpiStatusCounts: KpiStatusCount[];

  @Field(() => PromiseComplaintFigures)
  complaints: PromiseComplaintFigures;

  @Field(() => PromiseHandlingFigures, {
    nullable: true,
    description:
      'The handling timeliness the status judged this promise on; null when the organisation names another promise as its complaint-handling promise.',
  })
  handling: PromiseHandlingFigures | null;

  @Field(() => PromiseActionFigures)
  correctiveActions: PromiseActionFigures;

  @Field(() => CustomerPerceivedFigures, {
    description:
      'How well customers say the promise was kept: satisfaction-survey answers about its lineage in the period; average and satisfied share only from the minimum sample (surveyPolicy.minimumResponses) on.',
  })
  customerPerceived: CustomerPerceivedFigures;
}

@ObjectType({
  description: 'Whether an organisation keeps the promises of a code: per promise of the version in force, and rolled up.',
})
export class CodeStatus {
  @Field(() => Code)
  code: Code;

  @Field(() => CodeVersion, {
    nullable: true,
    description: 'The version in force; null when none is published (the status is then NO_DATA).',
  })
  codeVersion: CodeVersion | null;

  @Field(() => Period, {
    description: 'The period complaints and effectiveness checks are counted over; KPI statuses and open items are as of now.',
  })
  period: Period;

  @Field(() => PromiseStatus, {
    description: 'The worst status of the promises: BROKEN, then AT_RISK, then NO_DATA; KEPT only when every promise is kept.',
  })
  status: PromiseStatus;

  @Field(() => [PromiseStatusCount], {
    description: 'How many promises have each status (every status listed).',
  })
  statusCounts: PromiseStatusCount[];

  @Field(() => [PromiseStatusReport], {
    description: 'The promises in the order of the version.',
  })
  @Extensions({ listSize: MAX_PROMISES_PER_VERSION })
  promises: PromiseStatusReport[];
}
