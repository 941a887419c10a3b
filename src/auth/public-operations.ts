/**
 * Operations anyone may call without a token (DESIGN §4/§5). Every other query and mutation
 * carries `@Authorized(...)`; a test fails on any operation that is neither.
 */
export const PUBLIC_OPERATIONS: readonly string[] = [
  'Query.publishedCodes',
  'Query.publishedCode',
  'Mutation.submitComplaint',
  'Query.satisfactionSurvey',
  'Mutation.answerSatisfactionSurvey',
];
