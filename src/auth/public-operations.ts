/**
 * Operations anyone may call without a token (DESIGN §4/§5). Every other query and mutation
 * carries `@Authorized(...)`; a test fails on any operation that is neither.
 */
export const PUBLIC_OPERATIONS: readonly string[] = [
  'Query.publishedCodes',
  'Query.publishedCode',
  'Mutation.submitComplaint',
  'Query.complaintStatus',
  'Query.satisfactionSurvey',
  'Mutation.answerSatisfactionSurvey',
];

/**
 * Public operations that spend the tracking budget (per client address and per complaint
 * reference) instead of the read budget: a secret cannot be guessed by repeating them.
 */
export const TRACKING_OPERATIONS: readonly string[] = ['Query.complaintStatus'];
