import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { PersonalData } from '../../common/personal-data';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { User } from '../user';

export enum ComplaintChannel {
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  WEB = 'WEB',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ComplaintChannel, { name: 'ComplaintChannel', description: 'How the complaint reached the organisation.' });

export enum ComplaintCategory {
  CONDUCT = 'CONDUCT',
  LEGAL = 'LEGAL',
  FINANCIAL = 'FINANCIAL',
  EXECUTION = 'EXECUTION',
}
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'What a complaint is about (complaints procedure); one complaint may fall in several categories.',
  valuesConfig: {
    CONDUCT: { description: 'Working method of, or treatment by, staff.' },
    LEGAL: { description: 'Legal aspects of the service.' },
    FINANCIAL: { description: 'Financial aspects of the service.' },
    EXECUTION: { description: 'Execution of the service in general.' },
  },
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description:
    'RECEIVED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → ESCALATED → CLOSED while a disputes body handles it (a complaint a body forwarded: RECEIVED → ESCALATED); CLOSED → IN_PROGRESS when reopened with a reason (reopenComplaint).',
});

export enum ComplaintOutcome {
  UPHELD = 'UPHELD',
  PARTIALLY_UPHELD = 'PARTIALLY_UPHELD',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  SETTLED = 'SETTLED',
  INADMISSIBLE = 'INADMISSIBLE',
}
registerEnumType(ComplaintOutcome, {
  name: 'ComplaintOutcome',
  description: 'Whether the complaint was found justified (by the organisation, or by a disputes body).',
  valuesConfig: {
    SETTLED: { description: 'Ended by a settlement between the complainant and the organisation (e.g. through mediation).' },
    INADMISSIBLE: { description: 'A disputes body declined to judge the complaint; never the organisation’s own decision.' },
  },
});

export enum ComplaintKind {
  COMPLAINT = 'COMPLAINT',
  DEBT_OBJECTION = 'DEBT_OBJECTION',
}
registerEnumType(ComplaintKind, {
  name: 'ComplaintKind',
  description: 'A complaint about how a debt is collected, or an objection to the debt itself (bezwaar), which the law treats apart.',
  valuesConfig: {
    COMPLAINT: { description: 'About how the organisation works: counts in every complaint figure.' },
    DEBT_OBJECTION: {
      description: 'An objection to the debt itself (amount, existence): handled with the same deadlines, never linked to promises, and counted in no complaint statistics.',
    },
  },
});

