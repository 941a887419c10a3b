import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { ExpectedVersionArg } from '../../common/tenancy';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { LetterTemplate } from './letter-template.entity';
import { CorrespondenceService } from './correspondence.service';
import {
  CreateLetterTemplateInput,
  LetterPlaceholderInfo,
  LetterPreview,
  LetterTemplatesArgs,
  PreviewLetterArgs,
  UpdateLetterTemplateInput,
} from './correspondence.dto';

@ObjectType()
export class LetterTemplateConnection extends Connection(LetterTemplate, 'LetterTemplate') {}

@Resolver(() => LetterTemplate)
export class CorrespondenceResolver {
  @Allowed('readManagement')
  @Query(() => LetterTemplateConnection, { description: "The organisation's letter templates, oldest first." })
  letterTemplates(@Ctx() ctx: Context, @Args() args: LetterTemplatesArgs): Promise<ConnectionResult<LetterTemplate>> {
    return CorrespondenceService.templates(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => [LetterPlaceholderInfo], { description: 'The placeholders letter templates may use, and which kinds of letter require each.' })
  letterPlaceholders(): LetterPlaceholderInfo[] {
    return CorrespondenceService.placeholders();
  }

  @Allowed('handleComplaints')
  @Query(() => LetterPreview, { description: 'A letter about a complaint as the template would generate it now, to check or edit before it is sent.' })
  previewLetter(@Ctx() ctx: Context, @Args() args: PreviewLetterArgs): Promise<LetterPreview> {
    return CorrespondenceService.preview(ctx, args);
  }

  @Allowed('manageLetterTemplates')
  @Mutation(() => LetterTemplate, { description: 'Adds the template of a kind of letter in a language (CONFLICT if there is one); unknown placeholders are refused.' })
  createLetterTemplate(@Ctx() ctx: Context, @Arg('input') input: CreateLetterTemplateInput): Promise<LetterTemplate> {
    return CorrespondenceService.createTemplate(ctx, input);
  }

  @Allowed('manageLetterTemplates')
  @Mutation(() => LetterTemplate, { description: 'Changes a template; letters sent from it keep their text.' })
  updateLetterTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateLetterTemplateInput): Promise<LetterTemplate> {
    return CorrespondenceService.updateTemplate(ctx, id, input);
  }

  @Allowed('manageLetterTemplates')
  @Mutation(() => LetterTemplate, { description: 'Deletes a template; letters sent from it keep their text.' })
  deleteLetterTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<LetterTemplate> {
    return CorrespondenceService.deleteTemplate(ctx, id, expectedVersion);
  }
}
