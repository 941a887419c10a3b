import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator for this example (run from the repository root: `npm run codegen:example`).
 * Paths are relative to this folder; in your app, point `schema` at your copy of schema/schema.graphql.
 */
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    './src/gql/': {
      preset: 'client',
      // Plain result types; switch masking on if your components each own a fragment.
      presetConfig: { fragmentMasking: false },
      config: {
        // Fail on a scalar we have not mapped instead of typing it `any`.
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        // Enums as string unions ('RECEIVED' | …): what the JSON carries, no runtime objects.
        enumsAsTypes: true,
        useTypeImports: true,
        // Types of the operations, their inputs and enums only, not of every object in the schema.
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
