import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from './db/database';
import { endpointProblem, isTimeZone, keyProblem } from './push-endpoint';
import {
  errorReply,
  registrationBody,
  secretHeaders,
  subscriptionParams,
  type RegistrationBody,
} from './push-schemas';
import {
  deleteSubscription,
  registerSubscription,
  updateSubscription,
  type SubscriptionInput,
} from './subscription-store';

/** What the reminder API needs: the database, the public key, the push hosts it accepts. */
export interface PushRouteOptions {
  db: Database;
  publicKey: string;
  pushHosts: readonly string[];
  rateLimitPerMinute: number;
  now?: () => number;
}

/** Checks the schema cannot say; the reason for the first problem, or null. */
function bodyProblem(body: RegistrationBody, pushHosts: readonly string[]): string | null {
  const { endpoint, keys } = body.subscription;
  return (
    endpointProblem(endpoint, pushHosts) ??
    keyProblem('p256dh', keys.p256dh) ??
    keyProblem('auth', keys.auth) ??
    (isTimeZone(body.timeZone) ? null : `timeZone "${body.timeZone}" is not an IANA time zone.`)
  );
}

const toInput = (body: RegistrationBody): SubscriptionInput => ({
  target: { endpoint: body.subscription.endpoint, ...body.subscription.keys },
  bedtimes: body.bedtimes,
  leadMinutes: body.leadMinutes,
  choice: body.reminders,
  timeZone: body.timeZone,
  language: body.language,
});

const secretOf = (authorization: string) => authorization.slice('Bearer '.length);

const unknownSubscription = (reply: FastifyReply) =>
  reply.code(404).send({
    error: 'Not Found',
    message: 'No subscription with this id and secret.',
  });

const badRequest = (reply: FastifyReply, message: string) =>
  reply.code(400).send({ error: 'Bad Request', message });

/** The reminder API under /api/push. Every route has a schema and a per-address rate limit. */
export async function pushRoutes(app: FastifyInstance, options: PushRouteOptions) {
  const { db, publicKey, pushHosts, now = Date.now } = options;
  const config = { rateLimit: { max: options.rateLimitPerMinute, timeWindow: 60_000 } };
  const errors = { 400: errorReply, 404: errorReply, 413: errorReply, 429: errorReply };
  type Id = { Params: { id: string }; Headers: { authorization: string } };

  app.get('/api/push/key', {
    config,
    schema: {
      response: { 200: { type: 'object', properties: { publicKey: { type: 'string' } } } },
    },
    handler: async () => ({ publicKey }),
  });

  app.post<{ Body: RegistrationBody }>('/api/push/subscriptions', {
    config,
    schema: { body: registrationBody, response: errors },
    handler: async (request, reply) => {
      const problem = bodyProblem(request.body, pushHosts);
      if (problem) return badRequest(reply, problem);
      const registration = await registerSubscription(db, toInput(request.body), now());
      return reply.code(201).send(registration);
    },
  });

  app.put<Id & { Body: RegistrationBody }>('/api/push/subscriptions/:id', {
    config,
    schema: {
      params: subscriptionParams,
      headers: secretHeaders,
      body: registrationBody,
      response: errors,
    },
    handler: async (request, reply) => {
      const problem = bodyProblem(request.body, pushHosts);
      if (problem) return badRequest(reply, problem);
      const { id } = request.params;
      const secret = secretOf(request.headers.authorization);
      const updated = await updateSubscription(db, id, secret, toInput(request.body), now());
      return updated ? reply.code(204).send() : unknownSubscription(reply);
    },
  });

  app.delete<Id>('/api/push/subscriptions/:id', {
    config,
    schema: { params: subscriptionParams, headers: secretHeaders, response: errors },
    handler: async (request, reply) => {
      const secret = secretOf(request.headers.authorization);
      const deleted = await deleteSubscription(db, request.params.id, secret);
      return deleted ? reply.code(204).send() : unknownSubscription(reply);
    },
  });
}
