import { Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAX_PROMISES_PER_VERSION } from './code-promise.entity';
import type { Context } from '../../common/context';
import { PublishedCodeArgs, PublishedCodesArgs } from './code.dto';
import { PublicCodeService } from './public-code.service';
import { PublicCode, PublicCodeVersion, PublicPromise } from './public-code.types';

/** Token-less operations (listed in `src/auth/public-operations.ts`). */
@Resolver(() => PublicCode)
export class PublicCodeResolver {
  @Query(() => [PublicCode], { description: 'Public: the codes of an organisation that are in force, by key.' })
  publishedCodes(@Ctx() ctx: Context, @Args() args: PublishedCodesArgs): Promise<PublicCode[]> {
    return PublicCodeService.publishedCodes(ctx, args.organizationSlug, args.language);
  }

  @Query(() => PublicCode, { description: 'Public: the version in force of one code and its promises.' })
  publishedCode(@Ctx() ctx: Context, @Args() args: PublishedCodeArgs): Promise<PublicCode> {
    return PublicCodeService.publishedCode(ctx, args.organizationSlug, args.codeKey, args.language);
  }
}

@Resolver(() => PublicCodeVersion)
export class PublicCodeVersionResolver {
  @FieldResolver(() => [PublicPromise], { description: `The promises in their order (at most ${MAX_PROMISES_PER_VERSION}).` })
  @Extensions({ listSize: MAX_PROMISES_PER_VERSION })
  promises(@Root() version: PublicCodeVersion, @Ctx() ctx: Context): Promise<PublicPromise[]> {
    return PublicCodeService.promises(ctx, version);
  }
}
