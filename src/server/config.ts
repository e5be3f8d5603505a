import { resolve } from 'node:path';
import type { VapidOverride } from './vapid';

/** Everything the server reads from its environment, read once at start. */
export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL; without it, PGlite under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  distDir: string;
  vapid: VapidOverride;
  /** Push service hosts accepted besides the known ones ("push.example.org", "*.example.org"). */
  extraPushHosts: string[];
  /** Requests per minute and address on the reminder API. */
  rateLimitPerMinute: number;
  /** Behind a reverse proxy: take the address from X-Forwarded-For (Fastify's `trustProxy`). */
  trustProxy: boolean | string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The configuration from `env` (process.env in production). */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.LULL_DATA_DIR || 'data'),
    distDir: resolve(env.LULL_DIST_DIR || 'dist'),
    vapid: {
      publicKey: env.VAPID_PUBLIC_KEY || undefined,
      privateKey: env.VAPID_PRIVATE_KEY || undefined,
      subject: env.VAPID_SUBJECT || undefined,
    },
    extraPushHosts: list(env.LULL_PUSH_HOSTS),
    rateLimitPerMinute: Number(env.LULL_RATE_LIMIT || 60),
    // "true", or the proxies' addresses ("127.0.0.1,10.0.0.0/8"): only they may name a client.
    trustProxy: env.LULL_TRUST_PROXY === 'true' ? true : env.LULL_TRUST_PROXY || false,
  };
}
