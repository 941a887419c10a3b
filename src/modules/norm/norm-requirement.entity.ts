import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NormFramework } from './norm-framework.entity';

export enum NormRequirementKind {
  SECTION = 'SECTION',
  NORM_PART = 'NORM_PART',
  REQUIREMENT = 'REQUIREMENT',
  PRINCIPLE = 'PRINCIPLE',
}
registerEnumType(NormRequirementKind, {
  name: 'NormRequirementKind',
  description: 'The role of a node in a requirement tree.',
  valuesConfig: {
    SECTION: { description: 'A group of requirements: an ISO 10001 clause, an SRCM theme, a section of a procedure or scheme.' },
    NORM_PART: { description: 'An SRCM norm part with its objective; it carries the maturity self-assessment.' },
    REQUIREMENT: { description: 'A single requirement (always a leaf): the only kind of node promises are mapped to.' },
    PRINCIPLE: { description: "A guiding principle of the norm (the SRCM's four beginselen): it shapes every part and is not scored or covered itself." },
  },
});

/**
 * One node of a framework's requirement tree. Reference data shared by every organisation; `ref`
 * is unique over all frameworks (`SRCM-6.3.2`, `ISO10001-4.5`).
 */
@ObjectType({ description: 'A node of a requirement tree: a section, an SRCM norm part, or a requirement promises map to.' })
@Entity()
@Index(['frameworkId', 'parentId', 'position'])
@Check('chk_norm_requirement_kind', `"kind" IN ('SECTION','NORM_PART','REQUIREMENT','PRINCIPLE')`)
export class NormRequirement {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  frameworkId: string;

  @ManyToOne(() => NormFramework, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  framework?: NormFramework;

  @Index()
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => NormRequirement, { onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: NormRequirement | null;

  @Field({ description: 'Stable reference, unique over all frameworks, e.g. `SRCM-6.3.2`.' })
  @Column('text', { unique: true })
  ref: string;

  @Field(() => NormRequirementKind)
  @Column('text')
  kind: NormRequirementKind;

  @Field()
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'The objective or requirement text, as the source states it.' })
  @Column('text', { nullable: true })
  objective: string | null;

  @Field(() => Int, { description: 'Order among its siblings.' })
  @Column('int')
  position: number;
}
