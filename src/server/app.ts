import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { securityHeaders } from '../../scripts/headers.mjs';
import type { Database } from './db/database';
import { knownPushHosts } from './push-endpoint';
import { pushRoutes } from './push-routes';
import { patternMessage } from './push-schemas';
import { staticFiles } from './static-files';

/** What one server process is built from. */
export interface ServerParts {
  db: Database;
  publicKey: string;
  distDir: string;
  extraPushHosts?: readonly string[];
  rateLimitPerMinute?: number;
  /** Whom to believe about a client's address (per-address rate limits behind a proxy). */
  trustProxy?: boolean | string;
  /** Request logs (method, route, status, time): never addresses, endpoints or keys. */
  log?: boolean;
  now?: () => number;
}

// A registration is well under 1 KB; anything near 8 KB is not one.
const BODY_LIMIT = 8 * 1024;

/** The Lull server: the app's files and the reminder API, on one Fastify instance. */
export async function buildServer(parts: ServerParts): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: parts.trustProxy ?? false,
    // Reject what the schema does not allow, rather than quietly dropping or converting it.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    logger: parts.log
      ? {
          serializers: {
            req: (request) => ({ method: request.method, route: request.routeOptions?.url }),
            res: (reply) => ({ statusCode: reply.statusCode }),
          },
        }
      : false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ code: error.code }, 'request failed');
    const [first] = error.validation ?? [];
    const message =
      status >= 500
        ? 'Something went wrong on the server.'
        : ((first && patternMessage(first.keyword, first.instancePath)) ?? error.message);
    return reply.code(status).send({ error: httpError(status), message });
  });
  await app.register(rateLimit, { global: false });
  await app.register(pushRoutes, {
    db: parts.db,
    publicKey: parts.publicKey,
    pushHosts: [...knownPushHosts, ...(parts.extraPushHosts ?? [])],
    rateLimitPerMinute: parts.rateLimitPerMinute ?? 60,
    now: parts.now,
  });
  await staticFiles(app, parts.distDir);
  return app;
}

const httpError = (status: number) =>
  ({
    400: 'Bad Request',
    404: 'Not Found',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
  })[status] ?? (status >= 500 ? 'Internal Server Error' : 'Request Error');
