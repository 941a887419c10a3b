import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CodeVersionStatus } from '../code';
import { CorrectiveActionKind, CorrectiveActionStatus } from '../corrective-action';

@ObjectType({ description: 'One version of the promise: its text as that version of the code put it.' })
export class TraceVersion {
  @Field(() => Int, { description: 'The code version number.' })
  version: number;

  @Field(() => CodeVersionStatus)
  status: CodeVersionStatus;

  @Field()
  title: string;

  @Field()
  text: string;

  @Field({ description: 'Whether the title or text differ from the previous version that has this promise (true for the first).' })
  textChanged: boolean;

  @Field(() => String, { nullable: true, description: "The code version's change summary." })
  changeSummary: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  supersededAt: Date | null;
}

@ObjectType({ description: 'A measurement of a KPI for one period.' })
export class TraceMeasurement {
  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver)
  periodEnd: string;

  @Field(() => Float)
  value: number;
}

@ObjectType({ description: 'A KPI of the promise lineage (also archived ones) with every measurement, oldest first.' })
export class TraceKpi {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  threshold: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field(() => [TraceMeasurement])
  measurements: TraceMeasurement[];
}

@ObjectType({ description: 'The complaints about the promise lineage in one month (of receipt, or of decision for decided).' })
export class TraceComplaintMonth {
  @Field({ description: 'YYYY-MM, in the organisation’s time zone.' })
  month: string;

  @Field(() => Int, { description: 'Received in the month.' })
  received: number;

  @Field(() => Int, { description: 'Of those, UPHELD or PARTIALLY_UPHELD.' })
  upheld: number;

  @Field(() => Int, { description: 'Decided in the month (UPHELD, PARTIALLY_UPHELD or REJECTED).' })
  decided: number;

  @Field(() => Int, { description: 'Of those decided in the month, upheld.' })
  decidedUpheld: number;

  @Field(() => Int, { description: 'Of those decided in the month, overturned by a disputes body (counted as upheld by the promise status).' })
  overturned: number;
}

@ObjectType({ description: 'A corrective, preventive or improvement action about the promise lineage, with its effectiveness.' })
export class TraceAction {
  @Field(() => ID)
  id: string;

  @Field(() => CorrectiveActionKind)
  kind: CorrectiveActionKind;

  @Field()
  title: string;

  @Field(() => CorrectiveActionStatus)
  status: CorrectiveActionStatus;

  @Field(() => String, { nullable: true })
  rootCause: string | null;

  @Field()
  createdAt: Date;

  @Field(() => LocalDateResolver)
  dueOn: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => LocalDateResolver, { nullable: true })
  verifiedOn: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The effectiveness check: true effective, false not, null not checked.' })
  effective: boolean | null;

  @Field(() => String, { nullable: true })
  effectivenessNote: string | null;
}

@ObjectType({ description: 'A management review that names the promise: its decisions that name the promise key, and its preventive actions on the lineage.' })
export class TraceReview {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  year: number;

  @Field()
  status: string;

  @Field(() => Date, { nullable: true })
  signedAt: Date | null;

  @Field(() => [String], { description: 'The decisions that name the promise key (as a word, e.g. P3 but not P30).' })
  decisions: string[];

  @Field(() => [ID], { description: 'Preventive actions decided in the review on this promise lineage.' })
  preventiveActionIds: string[];
}

@ObjectType({ description: 'A norm requirement the promise lineage serves: by a promise link (in which versions) or by evidence on its KPIs and actions.' })
export class TraceEvidence {
  @Field()
  requirementRef: string;

  @Field()
  requirementTitle: string;

  @Field({ description: 'PROMISE for a link of the promise itself, else the evidence kind (KPI, CORRECTIVE_ACTION).' })
  via: string;

  @Field(() => [Int], { description: 'For PROMISE: the code versions whose promise is linked.' })
  versions: number[];
}

export enum TraceEventKind {
  VERSION_CREATED = 'VERSION_CREATED',
  VERSION_PUBLISHED = 'VERSION_PUBLISHED',
  KPI_CREATED = 'KPI_CREATED',
  ACTION_OPENED = 'ACTION_OPENED',
  ACTION_VERIFIED = 'ACTION_VERIFIED',
  REVIEW_SIGNED = 'REVIEW_SIGNED',
}
registerEnumType(TraceEventKind, { name: 'TraceEventKind', description: 'What happened to the promise, on its timeline.' });

@ObjectType({ description: 'One moment on the promise’s timeline.' })
export class TraceEvent {
  @Field({ description: 'When; a day is given as its start in UTC.' })
  at: Date;

  @Field(() => TraceEventKind)
  kind: TraceEventKind;

  @Field()
  summary: string;
}

@ObjectType({ description: 'Why a promise changed and whether it helped: its lineage (one key in every version of the code) in time order.' })
export class PromiseTrace {
  @Field(() => ID)
  codeId: string;

  @Field()
  codeKey: string;

  @Field()
  promiseKey: string;

  @Field({ description: 'Its title in the latest version.' })
  title: string;

  @Field(() => [TraceVersion], { description: 'Every version of the promise, oldest first.' })
  versions: TraceVersion[];

  @Field(() => [TraceKpi])
  kpis: TraceKpi[];

  @Field(() => [TraceComplaintMonth], { description: 'Months with complaints received or decided, oldest first.' })
  complaintMonths: TraceComplaintMonth[];

  @Field(() => [TraceAction], { description: 'Oldest first.' })
  actions: TraceAction[];

  @Field(() => [TraceReview], { description: 'Oldest first.' })
  reviews: TraceReview[];

  @Field(() => [TraceEvidence])
  evidence: TraceEvidence[];

  @Field(() => [TraceEvent], { description: 'Versions, KPIs, actions and reviews as one timeline, in time order.' })
  timeline: TraceEvent[];
}
