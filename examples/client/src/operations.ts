import { graphql } from './gql';

/** Public: the codes an organisation has in force (no token). */
export const PublishedCodes = graphql(`
  query PublishedCodes($organizationSlug: String!) {
    publishedCodes(organizationSlug: $organizationSlug) {
      key
      title
      organizationName
      currentVersion {
        version
        publishedAt
        promises {
          key
          title
          text
        }
      }
    }
  }
`);

/** Who the token belongs to. */
export const Me = graphql(`
  query Me {
    me {
      id
      roles
      organizationSlug
    }
  }
`);

/** One page of complaints, filtered; pass `pageInfo.endCursor` as `after` for the next page. */
export const Complaints = graphql(`
  query Complaints($first: Int! = 20, $after: String, $status: [ComplaintStatus!], $overdue: Boolean) {
    complaints(first: $first, after: $after, status: $status, overdue: $overdue) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          status
          receivedAt
          isOverdue
        }
      }
    }
  }
`);

/** Public complaint form: send the same idempotency key when retrying, get the same reference back. */
export const SubmitComplaint = graphql(`
  mutation SubmitComplaint($organizationSlug: String!, $input: SubmitComplaintInput!) {
    submitComplaint(organizationSlug: $organizationSlug, input: $input) {
      reference
    }
  }
`);

/** Edits a code; `expectedVersion` is the `version` you read (CONFLICT if someone changed it since). */
export const UpdateCode = graphql(`
  mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {
    updateCode(id: $id, input: $input) {
      id
      title
      version
    }
  }
`);
