import { typed } from './graphql';
import type { Scalars } from './scalars';

/** Public: the codes an organisation has in force (no token). */
export const PublishedCodes = typed<
  {
    publishedCodes: Array<{
      key: string;
      title: string;
      organizationName: string;
      currentVersion: { version: number; publishedAt: Scalars['DateTime']; promises: Array<{ key: string; title: string; text: string }> };
    }> | null;
  },
  { organizationSlug: string }
>(`query PublishedCodes($organizationSlug: String!) {
  publishedCodes(organizationSlug: $organizationSlug) {
    key title organizationName
    currentVersion { version publishedAt promises { key title text } }
  }
}`);

/** Who the token belongs to. */
export const Me = typed<{ me: { id: string; roles: Role[]; organizationSlug: string } | null }>(`query Me {
  me { id roles organizationSlug }
}`);

export type Role = 'TOP_MANAGEMENT' | 'QUALITY_MANAGER' | 'COMPLAINT_OFFICER' | 'STAFF' | 'AUDITOR';
export type ComplaintStatus = 'RECEIVED' | 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'ESCALATED';

/** One page of complaints, filtered; pass `pageInfo.endCursor` as `after` for the next page. */
export const Complaints = typed<
  {
    complaints: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { id: string; reference: string; status: ComplaintStatus; receivedAt: Scalars['DateTime']; isOverdue: boolean } }>;
    } | null;
  },
  { first?: number; after?: string | null; status?: ComplaintStatus[]; overdue?: boolean }
>(`query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {
  complaints(first: $first, after: $after, status: $status, overdue: $overdue) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id reference status receivedAt isOverdue } }
  }
}`);

/** Public complaint form: send the same idempotency key when retrying, get the same reference back. */
export const SubmitComplaint = typed<
  { submitComplaint: { reference: string } },
  {
    organizationSlug: string;
    input: { subject: string; description: string; complainant: { name?: string; email?: string; phone?: string; customerReference?: string }; idempotencyKey?: string };
  }
>(`mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $organizationSlug, input: $input) { reference }
}`);

/** Edits a code; `expectedVersion` is the `version` you read (CONFLICT if someone changed it since). */
export const UpdateCode = typed<
  { updateCode: { id: string; title: string; version: number } },
  { id: string; input: { expectedVersion: number; title?: string; scope?: string } }
>(`mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {
  updateCode(id: $id, input: $input) { id title version }
}`);

/** Every document above, for the check against schema/schema.graphql. */
export const documents: Record<string, string> = { PublishedCodes, Me, Complaints, SubmitComplaint, UpdateCode };
