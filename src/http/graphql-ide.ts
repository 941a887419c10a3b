import express, { type Router } from 'express';
import { ruruHTML, type RuruClientConfig } from 'ruru/server';
import { serveStatic } from 'ruru/static';

/** Where the IDE's scripts, styles and workers are served from: this process, never a CDN. */
export const IDE_STATIC_PATH = '/graphql-ide/static/';

/** The IDE's first query: public, runs as is on the demo data; the comment says how to go further. */
export const IDE_DEFAULT_QUERY = `# Code-of-conduct service: GraphQL IDE (GraphiQL).
# Press Run (Ctrl+Enter). This query is public and needs no token.
# Docs: the book icon on the left; completion: Ctrl+Space.
#
# Everything else needs a bearer token. Get one for the demo organisation:
#   npm run token -- --org demo --roles QUALITY_MANAGER
# and put it in the Headers tab below:
#   { "authorization": "Bearer <token>" }
# then ask, for example: query Me { me { id roles organizationSlug } }

query PublishedCodes {
  publishedCodes(organizationSlug: "demo") {
    key
    title
    organizationName
    currentVersion {
      version
      publishedAt
    }
  }
}
`;

/**
 * GraphiQL (the ruru distribution) with its static bundle served by this app, so it works
 * offline: GET /graphql from a browser (Accept: text/html) opens it; GraphQL GET requests pass on.
 * Needs introspection for the docs explorer and completion.
 */
export function graphqlIdeRoutes(): Router {
  const html = ruruHTML({
    endpoint: '/graphql',
    staticPath: IDE_STATIC_PATH,
    // ruru types its options through graphiql's, which it bundles rather than installs: all-optional here.
    clientConfig: { defaultQuery: IDE_DEFAULT_QUERY, isHeadersEditorEnabled: true } as Partial<RuruClientConfig> as RuruClientConfig,
    htmlParts: { titleTag: '<title>Code-of-conduct service – GraphQL IDE</title>' },
  });
  const router = express.Router();
  router.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(html);
  });
  router.use(serveStatic(IDE_STATIC_PATH));
  return router;
}
