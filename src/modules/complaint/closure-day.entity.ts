import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';

/**
 * A day the organisation is closed beyond weekends and public holidays (e.g. a bridge day): not a
 * working day for complaint deadlines. Affects complaints received after it is added; deadlines
 * already set never move.
 */
@ObjectType({ description: 'A day the organisation is closed: not a working day for complaint deadlines received from now on.' })
@Entity()
@Index(['organizationId', 'date'], { unique: true })
export class ClosureDay extends VersionedEntity {
  @Field(() => LocalDateResolver)
  @Column('date')
  date: string;

  @Field({ description: 'Why the organisation is closed, e.g. "Bridge day after Ascension".' })
  @Column('text')
  reason: string;
}
