// A bare DevTools-protocol client over --remote-debugging-pipe, for benchmarks that need the
// browser exactly as a person has it. Playwright turns on focus emulation for every page it
// attaches to, which keeps a background tab 'visible' in headless Chromium; a tab opened in
// front of another here truly hides it (document.visibilityState === 'hidden').
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../chromium.mjs';

/** Launches Chromium with a fresh profile; returns its pid, `send` and `close`. */
export function launchOverPipe(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'lull-bench-'));
  const args = [...chromiumArgs, ...extraArgs, '--remote-debugging-pipe'];
  const child = spawn(findChromium(), [...args, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = /** @type {import('node:stream').Writable} */ (child.stdio[3]);
  const fromBrowser = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const waiting = new Map();
  let nextId = 0;
  let pending = '';
  // Messages are JSON separated by NUL bytes.
  fromBrowser.on('data', (chunk) => {
    const parts = (pending + chunk.toString('utf8')).split('\0');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      const message = JSON.parse(part);
      const handler = waiting.get(message.id);
      if (!handler) continue;
      waiting.delete(message.id);
      if (message.error) handler.reject(new Error(JSON.stringify(message.error)));
      else handler.resolve(message.result);
    }
  });

  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });

  return {
    pid: /** @type {number} */ (child.pid),
    send,
    async close() {
      await send('Browser.close').catch(() => undefined);
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(0) : child.on('exit', resolve),
      );
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
