import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IdempotencyKeyField } from '../../common/idempotency';
import { EvidenceKind } from './requirement-evidence.entity';

@InputType({ description: 'A document that shows a requirement is met.' })
export class EvidenceDocumentInput {
  @Field()
  @Length(1, 300)
  title: string;

  @Field({ description: 'A URL, a file path or a binder.' })
  @Length(1, 1000)
  location: string;

  @Field({ description: 'As the document names it, e.g. 2.1 or 2026-03.' })
  @Length(1, 50)
  version: string;
}

@InputType({ description: 'Evidence for a requirement node: a record of the organisation (targetId) or a document.' })
export class AddRequirementEvidenceInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID, { description: 'Any node: evidence on a section or norm part counts for every requirement in it.' })
  requirementId: string;

  @Field(() => EvidenceKind, { description: 'Not NOT_APPLICABLE (markRequirementNotApplicable).' })
  kind: EvidenceKind;

  @Field(() => ID, { nullable: true, description: 'The KPI, training requirement, resource, communication plan or corrective action; not for DOCUMENT.' })
  targetId?: string | null;

  @Field(() => EvidenceDocumentInput, { nullable: true, description: 'For DOCUMENT only.' })
  @IsOptional()
  @ValidateNested()
  document?: EvidenceDocumentInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A decision that a requirement node does not apply to the organisation.' })
export class MarkRequirementNotApplicableInput {
  @Field(() => ID)
  requirementId: string;

  @Field({ description: 'Why it does not apply, as an auditor should read it.' })
  @Length(10, 2000)
  reason: string;
}
