/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PublishedCodes($organizationSlug: String!) {\n    publishedCodes(organizationSlug: $organizationSlug) {\n      key\n      title\n      organizationName\n      currentVersion {\n        version\n        publishedAt\n        promises {\n          key\n          title\n          text\n        }\n      }\n    }\n  }\n": typeof types.PublishedCodesDocument,
    "\n  query Me {\n    me {\n      id\n      roles\n      organizationSlug\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {\n    complaints(first: $first, after: $after, status: $status, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          receivedAt\n          isOverdue\n        }\n      }\n    }\n  }\n": typeof types.ComplaintsDocument,
    "\n  mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {\n    submitComplaint(organizationSlug: $organizationSlug, input: $input) {\n      reference\n    }\n  }\n": typeof types.SubmitComplaintDocument,
    "\n  mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateCodeDocument,
};
const documents: Documents = {
    "\n  query PublishedCodes($organizationSlug: String!) {\n    publishedCodes(organizationSlug: $organizationSlug) {\n      key\n      title\n      organizationName\n      currentVersion {\n        version\n        publishedAt\n        promises {\n          key\n          title\n          text\n        }\n      }\n    }\n  }\n": types.PublishedCodesDocument,
    "\n  query Me {\n    me {\n      id\n      roles\n      organizationSlug\n    }\n  }\n": types.MeDocument,
    "\n  query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {\n    complaints(first: $first, after: $after, status: $status, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          receivedAt\n          isOverdue\n        }\n      }\n    }\n  }\n": types.ComplaintsDocument,
    "\n  mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {\n    submitComplaint(organizationSlug: $organizationSlug, input: $input) {\n      reference\n    }\n  }\n": types.SubmitComplaintDocument,
    "\n  mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateCodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedCodes($organizationSlug: String!) {\n    publishedCodes(organizationSlug: $organizationSlug) {\n      key\n      title\n      organizationName\n      currentVersion {\n        version\n        publishedAt\n        promises {\n          key\n          title\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedCodes($organizationSlug: String!) {\n    publishedCodes(organizationSlug: $organizationSlug) {\n      key\n      title\n      organizationName\n      currentVersion {\n        version\n        publishedAt\n        promises {\n          key\n          title\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      roles\n      organizationSlug\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      roles\n      organizationSlug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {\n    complaints(first: $first, after: $after, status: $status, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          receivedAt\n          isOverdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {\n    complaints(first: $first, after: $after, status: $status, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          receivedAt\n          isOverdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {\n    submitComplaint(organizationSlug: $organizationSlug, input: $input) {\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {\n    submitComplaint(organizationSlug: $organizationSlug, input: $input) {\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {\n    updateCode(id: $id, input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;