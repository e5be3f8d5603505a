import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { cacheControl } from '../../scripts/headers.mjs';

/**
 * Serves the built app from `distDir` as the README's static hosts do: hashed assets cached for
 * a year, the worker, page and manifest always revalidated, and every unknown path answered
 * with index.html (the app routes itself). Unknown /api/ paths get a JSON 404 instead.
 */
export async function staticFiles(app: FastifyInstance, distDir: string) {
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    setHeaders(reply, path) {
      const below = `/${relative(distDir, path).split(sep).join('/')}`;
      reply.header('Cache-Control', cacheControl(below));
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method))
      return reply.code(404).send({
        error: 'Not Found',
        message: `There is no ${request.method} ${path.slice(0, 100)}.`,
      });
    return reply.code(200).header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
