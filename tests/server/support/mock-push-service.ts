// A push service on 127.0.0.1 for the tests: it checks each message's VAPID JWT (RFC 8292)
// against the server's key, decrypts it (RFC 8291) as the browser would, records it, and
// answers as a test scripts it (201, or 429 with Retry-After, 410, ...).
import { execFileSync } from 'node:child_process';
import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(
    buffer: Buffer,
    params: { version: string; privateKey: ECDH; authSecret: Buffer },
  ): Buffer;
};

/** One message as the browser would receive it, and the headers it came with. */
export interface ReceivedPush {
  name: string;
  payload: unknown;
  ttl: number;
  urgency: string | undefined;
  topic: string | undefined;
  receivedAt: number;
}

/** A scripted answer. */
export interface MockAnswer {
  status: number;
  headers?: Record<string, string>;
}

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'lull-push-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  const pair = {
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
  };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

const b64 = (value: string) => Buffer.from(value, 'base64url');

/** Why the VAPID Authorization header is wrong, or null when it is right. */
function vapidProblem(header: string | undefined, origin: string, serverKey: string) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) return `no VAPID authorization: ${header}`;
  const [, jwt, key] = match;
  if (key !== serverKey) return 'VAPID key is not the server key';
  const [head, body, signature] = jwt.split('.');
  const { alg } = JSON.parse(b64(head).toString());
  const claims = JSON.parse(b64(body).toString());
  if (alg !== 'ES256') return `JWT alg ${alg}`;
  if (claims.aud !== origin) return `JWT aud ${claims.aud}, not ${origin}`;
  const now = Date.now() / 1000;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) return 'JWT exp out of range';
  if (!/^(mailto:|https:)/.test(claims.sub)) return `JWT sub ${claims.sub}`;
  const point = b64(key);
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    b64(signature),
  );
  return ok ? null : 'JWT signature does not verify';
}

/** Starts the service; `serverKey` is the VAPID public key every message must be signed with. */
export async function startMockPushService(serverKey: () => string) {
  const tls = selfSignedCertificate();
  const browsers = new Map<string, { ecdh: ECDH; auth: Buffer }>();
  const scripts = new Map<string, MockAnswer[]>();
  const received: ReceivedPush[] = [];
  const problems: string[] = [];
  let origin = '';

  const server = createServer(tls, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = (request.url ?? '').replace('/push/', '');
      const browser = browsers.get(name);
      const answer = scripts.get(name)?.shift() ?? { status: 201 };
      const problem =
        (!browser && `unknown subscription ${name}`) ||
        (request.method !== 'POST' && `method ${request.method}`) ||
        (request.headers['content-encoding'] !== 'aes128gcm' && 'not aes128gcm') ||
        vapidProblem(request.headers.authorization, origin, serverKey());
      if (problem || !browser) {
        problems.push(String(problem));
        return response.writeHead(400).end();
      }
      if (answer.status === 201) {
        try {
          const plain = ece.decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: browser.ecdh,
            authSecret: browser.auth,
          });
          received.push({
            name,
            payload: JSON.parse(plain.toString()),
            ttl: Number(request.headers.ttl),
            urgency: request.headers.urgency as string | undefined,
            topic: request.headers.topic as string | undefined,
            receivedAt: Date.now(),
          });
        } catch (error) {
          problems.push(`cannot decrypt: ${String(error)}`);
        }
      }
      response.writeHead(answer.status, answer.headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  const agent = new Agent({ ca: tls.cert, keepAlive: true });

  return {
    origin,
    received,
    problems,
    /** Trusts the service's certificate: hand it to the web-push sender. */
    agent,
    /** The certificate (PEM), for a server in another process (NODE_EXTRA_CA_CERTS). */
    certificate: tls.cert,
    /** A new browser subscription, as `pushManager.subscribe()` returns it. */
    subscribe(name = randomBytes(8).toString('hex')) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      browsers.set(name, { ecdh, auth });
      return {
        name,
        endpoint: `${origin}/push/${name}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: auth.toString('base64url'),
        },
      };
    },
    /** The next answers for one subscription, in order; 201 after them. */
    script(name: string, ...answers: MockAnswer[]) {
      scripts.set(name, answers);
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The running service's interface. */
export type MockPushService = Awaited<ReturnType<typeof startMockPushService>>;
