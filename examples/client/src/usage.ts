import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { createClient, type Client, type Result } from './client';
import type { ComplaintStatus } from './gql/graphql';
import { Complaints, Me, PublishedCodes, SubmitComplaint, UpdateCode } from './operations';

/** Every complaint reference in the given statuses, page by page (keyset cursors; at most 100 a page). */
export async function allComplaintReferences(request: Client, status: ComplaintStatus[], pageSize = 100): Promise<string[]> {
  const references: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: Result<ResultOf<typeof Complaints>> = await request(Complaints, { first: pageSize, after, status });
    if (!data?.complaints) throw new Error(errors.map((e) => `${e.extensions.code}: ${e.message}`).join('; '));
    references.push(...data.complaints.edges.map((edge) => edge.node.reference));
    if (!data.complaints.pageInfo.hasNextPage) return references;
    after = data.complaints.pageInfo.endCursor ?? null;
  }
}

/** Renames a code; on CONFLICT reloads nothing itself but tells the caller to (optimistic locking). */
export async function renameCode(request: Client, id: string, readVersion: number, title: string): Promise<{ version: number } | 'CONFLICT'> {
  const { data, errors } = await request(UpdateCode, { id, input: { expectedVersion: readVersion, title } });
  if (errors.some((e) => e.extensions.code === 'CONFLICT')) return 'CONFLICT';
  if (!data) throw new Error(errors[0]?.message ?? 'no data');
  return { version: data.updateCode.version };
}

type ComplaintForm = VariablesOf<typeof SubmitComplaint>['input'];

/** Submits a complaint; a retry after a network failure with the same key cannot file it twice. */
export async function submitOnce(request: Client, organizationSlug: string, complaint: Omit<ComplaintForm, 'idempotencyKey'>, idempotencyKey: string): Promise<string> {
  const { data, errors } = await request(SubmitComplaint, { organizationSlug, input: { ...complaint, idempotencyKey } });
  if (!data) throw new Error(errors[0]?.message ?? 'no data');
  return data.submitComplaint.reference;
}

/** The public codes of an organisation and, when a token is given, who the caller is. */
export async function landing(url: string, organizationSlug: string, token?: string) {
  const request = createClient({ url, token: () => token });
  const [codes, me] = await Promise.all([request(PublishedCodes, { organizationSlug }), token ? request(Me) : null]);
  return { codes: codes.data?.publishedCodes ?? [], me: me?.data?.me ?? null };
}
