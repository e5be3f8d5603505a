import { getPath } from './schema';

/** A message between tabs: the paths one tab just wrote, with their values. */
export interface SyncMessage {
  key: string;
  changes: [path: string, value: unknown][];
  /** The whole document as written: the base for a save begun as a page closes. */
  data: Record<string, unknown>;
}

/** The minimum of BroadcastChannel a document needs (tests pass a pair of fakes). */
export interface SyncChannel {
  postMessage(message: SyncMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncMessage>) => void): void;
  close(): void;
}

/** The channel a document's tabs share, where the browser has one. */
export function defaultChannel(key: string): SyncChannel | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : (new BroadcastChannel(`lull:${key}`) as unknown as SyncChannel);
}

/**
 * The paths this tab has written, with the values it wrote. Another tab's write that lands
 * after one of them, made on a copy from before it, takes it off the disk again: `lostTo`
 * names those paths, for the tab to write them again on top.
 */
export function createOwnWrites() {
  const written = new Map<string, string>();
  return {
    record(changes: [string, unknown][]): void {
      for (const [path, value] of changes) written.set(path, JSON.stringify(value));
    },
    /**
     * This tab's paths missing from another tab's write of `data`. Had that write landed first,
     * writing them again changes nothing. A path the other tab changed itself (in `theirs`) is
     * theirs now, and forgotten here.
     */
    lostTo(data: Record<string, unknown>, theirs: ReadonlySet<string>): string[] {
      const lost: string[] = [];
      for (const [path, value] of written) {
        if (theirs.has(path)) written.delete(path);
        else if (JSON.stringify(getPath(data, path)) !== value) lost.push(path);
      }
      return lost;
    },
  };
}
