import { Check, Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { Role } from '../../common/roles';
import { AuthorisationEligibility, CompetenceStatus, TrainingAssessment, TrainingResult } from './competence';

/** What a training is about (DESIGN §2: code of conduct, complaint handling, ethics, professional knowledge, …). */
export enum TrainingTopic {
  CODE_OF_CONDUCT = 'CODE_OF_CONDUCT',
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  ETHICS = 'ETHICS',
  PROFESSIONAL_KNOWLEDGE = 'PROFESSIONAL_KNOWLEDGE',
  COMMUNICATION = 'COMMUNICATION',
  DATA_PROTECTION = 'DATA_PROTECTION',
  OTHER = 'OTHER',
}

registerEnumType(TrainingTopic, { name: 'TrainingTopic' });
registerEnumType(TrainingAssessment, {
  name: 'TrainingAssessment',
  valuesConfig: {
    COURSE: { description: 'A course or instruction, attended or with an exam.' },
    KNOWLEDGE_TEST: { description: 'Professional knowledge test (FinAut kunnskapsprøve).' },
    ETHICS_TEST: { description: 'Ethics test, e.g. the FinAut digital dilemma simulation (etikkprøve).' },
    PRACTICAL_TEST: { description: 'Practical test of advice in practice (praktisk prøve).' },
    ANNUAL_UPDATE: { description: 'The yearly refresher an authorisation requires (årlig oppdatering).' },
  },
});
registerEnumType(TrainingResult, { name: 'TrainingResult', description: 'Tests are PASSED or FAILED; courses and annual updates may also be ATTENDED.' });
registerEnumType(AuthorisationEligibility, {
  name: 'AuthorisationEligibility',
  description: 'Whether a person may be put forward to FinAut, which grants and registers the authorisation.',
  valuesConfig: {
    ELIGIBLE: { description: "Every element of the scheme is current and enough relevant practice is documented." },
    NOT_ELIGIBLE: { description: 'Something is missing or expired: see missingItems.' },
  },
});
registerEnumType(CompetenceStatus, {
  name: 'CompetenceStatus',
  valuesConfig: {
    VALID: { description: 'A record counts and stays valid beyond the expiry window.' },
    EXPIRING: { description: 'Still valid, but its last valid day is today or within the expiry window.' },
    EXPIRED: { description: 'The best record lapsed before today.' },
    MISSING: { description: 'No record counts (none, or only failed attempts).' },
  },
});

/**
 * A training the organisation requires of the people holding certain roles (everyone when no
 * roles are named), proven by records of this topic and assessment, valid for `validityMonths`
 * (for ever when null).
 */
@ObjectType({ description: 'A training required of people in certain roles, and how long it stays valid.' })
@Entity()
@Index(['organizationId', 'topic', 'assessment'], { unique: true })
@Index(['organizationId', 'title', 'id'])
@Check('chk_training_requirement_topic', oneOf('topic', TrainingTopic))
@Check('chk_training_requirement_assessment', oneOf('assessment', TrainingAssessment))
@Check('chk_training_requirement_validity', '"validity_months" > 0')
export class TrainingRequirement extends VersionedEntity {
  @Field()
  @Column('text')
  title: string;

  @Field()
  @Column('text', { default: '' })
  description: string;

  @Field(() => TrainingTopic)
  @Column('text')
  topic: TrainingTopic;

  @Field(() => TrainingAssessment)
  @Column('text')
  assessment: TrainingAssessment;

  @Field(() => [Role], { description: 'Who must have it; empty means everyone.' })
  @Column('text', { array: true, default: () => "'{}'" })
  roles: Role[];

  @Field(() => Int, { nullable: true, description: 'Months a record stays valid after completion (12 for an annual update); null: it does not expire.' })
  @Column('int', { nullable: true })
  validityMonths: number | null;

  @Field({
    description:
      'An element of the FinAut authorisation (a knowledge, ethics or practical test, or the yearly update): authorisationStatus asks for a record of this topic and assessment.',
  })
  @Column('boolean', { default: false })
  authorisation: boolean;

  @Field(() => String, { nullable: true, description: "What the test or update covers, e.g. 'Fagområde inkasso', 'Etikk og God skikk', 'Fagplan 2026'." })
  @Column('text', { nullable: true })
  subject: string | null;
}
