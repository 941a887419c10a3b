import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TenantEntity } from '../../common/tenancy';
import { Code } from './code.entity';
import { User } from '../user';

export enum CodeVersionStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CodeVersionStatus, { name: 'CodeVersionStatus', description: 'Where a code version is in its lifecycle; only DRAFT is editable.' });

/**
 * One version of a code. The database guarantees at most one PUBLISHED version per code (partial
 * unique index), so "the version in force" is always well defined, and at most one version in
 * progress (DRAFT, IN_REVIEW or APPROVED), so two drafts never compete.
 */
@ObjectType({ description: 'One version of a code: its policy statement and promises.' })
@Entity()
@Index(['codeId', 'version'], { unique: true })
@Index('uq_code_version_published', ['codeId'], { unique: true, where: `"status" = 'PUBLISHED'` })
@Index('uq_code_version_in_progress', ['codeId'], { unique: true, where: `"status" IN ('DRAFT','IN_REVIEW','APPROVED')` })
@Index(['organizationId', 'nextReviewDue'], { where: `"status" = 'PUBLISHED'` })
@Check('chk_code_version_status', `"status" IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','SUPERSEDED','WITHDRAWN')`)
export class CodeVersion extends TenantEntity {
  @Index()
  @Column('uuid')
  codeId: string;

  @ManyToOne(() => Code, { onDelete: 'CASCADE' })
  @JoinColumn()
  code?: Code;

  @Field(() => Int, { description: '1, 2, 3, … per code.' })
  @Column('int')
  version: number;

  @Field(() => Int, { description: 'Optimistic-lock revision: send it back as `expectedVersion` with every change (the `version` field is the version number, not this).' })
  @VersionColumn()
  revision: number;

  @Field(() => CodeVersionStatus)
  @Column('text', { default: CodeVersionStatus.DRAFT })
  status: CodeVersionStatus;

  @Field({
    description:
      "BCP 47 tag of the language of the version's own texts (the code title, policy statement and promises): the organisation's default language when the version was started. Other languages are in `translations`.",
  })
  @Column('text', { default: 'nl' })
  language: string;

  @Field(() => String, { nullable: true, description: "Top management's code policy (required to approve)." })
  @Column('text', { nullable: true })
  policyStatement: string | null;

  @Field(() => String, { nullable: true, description: 'What changed compared with the previous version.' })
  @Column('text', { nullable: true })
  changeSummary: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for the team; never published.' })
  @Column('text', { nullable: true })
  internalNotes: string | null;

  @Field(() => String, { nullable: true, description: "Top management's comment when it last sent the version back to DRAFT." })
  @Column('text', { nullable: true })
  reviewComment: string | null;

  @Column('uuid', { nullable: true })
  approvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  approvedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  supersededAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why top management withdrew the version.' })
  @Column('text', { nullable: true })
  withdrawalReason: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the published version is due for review (default: 12 months after publication).' })
  @Column('date', { nullable: true })
  nextReviewDue: string | null;
}
