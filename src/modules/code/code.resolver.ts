import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { ExpectedVersionArg, scoped } from '../../common/tenancy';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { User, UserService } from '../user';
import { Code } from './code.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import { CodePromise, MAX_PROMISES_PER_VERSION } from './code-promise.entity';
import { CodeService } from './code.service';
import { CodeVersionService } from './code-version.service';
import { CodePromiseService } from './code-promise.service';
import { allowedTransitions } from './code-version.lifecycle';
import { CodeTranslationService, VersionTexts } from './code-translation.service';
import {
  ApproveCodeVersionInput,
  CodesArgs,
  CodesDueForReviewArgs,
  CreateCodeInput,
  CreateCodePromiseInput,
  PublishCodeVersionInput,
  ReturnCodeVersionInput,
  ScheduleCodeReviewInput,
  TranslateCodeVersionInput,
  UpdateCodeInput,
  UpdateCodePromiseInput,
  UpdateCodeVersionInput,
  WithdrawCodeVersionInput,
} from './code.dto';

@ObjectType()
export class CodeConnection extends Connection(Code, 'Code') {}

@ObjectType()
export class CodeVersionConnection extends Connection(CodeVersion, 'CodeVersion') {}

@Resolver(() => Code)
export class CodeResolver {
  @Allowed('readCodes')
  @Query(() => CodeConnection, { description: "The organisation's codes, by key." })
  codes(@Ctx() ctx: Context, @Args() args: CodesArgs): Promise<ConnectionResult<Code>> {
    return CodeService.list(ctx, args);
  }

  @Allowed('readCodes')
  @Query(() => Code)
  code(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Code> {
    return scoped(ctx, Code).get(id);
  }

  @Allowed('draftCodes')
  @Mutation(() => Code, { description: 'Creates a code with version 1 as a DRAFT.' })
  createCode(@Ctx() ctx: Context, @Arg('input') input: CreateCodeInput): Promise<Code> {
    return CodeService.create(ctx, input);
  }

  @Allowed('draftCodes')
  @Mutation(() => Code, { description: 'Changes title, scope or owner; the key never changes.' })
  updateCode(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCodeInput): Promise<Code> {
    return CodeService.update(ctx, id, input);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member responsible for the code.' })
  owner(@Root() code: Code, @Ctx() ctx: Context): Promise<User | null> | null {
    return code.ownerId ? UserService.loader(ctx).load(code.ownerId) : null;
  }

  @FieldResolver(() => CodeVersionConnection, { description: 'Every version, newest first.' })
  versions(@Root() code: Code, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<CodeVersion>> {
    return CodeService.versions(ctx, code, args);
  }

  @FieldResolver(() => CodeVersion, { nullable: true, description: 'The version published and in force, or null.' })
  currentVersion(@Root() code: Code, @Ctx() ctx: Context): Promise<CodeVersion | null> {
    return ctx.loaders.code.inForce.load(code.id);
  }
}

@Resolver(() => CodeVersion)
export class CodeVersionResolver {
  @Allowed('readCodes')
  @Query(() => CodeVersion)
  codeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CodeVersion> {
    return scoped(ctx, CodeVersion).get(id);
  }

  @Allowed('readCodes')
  @Query(() => [CodeVersion], { description: 'Versions in force whose review is due within `within` days (overdue ones included), soonest first.' })
  codesDueForReview(@Ctx() ctx: Context, @Args() args: CodesDueForReviewArgs): Promise<CodeVersion[]> {
    return CodeVersionService.dueForReview(ctx, args.within);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodeVersion, { description: 'Starts the next version as a DRAFT copy of the version in force (or the latest), promises and requirement links included.' })
  createCodeDraft(@Ctx() ctx: Context, @Arg('codeId', () => ID) codeId: string): Promise<CodeVersion> {
    return CodeVersionService.createDraft(ctx, codeId);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodeVersion, { description: 'Changes a DRAFT version.' })
  updateCodeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCodeVersionInput): Promise<CodeVersion> {
    return CodeVersionService.update(ctx, id, input);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodeVersion, {
    description:
      "Writes a DRAFT version's customer-facing texts in one of the organisation's languages other than its own (code title, policy statement, promises by key). A version is approved only with its texts in every language of the organisation.",
  })
  translateCodeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: TranslateCodeVersionInput): Promise<CodeVersion> {
    return CodeTranslationService.translate(ctx, id, input);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodeVersion, { description: 'DRAFT → IN_REVIEW: submits the draft to top management.' })
  submitCodeVersion(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @ExpectedVersionArg('The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since.') expectedVersion: number,
  ): Promise<CodeVersion> {
    return CodeVersionService.submit(ctx, id, expectedVersion);
  }

  @Allowed('approveCodes')
  @Mutation(() => CodeVersion, { description: 'IN_REVIEW → APPROVED, with the code policy statement.' })
  approveCodeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ApproveCodeVersionInput): Promise<CodeVersion> {
    return CodeVersionService.approve(ctx, id, input);
  }

