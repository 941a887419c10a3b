import { Field, Int, ObjectType } from 'type-graphql';

/**
 * What the public sees of a code: only the version in force and the customer-facing texts of its
 * promises. These types carry no ids, owners, internal notes or review data, and no drafts reach
 * them, so nothing internal can leak through a nested field.
 */
@ObjectType({ description: 'A promise of a published code, as customers read it.' })
export class PublicPromise {
  @Field({ description: 'Stable across versions, e.g. `P3`.' })
  key: string;

  @Field()
  title: string;

  @Field()
  text: string;

  @Field(() => Int, { description: 'Order within the code.' })
  position: number;
}

@ObjectType({ description: 'The version of a code in force.' })
export class PublicCodeVersion {
  /** Where the promises are read from (not exposed). */
  id: string;
  organizationId: string;
  /** The language its promises are served in (the code's `language`). */
  language: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: "Top management's code policy, in the language served." })
  policyStatement: string | null;

  @Field(() => String, { nullable: true, description: 'What changed compared with the previous version.' })
  changeSummary: string | null;

  @Field()
  publishedAt: Date;
}

@ObjectType({ description: 'A published customer-satisfaction code of conduct, readable without an account.' })
export class PublicCode {
  @Field({ description: 'Identifier in public URLs.' })
  key: string;

  @Field({ description: 'In the language served.' })
  title: string;

  @Field({ description: 'Whom and what the code covers (not translated).' })
  scope: string;

  @Field({ description: 'The organisation making the promises.' })
  organizationName: string;

  @Field({ description: 'IANA time zone of the organisation (e.g. Europe/Amsterdam), in which its days are counted: show dates and deadlines in it.' })
  timeZone: string;

  @Field({
    description:
      "BCP 47 tag of the language served (title, policy statement, promises): the `language` asked for when the code has it; else its primary language (nb-NO → nb; `no` is read as `nb`); else the best match of the request's Accept-Language header (by q-value); else the organisation's default language (the first of its languages the code has).",
  })
  language: string;

  @Field(() => [String], { description: "The languages the code in force can be read in, the organisation's default first." })
  availableLanguages: string[];

  @Field(() => PublicCodeVersion)
  currentVersion: PublicCodeVersion;
}
