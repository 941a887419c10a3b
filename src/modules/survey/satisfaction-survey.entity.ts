import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { PersonalData } from '../../common/personal-data';
import { TenantEntity, VersionedEntity } from '../../common/tenancy';
import { Code } from '../code';
import { ComplainantType, Complaint } from '../complaint';

export enum SurveyOrigin {
  COMPLAINT = 'COMPLAINT',
  ON_DEMAND = 'ON_DEMAND',
}
registerEnumType(SurveyOrigin, {
  name: 'SurveyOrigin',
  valuesConfig: {
    COMPLAINT: { description: "Created when the complaint was resolved, for its complainant, about the promises it concerns." },
    ON_DEMAND: { description: 'Created by a quality manager for another customer or client (e.g. a sample of closed collection cases).' },
  },
});

export enum SurveyStatus {
  PENDING = 'PENDING',
  ANSWERED = 'ANSWERED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  valuesConfig: {
    PENDING: { description: 'Sent, not answered, link still valid.' },
    ANSWERED: { description: 'Answered (the link is used up).' },
    EXPIRED: { description: 'Not answered before the link expired.' },
  },
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/**
 * A satisfaction survey about the promises of a code (ISO 10001 asks that satisfaction with the
 * code be monitored, cf. ISO 10004): one link per respondent, single-use and expiring. The link's
 * token is shown once, in the answer of the mutation that created it; only its SHA-256 is kept.
 * When the service sends e-mail, a respondent with an e-mail address is mailed a link of their own
 * (its SHA-256 kept beside the first): either link answers the survey, once, until `expiresAt`.
 * The respondent's name, e-mail, case reference and comment are personal data, erased with the
 * complaint or by the retention run; the scores stay, anonymous.
 */
@ObjectType({ description: 'A satisfaction survey sent to one respondent about the promises of a code.' })
@Entity()
@Index(['tokenHash'], { unique: true })
@Index('idx_satisfaction_survey_invitation_token_hash', ['invitationTokenHash'], { unique: true, where: '"invitation_token_hash" IS NOT NULL' })
@Index(['complaintId'], { unique: true, where: '"complaint_id" IS NOT NULL' })
@Index(['organizationId', 'createdAt', 'id'])
@Index(['organizationId', 'answeredAt'])
@Check('chk_satisfaction_survey_origin', `"origin" IN (${values(SurveyOrigin)})`)
@Check('chk_satisfaction_survey_respondent_type', `"respondent_type" IN (${values(ComplainantType)})`)
@Check('chk_satisfaction_survey_overall', '"overall" BETWEEN 1 AND 5')
export class SatisfactionSurvey extends VersionedEntity {
  @Column('uuid')
  codeId: string;

  @ManyToOne(() => Code, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  code?: Code;

  @Column('uuid', { nullable: true })
  complaintId: string | null;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  complaint?: Complaint | null;

  /** SHA-256 (hex) of the link's token; the token itself is never stored. Kept out of the audit trail like personal data. */
  @PersonalData()
  @Column('text')
  tokenHash: string;

  /** SHA-256 (hex) of the token of the link e-mailed to the respondent (a new one per attempt), null until mailed. Kept out of the audit trail like tokenHash. */
  @PersonalData()
  @Column('text', { nullable: true })
  invitationTokenHash: string | null;

  @Field(() => SurveyOrigin)
  @Column('text')
  origin: SurveyOrigin;

  @Field(() => ComplainantType)
  @Column('text')
  respondentType: ComplainantType;

  @Field(() => String, { nullable: true, description: 'Personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER, and once erased.' })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @PersonalData()
  @Column('text', { nullable: true })
  respondentName: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data, like respondentName.' })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @PersonalData()
  @Column('text', { nullable: true })
  respondentEmail: string | null;

  @Field(() => String, { nullable: true, description: 'The case the respondent is asked about (e.g. a collection case number). Personal data, like respondentName.' })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @PersonalData()
  @Column('text', { nullable: true })
  caseReference: string | null;

  @Field({ description: "BCP 47 tag of the questions' language: one of the organisation's, negotiated from the complaint's or the respondent's when created." })
  @Column('text')
  language: string;

  @Field({ description: 'The link is valid until then.' })
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a link was e-mailed to the respondent. Null until then, and for good when no mail was due (no e-mail address, or SMTP_URL unset when the survey was created) or the survey was answered, expired or erased first.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied); null until answered.' })
  @Column('int', { nullable: true })
  overall: number | null;

  @Field(() => String, { nullable: true, description: "The respondent's comment. Personal data (free text), like respondentName." })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @PersonalData()
  @Column('text', { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true, description: "When the respondent's personal data and comment were erased (the scores stay)." })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  personalDataErasedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;
}

/** One question of a survey: a promise lineage (code and key), and once answered its score and the day (organisation's time zone). */
@ObjectType({ description: 'How well a promise was kept, in the respondent’s eyes.' })
@Entity()
@Index(['surveyId', 'codeId', 'promiseKey'], { unique: true })
@Index('idx_satisfaction_survey_answer_lineage_day', ['organizationId', 'codeId', 'answeredOn', 'promiseKey'])
@Check('chk_satisfaction_survey_answer_score', '"score" BETWEEN 1 AND 5')
export class SatisfactionSurveyAnswer extends TenantEntity {
  @Column('uuid')
  surveyId: string;

  @ManyToOne(() => SatisfactionSurvey, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  survey?: SatisfactionSurvey;

  @Column('uuid')
  codeId: string;

  @Field({ description: 'The promise asked about (its key, stable across versions).' })
  @Column('text')
  promiseKey: string;

  @Field(() => Int, { description: 'Order of the question.' })
  @Column('int')
  position: number;

  @Field(() => Int, { nullable: true, description: '1 (not at all) to 5 (completely); null until answered.' })
  @Column('int', { nullable: true })
  score: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it was answered, in the organisation's time zone." })
  @Column('date', { nullable: true })
  answeredOn: string | null;
}