  @Allowed('approveCodes')
  @Mutation(() => CodeVersion, { description: 'IN_REVIEW or APPROVED → DRAFT, with a comment on what must change.' })
  returnCodeVersionToDraft(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ReturnCodeVersionInput): Promise<CodeVersion> {
    return CodeVersionService.returnToDraft(ctx, id, input);
  }

  @Allowed('approveCodes')
  @Mutation(() => CodeVersion, { description: 'APPROVED → PUBLISHED; the version in force becomes SUPERSEDED.' })
  publishCodeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: PublishCodeVersionInput): Promise<CodeVersion> {
    return CodeVersionService.publish(ctx, id, input);
  }

  @Allowed('approveCodes')
  @Mutation(() => CodeVersion, { description: 'Withdraws a version that is in progress or in force, with the reason.' })
  withdrawCodeVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: WithdrawCodeVersionInput): Promise<CodeVersion> {
    return CodeVersionService.withdraw(ctx, id, input);
  }

  @Allowed('scheduleCodeReviews')
  @Mutation(() => CodeVersion, { description: 'Sets when the version in force is due for review.' })
  scheduleCodeReview(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ScheduleCodeReviewInput): Promise<CodeVersion> {
    return CodeVersionService.scheduleReview(ctx, id, input);
  }

  @FieldResolver(() => Code)
  async code(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<Code> {
    return (await CodeService.loader(ctx).load(version.codeId))!;
  }

  @FieldResolver(() => [CodePromise], { description: `The promises in their order (at most ${MAX_PROMISES_PER_VERSION}).` })
  @Extensions({ listSize: MAX_PROMISES_PER_VERSION })
  promises(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<CodePromise[]> {
    return ctx.loaders.code.promisesOfVersion(version.organizationId).load(version.id);
  }

  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<User | null> | null {
    return version.approvedById ? UserService.loader(ctx).load(version.approvedById) : null;
  }

  @FieldResolver(() => [VersionTexts], { description: "The version's texts in languages other than its own `language`, by language." })
  translations(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<VersionTexts[]> {
    return CodeTranslationService.translations(ctx, version);
  }

  @FieldResolver(() => [String], {
    description: "The organisation's languages in which the version's texts (code title, policy statement, every promise) are not complete yet; approval needs none.",
  })
  missingLanguages(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<string[]> {
    return CodeTranslationService.missingLanguages(ctx, version);
  }

  @FieldResolver(() => [String], {
    description:
      "The organisation's languages whose translation was written before the version's own texts last changed (the code title, the policy statement, a promise's title or text): translate them again (translateCodeVersion); approval needs none.",
  })
  staleLanguages(@Root() version: CodeVersion, @Ctx() ctx: Context): Promise<string[]> {
    return CodeTranslationService.staleLanguages(ctx, version);
  }

  @FieldResolver(() => [CodeVersionStatus], { description: 'States this version may move to next.' })
  allowedTransitions(@Root() version: CodeVersion): readonly CodeVersionStatus[] {
    return allowedTransitions(version.status);
  }
}

@Resolver(() => CodePromise)
export class CodePromiseResolver {
  @Allowed('draftCodes')
  @Mutation(() => CodePromise, { description: 'Adds a promise to a DRAFT version.' })
  createCodePromise(@Ctx() ctx: Context, @Arg('input') input: CreateCodePromiseInput): Promise<CodePromise> {
    return CodePromiseService.create(ctx, input);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodePromise, { description: 'Changes a promise of a DRAFT version.' })
  updateCodePromise(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCodePromiseInput): Promise<CodePromise> {
    return CodePromiseService.update(ctx, id, input);
  }

  @Allowed('draftCodes')
  @Mutation(() => ID, { description: 'Removes a promise (and its requirement links) from a DRAFT version; returns its id.' })
  deleteCodePromise(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg('The promise\'s `version` you read; CONFLICT when it changed since.') expectedVersion: number): Promise<string> {
    return CodePromiseService.delete(ctx, id, expectedVersion);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member responsible for keeping the promise.' })
  owner(@Root() promise: CodePromise, @Ctx() ctx: Context): Promise<User | null> | null {
    return promise.ownerId ? UserService.loader(ctx).load(promise.ownerId) : null;
  }

  @FieldResolver(() => CodeVersion)
  async codeVersion(@Root() promise: CodePromise, @Ctx() ctx: Context): Promise<CodeVersion> {
    return (await CodeVersionService.loader(ctx).load(promise.codeVersionId))!;
  }
}
