import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the tests, generated from the committed schema
 * (`npm run codegen:test`; CI runs it with `--check`). A test writes
 * `graphql(\`query CodeStatus(…) { … }\`)` and gets the result and variables typed; a document
 * that does not match the schema fails generation. Requests that are wrong on purpose (parse
 * errors, unknown fields, wrongly typed variables) stay plain strings sent with `ApiClient.raw`.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are sent as strings: no parsing at run time, nothing to print.
        documentMode: 'string',
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        // Operation names are unique across all test files (a suite prefixes its own).
        dedupeFragments: true,
      },
    },
  },
  // Generated files are committed: keep them stable and formatted the same way every run.
  hooks: {},
  ignoreNoDocuments: false,
};

export default config;
