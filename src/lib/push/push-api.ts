// Lull's own reminder API (docs-server.md), same origin only. Page-only: it uses fetch.
import type { Weekday } from '../schedule/schedule';

/** A push subscription as the server takes it (`PushSubscription.toJSON()`, trimmed). */
export interface PushTargetJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What the server plans reminders from: the body of a registration and of an update. */
export interface PushSchedule {
  bedtimes: Record<Weekday, string>;
  leadMinutes: number;
  reminders: { windDown: boolean; bedtime: boolean };
  timeZone: string;
  language: 'en';
}

/** What the server answers a registration with; the secret is kept only on this device. */
export interface PushRegistration {
  id: string;
  secret: string;
}

/** Whether Lull's server answers here: a static host has no reminder API. */
export type ServerKey =
  { kind: 'server'; publicKey: string } | { kind: 'none' } | { kind: 'unreachable' };

/** Why a call failed: no answer (offline, 429, 5xx), refused (4xx), or an unknown id (404). */
export type PushApiProblem = 'unreachable' | 'refused' | 'gone';

/** A failed call to the reminder API. */
export class PushApiError extends Error {
  constructor(readonly problem: PushApiProblem) {
    super(`Lull's reminder API: ${problem}`);
  }
}

/** The fetch the API goes through (tests pass a fake). */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

/** A VAPID public key: an uncompressed P-256 point, 65 bytes in base64url. */
export const isPublicKey = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{87}=?$/.test(value);

const isRegistration = (value: unknown): value is PushRegistration =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PushRegistration).id === 'string' &&
  /^[0-9a-f-]{36}$/i.test((value as PushRegistration).id) &&
  typeof (value as PushRegistration).secret === 'string' &&
  /^[A-Za-z0-9_-]{43}$/.test((value as PushRegistration).secret);

const json = async (response: Response): Promise<unknown> => {
  if (!/^application\/json\b/i.test(response.headers.get('content-type') ?? '')) return undefined;
  return response.json().catch(() => undefined);
};

async function call(fetcher: Fetcher, path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    // Same origin, no redirects: the secret goes only to the server that made it.
    response = await fetcher(path, { credentials: 'same-origin', redirect: 'error', ...init });
  } catch {
    throw new PushApiError('unreachable');
  }
  if (response.ok) return response;
  if (response.status === 404) throw new PushApiError('gone');
  throw new PushApiError(
    response.status === 429 || response.status >= 500 ? 'unreachable' : 'refused',
  );
}

/**
 * The server's VAPID key, or 'none' where no server answers: a static host replies 404, or
 * its index.html for every path. 'unreachable' when offline: ask again later.
 */
export async function fetchServerKey(fetcher: Fetcher): Promise<ServerKey> {
  try {
    const body = await json(await call(fetcher, '/api/push/key', { method: 'GET' }));
    const publicKey = (body as { publicKey?: unknown } | undefined)?.publicKey;
    return isPublicKey(publicKey) ? { kind: 'server', publicKey } : { kind: 'none' };
  } catch (error) {
    const problem = (error as PushApiError).problem;
    return problem === 'gone' || problem === 'refused' ? { kind: 'none' } : { kind: 'unreachable' };
  }
}

const bearer = (registration: PushRegistration) => `Bearer ${registration.secret}`;
const headers = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...extra,
});
type Body = PushSchedule & { subscription: PushTargetJson };

/** Registers this device's subscription and schedule; the id and secret to change it later. */
export async function registerPush(fetcher: Fetcher, body: Body): Promise<PushRegistration> {
  const response = await call(fetcher, '/api/push/subscriptions', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify(body),
  });
  const registration = await json(response);
  if (!isRegistration(registration)) throw new PushApiError('refused');
  return { id: registration.id, secret: registration.secret };
}

/** Replaces the schedule (and subscription) the server holds for this device. */
export async function updatePush(
  fetcher: Fetcher,
  registration: PushRegistration,
  body: Body,
): Promise<void> {
  await call(fetcher, `/api/push/subscriptions/${registration.id}`, {
    method: 'PUT',
    headers: headers({ authorization: bearer(registration) }),
    body: JSON.stringify(body),
  });
}

/** Deletes this device's record on the server; one already gone counts as deleted. */
export async function deletePush(fetcher: Fetcher, registration: PushRegistration): Promise<void> {
  try {
    await call(fetcher, `/api/push/subscriptions/${registration.id}`, {
      method: 'DELETE',
      headers: { authorization: bearer(registration) },
    });
  } catch (error) {
    if ((error as PushApiError).problem !== 'gone') throw error;
  }
}

/** True for a registration read back from storage, checked as the server would. */
export const validRegistration = isRegistration;
