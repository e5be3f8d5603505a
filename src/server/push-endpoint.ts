/**
 * The push services browsers use (PLATFORM.md, "Web Push"). A server that posts to any URL a
 * client names is an SSRF hole, so only these are accepted, unless the operator adds more.
 */
export const knownPushHosts: readonly string[] = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.services.mozilla.com',
  'web.push.apple.com',
  '*.notify.windows.com',
];

// "*.example.org" matches any name below example.org, never example.org itself.
function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}

/**
 * Why `endpoint` may not be pushed to, or null when it may. An allowed host is "name" (the
 * https port only), "name:port" or "name:*" (any port: the tests' local push service).
 */
export function endpointProblem(endpoint: string, allowed: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'subscription.endpoint is not a URL.';
  }
  if (url.protocol !== 'https:') return 'subscription.endpoint must be an https: URL.';
  if (url.username || url.password)
    return 'subscription.endpoint must not hold a user or password.';
  const host = url.hostname.toLowerCase();
  const ok = allowed.some((entry) => {
    const [pattern, port] = entry.toLowerCase().split(/:(?=[^:]*$)/);
    const portOk = port === '*' || (port ?? '') === url.port;
    return portOk && hostMatches(pattern, host);
  });
  return ok ? null : 'subscription.endpoint is not on a known push service.';
}

/** Why a p256dh or auth key is not what RFC 8291 needs, or null when it is. */
export function keyProblem(name: 'p256dh' | 'auth', value: string): string | null {
  const bytes = Buffer.from(value, 'base64url');
  if (name === 'auth')
    return bytes.length === 16 ? null : 'subscription.keys.auth must be 16 bytes, base64url.';
  // An uncompressed P-256 point: 0x04, then x and y.
  return bytes.length === 65 && bytes[0] === 4
    ? null
    : 'subscription.keys.p256dh must be an uncompressed P-256 key (65 bytes), base64url.';
}

/** True when `Intl` knows the IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