export enum ComplainantType {
  DEBTOR = 'DEBTOR',
  CLIENT = 'CLIENT',
  REPRESENTATIVE = 'REPRESENTATIVE',
  OTHER = 'OTHER',
}
registerEnumType(ComplainantType, {
  name: 'ComplainantType',
  description: 'Who complains (complaints procedure: debtors and clients, or any other interested party).',
  valuesConfig: {
    DEBTOR: { description: 'The person whose debt is collected.' },
    CLIENT: { description: 'The creditor who instructed the organisation.' },
    REPRESENTATIVE: { description: "Someone acting for the debtor (debt counsellor, lawyer, relative); see the mandate." },
    OTHER: { description: 'Any other interested party.' },
  },
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/** The external disputes committee's handling of an escalated complaint. */
@ObjectType({ description: 'The complaint before an external disputes committee.' })
export class ComplaintEscalation {
  @Field(() => String, { description: 'The committee, e.g. "Geschillencommissie" or "Finansklagenemnda".' })
  @Column('text', { nullable: true })
  body: string | null;

  @Field(() => Date, { description: 'When the complainant took the complaint to the committee.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @Field(() => ComplaintOutcome, { nullable: true, description: "The committee's finding, once decided." })
  @Column('text', { nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the decision binds the organisation (binding advice).' })
  @Column('boolean', { nullable: true })
  binding: boolean | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}

/**
 * A complaint and where it is in its handling. Deadlines are computed once, at receipt, from the
 * organisation's policy and calendar, and stored: changing the policy later never moves them.
 *
 * The complainant's name, email, phone and customer reference, and the description in their own
 * words, are personal data: never copied into audit events, and erased by anonymisation. The
 * subject is free text from the complainant too, so audit events never copy it either; it survives
 * anonymisation because lists and the annual analysis need a readable summary.
 */
@ObjectType({ description: 'A complaint, its handling and the promises it concerns.' })
@Entity()
@Index(['organizationId', 'reference'], { unique: true })
// Keyset pagination walks (organisation, sort column, id) in either direction; a filter that is
// an equality adds its column in front of the sort column.
@Index(['organizationId', 'receivedAt', 'id'])
@Index(['organizationId', 'resolutionDueAt', 'id'])
@Index(['organizationId', 'status', 'receivedAt', 'id'])
@Index(['organizationId', 'handlerId', 'receivedAt', 'id'])
// The search (ILIKE '%…%' on reference and subject): pg_trgm GIN indexes, created by the
// ComplaintSearch migration (TypeORM cannot declare an operator class; it leaves them alone).
@Index('idx_complaint_reference_trgm', { synchronize: false })
@Index('idx_complaint_subject_trgm', { synchronize: false })
@Check('chk_complaint_status', `"status" IN (${values(ComplaintStatus)})`)
@Check('chk_complaint_channel', `"channel" IN (${values(ComplaintChannel)})`)
@Check('chk_complaint_categories', `"categories" <@ ARRAY[${values(ComplaintCategory)}]::text[]`)
@Check('chk_complaint_outcome', `"outcome" IN (${values(ComplaintOutcome)})`)
@Check('chk_complaint_escalation_outcome', `"escalation_outcome" IN (${values(ComplaintOutcome)})`)
@Check('chk_complaint_satisfaction', `"satisfaction" BETWEEN 1 AND 5`)
@Check('chk_complaint_kind', `"kind" IN (${values(ComplaintKind)})`)
@Check('chk_complaint_complainant_type', `"complainant_type" IN (${values(ComplainantType)})`)
@Index(['organizationId', 'kind', 'receivedAt', 'id'])
@Index(['organizationId', 'registeredById', 'receivedAt', 'id'])
@Index(['organizationId', 'closedAt', 'id'])
// codeGaps reads only the complaints decided outside the code.
@Index('idx_complaint_outside_code', ['organizationId', 'receivedAt'], { where: '"outside_code_reason" IS NOT NULL' })
export class Complaint extends VersionedEntity {
  @Field({ description: 'Human-readable reference, K-<year of receipt>-<number>, gap-free per organisation and year.' })
  @Column('text')
  reference: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  receivedAt: Date;

  @Field(() => ComplaintChannel)
  @Column('text')
  channel: ComplaintChannel;

  @Field({
    description:
      "BCP 47 tag of the complainant's language: the first letter is written in it unless another is asked for (later ones in the last letter's). From the intake (the public form: as given, else negotiated from the browser's Accept-Language against the organisation's languages; staff: as given, else the organisation's default).",
  })
  @Column('text', { default: 'nl' })
  language: string;

  @Field({ description: 'Short summary. Kept when the complaint is anonymised, so keep it free of names and account details.' })
  @Column('text')
  @PersonalData()
  subject: string;

  @Field(() => String, {
    nullable: true,
    description: "The complaint in the complainant's words. Personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER, and null once the complaint is anonymised.",
  })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @Column('text', { nullable: true })
  @PersonalData()
  description: string | null;

  @Column('text', { nullable: true })
  @PersonalData()
  complainantName: string | null;

  @Column('text', { nullable: true })
  @PersonalData()
  complainantEmail: string | null;

  @Column('text', { nullable: true })
  @PersonalData()
  complainantPhone: string | null;

  @Column('text', { nullable: true })
  @PersonalData()
  customerReference: string | null;

  @Field(() => ComplaintKind, { description: 'A complaint, or an objection to the debt (counted in no complaint statistics).' })
  @Column('text', { default: ComplaintKind.COMPLAINT })
  kind: ComplaintKind;

  @Column('text', { nullable: true })
  complainantType: ComplainantType | null;

  /** A representative's mandate: whether one was shown, and its reference (personal data). */
  @Column('boolean', { nullable: true })
  complainantMandate: boolean | null;

  @Column('text', { nullable: true })
  @PersonalData()
  complainantMandateReference: string | null;

  @Column('text', { nullable: true })
  @PersonalData()
  complainantAddress: string | null;

  /** The member whose conduct the complaint concerns: informed of it, and never its handler. */
  @Column('uuid', { nullable: true })
  employeeConcernedId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  employeeConcerned?: User | null;

  @Field(() => Date, { nullable: true, description: 'When the employee concerned was informed of the complaint; null until then.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  employeeInformedAt: Date | null;

  @Field(() => [ComplaintCategory])
  @Column('text', { array: true, default: () => "'{}'" })
  categories: ComplaintCategory[];

  @Field(() => ComplaintStatus)
  @Column('text', { default: ComplaintStatus.RECEIVED })
  status: ComplaintStatus;

  @Column('uuid', { nullable: true })
  handlerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  handler?: User | null;

  /** Null for complaints submitted through the public form. */
  @Column('uuid', { nullable: true })
  registeredById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  registeredBy?: User | null;

  @Field({ description: 'End of the last day allowed for acknowledging receipt (set at receipt, never moved).' })
  @Column({ type: 'timestamptz', precision: 3 })
  acknowledgementDueAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the acknowledgement was on time; null until acknowledged.' })
  @Column('boolean', { nullable: true })
  acknowledgedOnTime: boolean | null;

  @Field({ description: 'End of the last day allowed for resolving the complaint (set at receipt, never moved).' })
  @Column({ type: 'timestamptz', precision: 3 })
  resolutionDueAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'The resolution deadline after extensions (without pauses); null until extended. Statistics keep resolutionDueAt.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  extendedResolutionDueAt: Date | null;

  /** The resolution deadline moved by extensions and paused working days; null while never moved (then resolutionDueAt). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  workingResolutionDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Since when handling is paused, waiting for the complainant; null when not paused.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pausedAt: Date | null;

  @Field(() => Int, { description: 'Working days the handling was paused so far (each moved the working deadline by one).' })
  @Column('int', { default: 0 })
  pausedWorkingDays: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the resolution was on time; null until resolved.' })
  @Column('boolean', { nullable: true })
  resolvedOnTime: boolean | null;

  @Field(() => String, { nullable: true, description: "The organisation's decision as communicated to the complainant." })
  @Column('text', { nullable: true })
  decision: string | null;

  @Field(() => ComplaintOutcome, { nullable: true })
  @Column('text', { nullable: true })
  outcome: ComplaintOutcome | null;

  @Column(() => ComplaintEscalation, { prefix: 'escalation' })
  escalation: ComplaintEscalation;

  @Field(() => String, {
    nullable: true,
    description: 'Why the complaint was decided without a promise: no promise of the code covers it (see codeGaps). Write it without names.',
  })
  @Column('text', { nullable: true })
  outsideCodeReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the complaint was last reopened after closing; null if never.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reopenedAt: Date | null;

  @Field(() => Int, { description: 'How often the complaint was reopened after closing (it still counts once in every figure).' })
  @Column('int', { default: 0 })
  reopenCount: number;

  @Field(() => Int, { nullable: true, description: "The complainant's satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied)." })
  @Column('int', { nullable: true })
  satisfaction: number | null;

  @Field(() => Date, { nullable: true, description: 'When personal data was erased; null while the complaint still holds it.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  anonymizedAt: Date | null;

  /**
   * SHA-256 (hex) of the secret the complainant tracks the complaint with (complaintStatus); null
   * until one is issued. Never exposed, and kept out of the audit trail like personal data (the
   * trail records only that it changed). It survives anonymisation: the complainant still sees the status.
   */
  @Column('text', { nullable: true })
  @PersonalData()
  trackingSecretHash: string | null;
}
