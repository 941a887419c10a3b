import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TenantEntity } from '../../common/tenancy';
import { User } from '../user';
import { NormRequirement } from './norm-requirement.entity';

/**
 * The organisation's own judgement of how mature it is on one SRCM norm part (levels 1–5, as the
 * SRCM scores them), with the evidence it rests on. Assessments are kept as a history; the latest
 * one counts.
 */
@ObjectType({ description: "The organisation's self-assessed maturity (1–5) on a norm part, with its evidence." })
@Entity()
@Index(['organizationId', 'requirementId', 'assessedOn'])
@Check('chk_maturity_assessment_level', '"level" BETWEEN 1 AND 5')
export class MaturityAssessment extends TenantEntity {
  @Column('uuid')
  requirementId: string;

  @ManyToOne(() => NormRequirement, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  requirement?: NormRequirement;

  @Field(() => Int, { description: 'Maturity level, 1 to 5 as the SRCM scores it.' })
  @Column('int')
  level: number;

  @Field({ description: 'What the level rests on: documents, measurements, audit findings.' })
  @Column('text')
  evidence: string;

  @Field(() => LocalDateResolver)
  @Column('date')
  assessedOn: string;

  @Column('uuid', { nullable: true })
  assessedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  assessedBy?: User | null;
}
