import { randomUUID } from 'node:crypto';
import { registration } from './registrations';

/** One bad request and what it is meant to show. */
export interface BadRequest {
  name: string;
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body: string;
}

const json = { 'content-type': 'application/json' };
const id = randomUUID();
const secret = { authorization: `Bearer ${'a'.repeat(43)}` };

// A copy of a valid body with one field changed (or removed, for undefined).
function withField(path: string[], value: unknown): unknown {
  const body = structuredClone(registration()) as unknown as Record<string, unknown>;
  let target = body;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[path.at(-1)!];
  else target[path.at(-1)!] = value;
  return body;
}

const p256 = (first: number, length = 65) => Buffer.alloc(length, first).toString('base64url');

// Every field, and values it must refuse.
const badValues: [string[], unknown[]][] = [
  [['subscription'], [undefined, null, 'x', 1, [], {}]],
  [
    ['subscription', 'endpoint'],
    [
      undefined,
      7,
      '',
      'not a url',
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://example.com/push/abc',
      'https://fcm.googleapis.com.evil.example/abc',
      'https://evilfcm.googleapis.com/abc',
      'https://push.services.mozilla.com/abc',
      'https://user:pw@fcm.googleapis.com/fcm/send/abc',
      'https://fcm.googleapis.com:8443/abc',
      'https://10.0.0.1/push',
      'https://[::1]/push',
      'https://localhost/push',
      'https://169.254.169.254/latest/meta-data',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://web.push.apple.com/x',
      'https://notify.windows.com/x',
      `https://fcm.googleapis.com/${'a'.repeat(2100)}`,
    ],
  ],
  [
    ['subscription', 'keys'],
    [undefined, null, 'keys', []],
  ],
  [
    ['subscription', 'keys', 'p256dh'],
    [
      undefined,
      1,
      '',
      'abc',
      p256(4, 64),
      p256(4, 66),
      p256(2),
      `${p256(4).slice(0, 86)}+`,
      `${p256(4).slice(0, 86)}/`,
    ],
  ],
  [
    ['subscription', 'keys', 'auth'],
    [
      undefined,
      1,
      '',
      'abc',
      Buffer.alloc(15).toString('base64url'),
      Buffer.alloc(17).toString('base64url'),
      '!'.repeat(22),
    ],
  ],
  [['subscription', 'extra'], ['x']],
  [['bedtimes'], [undefined, null, '23:00', [], {}]],
  [
    ['bedtimes', 'mon'],
    [undefined, '24:00', '7:00', '23:60', '2300', '23:00:00', ' 23:00', 2300, null],
  ],
  [
    ['bedtimes', 'sun'],
    [undefined, '', 'late'],
  ],
  [['bedtimes', 'holiday'], ['23:00']],
  [['leadMinutes'], [undefined, null, 9, 121, 45.5, '45', -45, 1e9, true]],
  [['reminders'], [undefined, null, true, []]],
  [
    ['reminders', 'windDown'],
    [undefined, 'yes', 1, null],
  ],
  [
    ['reminders', 'bedtime'],
    [undefined, 'no', 0],
  ],
  [['reminders', 'snooze'], [true]],
  [
    ['timeZone'],
    [
      undefined,
      null,
      '',
      'Mars/Olympus_Mons',
      'Europe/Nowhere',
      '../../etc/passwd',
      'UTC; DROP TABLE',
      'x'.repeat(65),
      5,
      'Europe Berlin',
    ],
  ],
  [['language'], [undefined, null, 'fr', 'zh', 'EN', 'zh-hans', 'ru-RU', '', 3]],
  [['extra'], [1, 'x', {}]],
];

/** 300 requests the API must refuse, each with a 4xx and a reason. */
export function malformedRequests(): BadRequest[] {
  const requests: BadRequest[] = [];
  const add = (
    name: string,
    method: BadRequest['method'],
    path: string,
    headers: Record<string, string>,
    body: string,
  ) => requests.push({ name, method, path, headers, body });
  for (const [path, values] of badValues)
    for (const value of values) {
      const body = JSON.stringify(withField(path, value));
      const name = `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`;
      add(`POST ${name}`, 'POST', '/api/push/subscriptions', json, body);
      add(`PUT ${name}`, 'PUT', `/api/push/subscriptions/${id}`, { ...json, ...secret }, body);
    }
  const valid = JSON.stringify(registration());
  const shapes: [string, Record<string, string>, string][] = [
    ['not JSON', json, '{"subscription":'],
    ['an array', json, '[]'],
    ['null', json, 'null'],
    ['a string', json, '"hello"'],
    ['empty', json, ''],
    ['text/plain', { 'content-type': 'text/plain' }, valid],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['9 KB', json, JSON.stringify({ ...registration(), padding: 'x'.repeat(9000) })],
    ['1 MB', json, 'x'.repeat(1 << 20)],
    ['deep nesting', json, '['.repeat(5000)],
  ];
  for (const [name, headers, body] of shapes)
    add(`POST ${name}`, 'POST', '/api/push/subscriptions', headers, body);
  for (const bad of ['not-a-uuid', '1', "1' OR '1'='1", '%00'])
    for (const method of ['PUT', 'DELETE'] as const)
      add(
        `${method} id ${bad}`,
        method,
        `/api/push/subscriptions/${encodeURIComponent(bad)}`,
        { ...json, ...secret },
        method === 'PUT' ? valid : '',
      );
  for (const auth of [
    undefined,
    '',
    'Bearer',
    'Bearer short',
    `Basic ${'a'.repeat(43)}`,
    `Bearer ${'a'.repeat(44)}`,
  ])
    for (const method of ['PUT', 'DELETE'] as const) {
      const headers: Record<string, string> = method === 'PUT' ? { ...json } : {};
      if (auth !== undefined) headers.authorization = auth;
      add(
        `${method} authorization ${JSON.stringify(auth)}`,
        method,
        `/api/push/subscriptions/${id}`,
        headers,
        method === 'PUT' ? valid : '',
      );
    }
  // An id with a well-formed secret that is not its own: refused as unknown.
  add('DELETE unknown id', 'DELETE', `/api/push/subscriptions/${id}`, secret, '');
  add('PUT unknown id', 'PUT', `/api/push/subscriptions/${id}`, { ...json, ...secret }, valid);
  // Fill up to 300 with random bytes as bodies (a fixed seed, so a failure repeats).
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  while (requests.length < 300) {
    const bytes = Array.from({ length: 1 + Math.floor(random() * 200) }, () =>
      Math.floor(random() * 256),
    );
    add(
      `POST random bytes #${requests.length}`,
      'POST',
      '/api/push/subscriptions',
      json,
      Buffer.from(bytes).toString('latin1'),
    );
  }
  return requests.slice(0, 300);
}
