import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { User } from '../user';
import { Kpi } from '../kpi';
import { TrainingRequirement } from '../training';
import { Resource } from '../resource';
import { CommunicationPlan } from '../communication';
import { CorrectiveAction } from '../corrective-action';
import { NormRequirement } from './norm-requirement.entity';

/** What a piece of evidence is; promises are linked to requirements by their code version's mapping (`linkPromiseRequirements`). */
export enum EvidenceKind {
  KPI = 'KPI',
  TRAINING_REQUIREMENT = 'TRAINING_REQUIREMENT',
  RESOURCE = 'RESOURCE',
  COMMUNICATION_PLAN = 'COMMUNICATION_PLAN',
  CORRECTIVE_ACTION = 'CORRECTIVE_ACTION',
  DOCUMENT = 'DOCUMENT',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'What shows a requirement is met (besides the promises mapped to it), or that it does not apply.',
  valuesConfig: {
    KPI: { description: 'A KPI that measures it.' },
    TRAINING_REQUIREMENT: { description: 'A training requirement that makes staff competent for it.' },
    RESOURCE: { description: 'A resource (people, budget, tools) allocated to it.' },
    COMMUNICATION_PLAN: { description: 'A communication plan that makes it known.' },
    CORRECTIVE_ACTION: { description: 'A corrective, preventive or improvement action taken for it.' },
    DOCUMENT: { description: 'A document (policy, procedure, record) with title, location and version.' },
    NOT_APPLICABLE: { description: 'The requirement does not apply to the organisation: the reason and who decided.' },
  },
});

/** The kinds that point to a record of another module, with the column holding its id. */
export const RECORD_KINDS = {
  [EvidenceKind.KPI]: 'kpiId',
  [EvidenceKind.TRAINING_REQUIREMENT]: 'trainingRequirementId',
  [EvidenceKind.RESOURCE]: 'resourceId',
  [EvidenceKind.COMMUNICATION_PLAN]: 'communicationPlanId',
  [EvidenceKind.CORRECTIVE_ACTION]: 'correctiveActionId',
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

@ObjectType({ description: 'Where a document is and which version shows the requirement is met.' })
export class EvidenceDocument {
  @Field()
  title: string;

  @Field({ description: 'Where to find it: a URL, a file path or a binder.' })
  location: string;

  @Field({ description: 'The version referred to, as the document names it.' })
  version: string;
}

/**
 * Evidence for a requirement node, or its not-applicable decision. Evidence on a section or norm
 * part counts for every requirement in it; so does a not-applicable decision. The organisation's
 * own record (`organizationId`); the requirement is reference data.
 */
@ObjectType({ description: 'Evidence that a requirement node is met (a KPI, training, resource, plan, action or document), or that it does not apply.' })
@Entity()
@Index(['organizationId', 'requirementId'])
@Index('uq_requirement_not_applicable', ['organizationId', 'requirementId'], { unique: true, where: `"kind" = 'NOT_APPLICABLE'` })
@Check(
  'chk_requirement_evidence_kind',
  `"kind" IN ('KPI','TRAINING_REQUIREMENT','RESOURCE','COMMUNICATION_PLAN','CORRECTIVE_ACTION','DOCUMENT','NOT_APPLICABLE')`,
)
@Check(
  'chk_requirement_evidence_target',
  `(("kind" = 'KPI') = ("kpi_id" IS NOT NULL)) AND (("kind" = 'TRAINING_REQUIREMENT') = ("training_requirement_id" IS NOT NULL)) ` +
    `AND (("kind" = 'RESOURCE') = ("resource_id" IS NOT NULL)) AND (("kind" = 'COMMUNICATION_PLAN') = ("communication_plan_id" IS NOT NULL)) ` +
    `AND (("kind" = 'CORRECTIVE_ACTION') = ("corrective_action_id" IS NOT NULL)) ` +
    `AND (("kind" = 'DOCUMENT') = ("document_title" IS NOT NULL AND "document_location" IS NOT NULL AND "document_version" IS NOT NULL)) ` +
    `AND (("kind" = 'NOT_APPLICABLE') = ("reason" IS NOT NULL))`,
)
export class RequirementEvidence extends VersionedEntity {
  @Column('uuid')
  requirementId: string;

  @ManyToOne(() => NormRequirement, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  requirement?: NormRequirement;

  @Field(() => EvidenceKind)
  @Column('text')
  kind: EvidenceKind;

  @Index()
  @Column('uuid', { nullable: true })
  kpiId: string | null;

  @ManyToOne(() => Kpi, { onDelete: 'CASCADE' })
  @JoinColumn()
  kpi?: Kpi | null;

  @Index()
  @Column('uuid', { nullable: true })
  trainingRequirementId: string | null;

  @ManyToOne(() => TrainingRequirement, { onDelete: 'CASCADE' })
  @JoinColumn()
  trainingRequirement?: TrainingRequirement | null;

  @Index()
  @Column('uuid', { nullable: true })
  resourceId: string | null;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn()
  resource?: Resource | null;

  @Index()
  @Column('uuid', { nullable: true })
  communicationPlanId: string | null;

  @ManyToOne(() => CommunicationPlan, { onDelete: 'CASCADE' })
  @JoinColumn()
  communicationPlan?: CommunicationPlan | null;

  @Index()
  @Column('uuid', { nullable: true })
  correctiveActionId: string | null;

  @ManyToOne(() => CorrectiveAction, { onDelete: 'CASCADE' })
  @JoinColumn()
  correctiveAction?: CorrectiveAction | null;

  @Column('text', { nullable: true })
  documentTitle: string | null;

  @Column('text', { nullable: true })
  documentLocation: string | null;

  @Column('text', { nullable: true })
  documentVersion: string | null;

  @Field(() => String, { nullable: true, description: 'Why the requirement does not apply (NOT_APPLICABLE only).' })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'What this evidence shows, in a sentence.' })
  @Column('text', { nullable: true })
  note: string | null;

  /** Who recorded it; for NOT_APPLICABLE, who decided. */
  @Column('uuid', { nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedBy?: User | null;
}
