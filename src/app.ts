import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { pinoHttp } from 'pino-http';
import proxyAddr from 'proxy-addr';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db/database';
import { createSchema } from './schema';
import { createContext, type Context } from './common/context';
import { createFormatError, databaseUnavailable, isExpectedError, limitErrors, logDatabaseUnavailable, logMaskedError } from './common/format-error';
import { createTokenVerifier } from './auth/tokens';
import { queryCostLimit } from './common/query-cost';
import { requestDeadline } from './common/request-deadline';
import { ErrorCode, UNAVAILABLE_RETRY_AFTER_SECONDS, UnauthenticatedError, type ServiceUnavailableError } from './common/errors';
import { IdentityResolver } from './auth/identity';
import { Metrics, metricsAccess } from './observability/metrics';
import { PublicRateLimits, addressKey } from './http/rate-limit';
import { corsMiddleware } from './http/cors';
import { graphqlIdeRoutes } from './http/graphql-ide';
import { attachRequestLog, redactedUrl, requestLogFields, requestLogPlugin } from './observability/request-log';
import { bodyRefusal, executeGraphqlPost, isPlainGraphqlPost, readJsonBody, sendJson } from './http/graphql-post';
import { publicPageRoutes, type RunOperation } from './http/public-pages/routes';
import { complaintAnalysisCsvRoute, configureMonitoringCache, monitoringResponses, observeMonitoringCache } from './modules/monitoring';
import { promiseTraceRoute } from './modules/trace';
import { srcmReportRoute } from './modules/norm';
import { configureSurveyLinks, redactSurveyToken, surveyPageRoutes } from './modules/survey';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Who a token names; `clearCache()` makes member changes visible at once. */
  identities: IdentityResolver;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Builds the HTTP server: GraphQL at /graphql, report downloads, health, readiness, metrics. Does not listen. */
