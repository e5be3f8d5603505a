// Finds and launches Debian's Chromium for the browser tests, icons, screenshots and benchmarks.
// Playwright's own browser downloads are not used: Lull's machines cannot download them.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Flags that keep Chromium quiet and working on headless Linux machines (PLATFORM.md). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The path of a Chromium to drive, or a thrown error that says how to install one. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((candidate) => typeof candidate === 'string');
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    if (found) return found;
  } catch {
    // Not on PATH either: fall through to the message below.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary. The browser tests do not skip.',
  );
}
