import { graphql, isInputObjectType, getNamedType, type GraphQLSchema } from 'graphql';
import { Arg, Args, ArgsType, Field, Float, ID, InputType, Int, Query, Resolver, buildSchema } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { getMetadataStorage as getValidationStorage } from 'class-validator';
import { getMetadataStorage } from 'type-graphql';
import { InputSafety, MAX_FLOAT, validateNestedInputs } from '../../src/common/input-safety';
import { createSchema } from '../../src/schema';
import { BadUserInputError } from '../../src/common/errors';

@InputType()
class PolicyInput {
  @Field(() => Int)
  @Min(1)
  @Max(90)
  days: number;
}

@InputType()
class SampleInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => Float, { nullable: true })
  amount?: number;

  // No @ValidateNested(): the layer must make PolicyInput's rules apply anyway.
  @Field(() => PolicyInput, { nullable: true })
  policy?: PolicyInput;

  @Field(() => [PolicyInput], { nullable: true })
  policies?: PolicyInput[];
}

@ArgsType()
class SampleArgs {
  @Field(() => ID, { nullable: true })
  ownerId?: string;
}

@Resolver()
class SampleResolver {
  @Query(() => String)
  echo(@Arg('input') input: SampleInput, @Args() args: SampleArgs): string {
    return JSON.stringify({ input, ...args });
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  validateNestedInputs();
  schema = await buildSchema({ resolvers: [SampleResolver], authChecker: () => true, globalMiddlewares: [InputSafety], validate: { forbidUnknownValues: false } });
});

const ECHO = `query E($input: SampleInput!, $ownerId: ID) { echo(input: $input, ownerId: $ownerId) }`;
const run = (input: Record<string, unknown>, ownerId?: string) => graphql({ schema, source: ECHO, variableValues: { input, ownerId } });
const problems = async (input: Record<string, unknown>, ownerId?: string) => {
  const result = await run(input, ownerId);
  const error = result.errors?.[0]?.originalError;
  expect(error).toBeInstanceOf(BadUserInputError);
  return (error as BadUserInputError).extensions.fields as { field: string; message: string }[];
};

describe('input-safety layer', () => {
  it('trims every text once and lower-cases ids, before the resolver sees them', async () => {
    const id = 'A1B2C3D4-0000-4000-8000-00000000000A';
    const result = await run({ title: '  Title \n', note: '\tnote ', ids: [` ${id} `] }, id);
    expect(JSON.parse(result.data!.echo as string)).toEqual({ input: { title: 'Title', note: 'note', ids: [id.toLowerCase()] }, ownerId: id.toLowerCase() });
  });

  it('names every offending field at once, nested and in lists, with the argument as prefix', async () => {
    expect(await problems({ title: 'a\u0000b', note: '   ', ids: ['', 'x'], amount: 5e-324 }, 'nope')).toEqual([
      { field: 'ownerId', message: 'must be a UUID' },
      { field: 'input.title', message: 'must not contain NUL characters (U+0000)' },
      { field: 'input.note', message: 'must not be blank' },
      { field: 'input.ids[0]', message: 'must be a UUID' },
      { field: 'input.ids[1]', message: 'must be a UUID' },
      { field: 'input.amount', message: 'must be 0 or at least 0.000001 in magnitude' },
    ]);
  });

  it('bounds every Float, and takes 0 and the bounds themselves', async () => {
    expect(await problems({ title: 'T', amount: MAX_FLOAT * 10 })).toEqual([{ field: 'input.amount', message: `must be between -${MAX_FLOAT} and ${MAX_FLOAT}` }]);
    for (const amount of [0, -0.000001, MAX_FLOAT, -MAX_FLOAT]) expect((await run({ title: 'T', amount })).errors).toBeUndefined();
  });

  it('refuses text with a lone surrogate and text past the global length limit', async () => {
    expect(await problems({ title: 'x\udc00' })).toEqual([{ field: 'input.title', message: 'must be valid Unicode text' }]);
    expect((await problems({ title: 'x'.repeat(100_001) }))[0].field).toBe('input.title');
  });

  it("applies a nested input's class-validator rules although its property does not ask for it", async () => {
    const nested = await run({ title: 'T', policy: { days: 0 } });
    expect(nested.errors?.[0].originalError?.constructor.name).toBe('ArgumentValidationError');
    const inList = await run({ title: 'T', policies: [{ days: 5 }, { days: 91 }] });
    expect(inList.errors?.[0].originalError?.constructor.name).toBe('ArgumentValidationError');
    expect((await run({ title: 'T', policy: { days: 5 }, policies: [{ days: 90 }] })).errors).toBeUndefined();
  });
});

describe('input-safety coverage of the service schema', () => {
  it('validates every nested input object of every operation', async () => {
    const service = await createSchema();
    const storage = getMetadataStorage();
    const validation = getValidationStorage();
    const missing: string[] = [];
    for (const type of Object.values(service.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      const target = storage.inputTypes.find((t) => t.name === type.name)?.target;
      if (!target) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isInputObjectType(getNamedType(field.type))) continue;
        const nested = validation.getTargetValidationMetadatas(target, '', true, false).some((m) => m.propertyName === field.name && m.type === 'nestedValidation');
        if (!nested) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