export async function createApp(config: Config, database: Database, logger: Logger): Promise<App> {
  const schema = await createSchema();
  const verify = createTokenVerifier(config.auth);
  const metrics = new Metrics(database.dataSource);
  const identities = new IdentityResolver(database.dataSource, config.auth);
  const rateLimits = new PublicRateLimits(config.rateLimits, logger);
  await rateLimits.ready();
  configureSurveyLinks(config.publicBaseUrl);
  configureMonitoringCache(database.dataSource, config.monitoringCacheEntries);
  observeMonitoringCache(database.dataSource, (lookup) => metrics.monitoringCacheLookup(lookup));
  const app = express();
  // A GraphQL POST (nearly every API request) is served without Express (graphqlPost below); the rest by Express.
  const server = http.createServer((req, res) => (isPlainGraphqlPost(req) ? graphqlPost(req, res) : app(req, res)));
  app.disable('x-powered-by');
  // Every answer is marked no-store: an ETag (a SHA-1 of each body, which res.send computes) would never be used.
  app.set('etag', false);
  // X-Forwarded-For counts only from configured proxies: rate limits key on the client address.
  app.set('trust proxy', config.trustProxy);
  const trustProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  /** The client's address, as Express's `req.ip` gives it. */
  const addressOf = (req: IncomingMessage) => proxyAddr(req, trustProxy);

  const httpLog = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    quietReqLogger: true,
    customProps: requestLogFields,
    // The cause of a 5xx is logged once at error level where it was masked (logMaskedError).
    customLogLevel: (_req, res, err) => (err ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
    // A survey link's token is a credential: logged as /s/[token]; tracking secrets and GraphQL GET variables as [redacted].
    serializers: { req: (req) => ({ id: req.id, method: req.method, url: redactedUrl(redactSurveyToken(req.originalUrl ?? req.url)) }), res: (res) => ({ statusCode: res.statusCode }) },
  });
  app.use(httpLog);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    if (!database.ready) {
      res.status(503).json({ status: 'starting', database: database.kind });
      return;
    }
    try {
      await database.dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: database.kind });
    } catch (error) {
      req.log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', database: database.kind });
    }
  });
  app.get('/metrics', metricsAccess(config.metricsToken), async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  // Report a rejected query as a validation error the client sees as LIMIT_EXCEEDED.
  const reject = {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const reported = new GraphQLError(error.message.replace(/^Syntax Error: /, ''));
        limitErrors.add(reported);
        ctx?.reportError(reported);
      },
    ],
  };
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true, ...reject },
    maxAliases: { n: config.limits.maxAliases, ...reject },
    // graphql's own parser counts tokens (parseOptions below): armor's check re-threw syntax errors as 500.
    maxTokens: { enabled: false },
    // Cost is limited by queryCostLimit, which multiplies nested list sizes.
    costLimit: { enabled: false },
    maxDirectives: { n: 50, ...reject },
    // Suggestions are removed from every error message by formatError, in every environment.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(schema),
    includeStacktraceInErrorResponses: false,
    introspection: config.graphql.introspection,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // main.ts owns SIGTERM/SIGINT: it stops HTTP, then the database, then exits.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      queryCostLimit(config.limits.maxCost),
      requestDeadline(config.limits.requestTimeoutMs),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Our GraphiQL (src/http/graphql-ide.ts) replaces Apollo's landing page, which loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint, and Apollo's cache-control plugin would hook every field of
      // every response to find that out: responses are marked no-store below instead, as it did.
      ApolloServerPluginCacheControlDisabled(),
      metrics.plugin(),
      rateLimits.plugin(),
      requestLogPlugin(),
      // A dashboard asked again with nothing changed: its whole answer, made of kept answers (MONITORING_CACHE_ENTRIES).
      monitoringResponses(),
      {
        async requestDidStart() {
          return {
            // Execution is over: the request's connection is given back before the response is written.
            async willSendResponse({ contextValue, response }) {
              contextValue.connection?.end();
              // Answers hold the organisation's data: no cache keeps them.
              response.http.headers.set('cache-control', 'no-store');
            },
            async didEncounterErrors({ errors, contextValue, operationName, response }) {
              const log = contextValue?.log ?? logger;
              let unavailable: ServiceUnavailableError | undefined;
              for (const error of errors) {
                const lost = databaseUnavailable(error);
                // One outage line per request, however many fields it failed.
                if (lost && !unavailable) logDatabaseUnavailable(log, (unavailable = lost), { operationName, path: error.path });
                else if (!lost && !isExpectedError(error)) logMaskedError(log, error.originalError ?? error, { operationName, path: error.path });
              }
              // A read's error is only translated when formatted, too late for its HTTP status: set it here.
              if (unavailable) {
                const { status, headers } = unavailable.extensions.http as { status: number; headers: Map<string, string> };
                response.http.status = status;
                for (const [name, value] of headers) response.http.headers.set(name, value);
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  /**
   * A request's context before its token is read: no member yet. The request's one connection goes
   * back to the pool when its response is over (sent, failed or abandoned by the client), once no
   * statement runs on it; GraphQL gives it back earlier (below).
   */
  const requestContext = (req: IncomingMessage, res: ServerResponse | undefined = (req as express.Request).res): Context => {
    const ctx = createContext({
      requestId: String(req.id),
      log: req.log,
      user: null,
      clientAddress: addressOf(req),
      acceptLanguage: req.headers['accept-language'],
      dataSource: database.dataSource,
    });
    res?.once('close', () => ctx.connection.end());
    attachRequestLog(req, ctx);
    return ctx;
  };

  /** The request context of GraphQL and the report downloads: the member behind the bearer token, if any. */
  const contextOf = async (req: IncomingMessage, res?: ServerResponse): Promise<Context> => {
    const ctx = requestContext(req, res);
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
      // Lines logged from here on name the member and organisation: the logger's mixin reads them from the request's record.
      ctx.user = await identities.resolve(await verify(match[1]), ctx);
    }
    return ctx;
  };

  /** Until the database is connected and migrated, requests that need it get 503 at once. */
  const starting = (res: ServerResponse) =>
    sendJson(
      res,
      503,
      { errors: [{ message: 'The service is starting: its database is not reachable yet; retry shortly', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] },
      { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    );
  const untilReady: express.RequestHandler = (_req, res, next) => (database.ready ? next() : starting(res));

  /** A GraphQL request's context. Apollo masks a failed context creation without running didEncounterErrors: logged here. */
  const graphqlContext = (req: IncomingMessage, res: ServerResponse) =>
    contextOf(req, res).catch((error: unknown) => {
      const unavailable = databaseUnavailable(error);
      if (unavailable) {
        logDatabaseUnavailable(req.log, unavailable, { during: 'context creation' });
        throw unavailable;
      }
      if (!isExpectedError(error)) logMaskedError(req.log, error, { during: 'context creation' });
      throw error;
    });

  /** An error outside GraphQL (a body that cannot be read, a failure around Apollo): refused as the client's fault, or logged and answered 500. */
  const answerError = (error: unknown, req: IncomingMessage, res: ServerResponse) => {
    const refusal = bodyRefusal(error, config.limits.bodyLimit);
    if (!refusal) logMaskedError(req.log, error);
    const { status, message, code } = refusal ?? { status: 500, message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
    sendJson(res, status, { errors: [{ message, extensions: { code } }] });
  };

  const cors = corsMiddleware(config);
  app.use(['/graphql', '/reports'], cors);
  if (config.graphqlIde) app.use(graphqlIdeRoutes());
  app.use(
    '/graphql',
    untilReady,
    express.json({ limit: config.limits.bodyLimit, type: ['application/json', 'application/graphql-response+json'] }),
    expressMiddleware(apollo, { context: ({ req, res }) => graphqlContext(req, res) }),
  );

  /**
   * A GraphQL POST with a plain JSON body, on Node's own request and response: the steps Express
   * runs for it above (request log and id, CORS, readiness, the body within its limit, Apollo),
   * without Express's router, its request and response prototypes and `res.send`, which cost as
   * much CPU as reading one complaint (bench/README.md).
   */
  const graphqlPost = (req: IncomingMessage, res: ServerResponse) => {
    const serve = async () => {
      if (!database.ready) return starting(res);
      let body: unknown;
      try {
        body = await readJsonBody(req, config.limits.bodyLimit);
      } catch (error) {
        return answerError(error, req, res);
      }
      await executeGraphqlPost(apollo, req, res, body, () => graphqlContext(req, res));
    };
    httpLog(req, res);
    cors(req as express.Request, res as express.Response, () => {
      serve().catch((error: unknown) => {
        if (!res.headersSent) return answerError(error, req, res);
        logMaskedError(req.log, error);
        res.destroy();
      });
    });
  };
  app.get('/reports/complaint-analysis/:year.csv', untilReady, complaintAnalysisCsvRoute(contextOf));
  app.get('/reports/promise-trace/:codeId/:promiseKey.md', untilReady, promiseTraceRoute(contextOf));
  app.get('/reports/srcm/:year.md', untilReady, srcmReportRoute(contextOf));
  // The satisfaction survey pages (public, server-rendered): on the public budgets like the public operations.
  app.use(
    surveyPageRoutes({
      before: [untilReady],
      contextOf,
      charge: (kind, req) => rateLimits.charge(kind, addressKey(req.ip ?? 'unknown'), 1, new Map()),
    }),
  );

  /** A public page's GraphQL operation: no token, the request's address for the rate limits, the whole Apollo pipeline. */
  const runForPage: RunOperation = async (req, query, variables) => {
    const ctx = requestContext(req);
    const response = await apollo.executeOperation<Record<string, unknown>>({ query, variables }, { contextValue: ctx });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    return { data: result?.data, errors: result?.errors, status: response.http.status, retryAfter: response.http.headers.get('retry-after') };
  };
  app.use('/c', untilReady, publicPageRoutes(runForPage, { bodyLimit: config.limits.bodyLimit }));

  const bodyErrors: ErrorRequestHandler = (error, req, res, next) => (res.headersSent ? next(error) : answerError(error, req, res));
  app.use(bodyErrors);
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  return {
    server,
    apollo,
    metrics,
    identities,
    async stop() {
      await apollo.stop();
      await rateLimits.close();
    },
  };
}
