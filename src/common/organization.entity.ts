import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeadlineUnit {
  WORKING_DAYS = 'WORKING_DAYS',
  CALENDAR_DAYS = 'CALENDAR_DAYS',
}
registerEnumType(DeadlineUnit, { name: 'DeadlineUnit', description: 'How a complaint deadline counts days.' });

/** How fast complaints must be acknowledged and resolved (stored on each complaint at receipt). */
@ObjectType()
export class ComplaintPolicy {
  @Field(() => Int)
  @Column('int', { default: 4 })
  acknowledgeWithin: number;

  @Field(() => DeadlineUnit)
  @Column('text', { default: DeadlineUnit.WORKING_DAYS })
  acknowledgeUnit: DeadlineUnit;

  @Field(() => Int)
  @Column('int', { default: 14 })
  resolveWithin: number;

  @Field(() => DeadlineUnit)
  @Column('text', { default: DeadlineUnit.CALENDAR_DAYS })
  resolveUnit: DeadlineUnit;
}

/** When a row was created and last changed: every table has both. */
@ObjectType()
export abstract class Timestamped {
  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The tenant: everything else belongs to exactly one organisation. */
@ObjectType({ description: 'An organisation running customer-satisfaction codes (the tenant).' })
@Entity()
export class Organization extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable public identifier used in public URLs and tokens.' })
  @Column('text', { unique: true })
  slug: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'IANA time zone in which deadlines are counted.' })
  @Column('text', { default: 'Europe/Amsterdam' })
  timezone: string;

  @Field({ description: 'ISO 3166 country whose public holidays are not working days (NL, NO).' })
  @Column('text', { default: 'NL' })
  holidayCountry: string;

  @Field(() => ComplaintPolicy)
  @Column(() => ComplaintPolicy, { prefix: 'policy' })
  complaintPolicy: ComplaintPolicy;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
