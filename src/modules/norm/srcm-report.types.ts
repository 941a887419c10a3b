import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MaturityLevel } from './maturity-levels';

@ObjectType({ description: 'One SRCM norm part in the public report: its maturity level and whether it is met.' })
export class SrcmPublicPart {
  @Field()
  ref: string;

  @Field()
  theme: string;

  @Field()
  title: string;

  @Field(() => MaturityLevel, { nullable: true, description: 'The latest self-assessment in the year; null when none was made (the part then counts as not met).' })
  level: MaturityLevel | null;

  @Field(() => Int, { nullable: true, description: 'The level at the end of the year before.' })
  previousLevel: number | null;

  @Field({ description: 'Level 2 or higher: level 1 (or no assessment) means the part is not met.' })
  met: boolean;
}

@ObjectType({ description: 'The public part of the SRCM report: principles, and per norm part its level, as published.' })
export class SrcmPublicReport {
  @Field(() => [String], { description: 'The four SRCM principles (beginselen).' })
  principles: string[];

  @Field(() => Int)
  partsMet: number;

  @Field(() => Int)
  partsTotal: number;

  @Field(() => [SrcmPublicPart])
  parts: SrcmPublicPart[];
}

@ObjectType({ description: 'One SRCM norm part in the internal report: what the level rests on and what is planned.' })
export class SrcmInternalPart {
  @Field()
  ref: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true })
  level: number | null;

  @Field(() => Int, { nullable: true })
  previousLevel: number | null;

  @Field({ description: 'The level compared with the end of the year before: UP, DOWN, SAME, NEW (first assessment) or NONE.' })
  change: string;

  @Field(() => String, { nullable: true, description: 'What the latest self-assessment of the year rests on.' })
  assessmentEvidence: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  assessedOn: string | null;

  @Field(() => Int, { description: 'Requirements of the part (leaf nodes).' })
  requirementCount: number;

  @Field(() => Int, { description: 'Of those, covered by a promise of a code version in force or by evidence.' })
  coveredCount: number;

  @Field(() => [String], { description: 'Evidence recorded on the part, its requirements or its theme, as "KIND: title or note".' })
  evidence: string[];

  @Field(() => [String], { description: 'Open corrective, preventive and improvement actions on promises serving the part, as "KIND: title (due date)".' })
  plannedImprovements: string[];
}

@ObjectType({ description: "The organisation's yearly SRCM report: a public part (to publish) and an internal part (for the audit)." })
export class SrcmReport {
  @Field(() => Int)
  year: number;

  @Field(() => SrcmPublicReport)
  publicPart: SrcmPublicReport;

  @Field(() => [SrcmInternalPart])
  internalPart: SrcmInternalPart[];
}
