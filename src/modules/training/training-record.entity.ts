import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { User } from '../user';
import { TESTS, TrainingAssessment, TrainingResult } from './competence';
import { TrainingTopic } from './training-requirement.entity';

/** One training a person completed, or a test they sat: evidence for ISO 10001 and for authorisation. */
@ObjectType({ description: 'A training completed or a test taken by a member of the organisation.' })
@Entity()
@Index(['organizationId', 'personId', 'completedOn', 'id'])
@Index(['organizationId', 'completedOn', 'id'])
@Check('chk_training_record_topic', oneOf('topic', TrainingTopic))
@Check('chk_training_record_assessment', oneOf('assessment', TrainingAssessment))
@Check('chk_training_record_result', oneOf('result', TrainingResult))
@Check('chk_training_record_test_result', `NOT ("result" = '${TrainingResult.ATTENDED}' AND ${oneOf('assessment', TESTS)})`)
@Check('chk_training_record_validity', '"valid_until" >= "completed_on"')
@Check('chk_training_record_score', '"score" BETWEEN 0 AND 100')
export class TrainingRecord extends VersionedEntity {
  @Column('uuid')
  personId: string;

  @ManyToOne(() => User)
  @JoinColumn()
  person?: User;

  @Field(() => TrainingTopic)
  @Column('text')
  topic: TrainingTopic;

  @Field(() => TrainingAssessment)
  @Column('text')
  assessment: TrainingAssessment;

  @Field(() => LocalDateResolver)
  @Column('date')
  completedOn: string;

  @Field(() => TrainingResult)
  @Column('text')
  result: TrainingResult;

  @Field(() => Float, { nullable: true, description: 'Score in percent, when the assessment gives one.' })
  @Column('float8', { nullable: true })
  score: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last valid day stated on the certificate; without it the requirement's validity applies." })
  @Column('date', { nullable: true })
  validUntil: string | null;

  @Field(() => String, { nullable: true, description: 'Certificate number, document link or other proof.' })
  @Column('text', { nullable: true })
  evidence: string | null;
}
