import { Check, Column, Entity, Index } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { LetterKind } from './letter-rendering';

registerEnumType(LetterKind, {
  name: 'LetterKind',
  description: 'What a letter to the complainant is for (more kinds may follow).',
  valuesConfig: {
    ACKNOWLEDGEMENT: { description: 'Written confirmation of receipt, with the handling deadline.' },
    DECISION: { description: 'The decision on the complaint, with the route to the disputes body.' },
    EXTENSION: { description: 'The handling term extended: the new deadline and the reason, told to the complainant in writing.' },
  },
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/**
 * An organisation's template for one kind of letter in one language: plain text with
 * placeholders (`letter-rendering.ts`), checked when saved.
 */
@ObjectType({ description: "An organisation's letter template for one kind of letter in one language." })
@Entity()
@Index(['organizationId', 'kind', 'language'], { unique: true })
@Index(['organizationId', 'createdAt', 'id'])
@Check('chk_letter_template_kind', `"kind" IN (${values(LetterKind)})`)
export class LetterTemplate extends VersionedEntity {
  @Field(() => LetterKind)
  @Column('text')
  kind: LetterKind;

  @Field({ description: 'BCP 47 language tag, e.g. "nl", "en", "nb".' })
  @Column('text')
  language: string;

  @Field({ description: 'Subject line (may use placeholders).' })
  @Column('text')
  subject: string;

  @Field({ description: 'The letter text with placeholders like {{reference}}.' })
  @Column('text')
  body: string;
}
