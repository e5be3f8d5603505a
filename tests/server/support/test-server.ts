import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app';
import type { Database } from '../../../src/server/db/database';

/** A dist/ folder with the files whose headers matter. */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lull-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lull</title>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("push", () => {});');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Lull"}');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

/** The server on 127.0.0.1 and a free port, accepting the local mock push service. */
export async function listeningServer(
  db: Database,
  publicKey: string,
  options: { now?: () => number; rateLimitPerMinute?: number } = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const distDir = fakeDist();
  const app = await buildServer({
    db,
    publicKey,
    distDir,
    extraPushHosts: ['127.0.0.1:*'],
    rateLimitPerMinute: options.rateLimitPerMinute ?? 10_000,
    now: options.now,
  });
  app.addHook('onClose', async () => rmSync(distDir, { recursive: true, force: true }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}
