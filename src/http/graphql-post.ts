import type { IncomingMessage, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** What a request that fails before GraphQL runs is answered: status, message, `extensions.code`. */
export interface BodyRefusal {
  status: number;
  message: string;
  code: string;
}

/**
 * How a body that cannot be read is refused, for this path and Express's: over the limit 413,
 * not JSON 400, any other client fault 400; `undefined` for a fault of the server (500, logged).
 */
export function bodyRefusal(error: unknown, bodyLimit: string): BodyRefusal | undefined {
  const { type, status } = error as { type?: string; status?: number };
  if (type === 'entity.too.large') return { status: 413, message: `Request body exceeds ${bodyLimit}`, code: 'PAYLOAD_TOO_LARGE' };
  if (type === 'entity.parse.failed') return { status: 400, message: 'Request body is not valid JSON', code: 'BAD_REQUEST' };
  if (status && status < 500) return { status, message: 'Bad request', code: 'BAD_REQUEST' };
  return undefined;
}

/** Writes a JSON answer on Node's own response (an Express response is one too). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** `application/json` or `application/graphql-response+json`, in UTF-8 (or no charset): the bodies this path reads. */
const JSON_TYPE = /^application\/(?:graphql-response\+)?json\s*(?:;\s*charset\s*=\s*"?utf-?8"?\s*)?$/i;

/**
 * Whether `req` is a GraphQL POST this path serves: to `/graphql` exactly, a JSON body in UTF-8,
 * not compressed. Anything else (another path spelling, a compressed or differently encoded body)
 * is left to Express, which answers it as before.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'];
  const encoding = req.headers['content-encoding'];
  return typeof type === 'string' && JSON_TYPE.test(type) && (encoding === undefined || encoding.toLowerCase() === 'identity');
}

/**
 * Reads a JSON body within `limit`, as `express.json()` does in its strict mode: an empty body is
 * `{}`, and only an object or an array is accepted. Fails with the same error types
 * (`entity.too.large`, `entity.parse.failed`, …) for {@link bodyRefusal}.
 */
export async function readJsonBody(req: IncomingMessage, limit: string): Promise<unknown> {
  const text = await getRawBody(req, { length: req.headers['content-length'], limit, encoding: 'utf-8' });
  const start = /\S/.exec(text);
  if (!start) return {};
  if (start[0] !== '{' && start[0] !== '[') throw Object.assign(new SyntaxError('not an object or array'), { type: 'entity.parse.failed', status: 400 });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(error as Error, { type: 'entity.parse.failed', status: 400 });
  }
}

/**
 * Hands a parsed GraphQL POST to Apollo (`executeHTTPGraphQLRequest`, the API every Apollo
 * integration is built on) and writes its answer on Node's response, streamed when it is
 * incremental.
 */
export async function executeGraphqlPost<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  context: () => Promise<TContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const at = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: at < 0 ? '' : url.slice(at), body },
    context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
