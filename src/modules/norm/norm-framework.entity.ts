import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A requirement catalogue promises are mapped to (ISO 10001, the SRCM norm, a complaints procedure,
 * the FinAut authorisation scheme). Reference data shared by every organisation: seeded with fixed
 * ids, never changed through the API.
 */
@ObjectType({ description: 'A requirement catalogue (norm, standard or scheme) that promises are mapped to. Shared by all organisations.' })
@Entity()
export class NormFramework {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Stable identifier, e.g. `SRCM` or `ISO10001`.' })
  @Column('text', { unique: true })
  key: string;

  @Field()
  @Column('text')
  title: string;

  @Field({ description: 'What the catalogue is and where its texts come from.' })
  @Column('text')
  description: string;

  @Field({ description: 'Language of the requirement texts (ISO 639-1), e.g. `nl` or `no`.' })
  @Column('text')
  language: string;

  @Field(() => Int, { description: 'Display order among frameworks.' })
  @Column('int')
  position: number;
}
