/** What Lull's tabs tell each other about sound. */
export interface TabMessage {
  kind: 'playing' | 'stopped' | 'asking';
  tab: string;
}

/** The minimum of BroadcastChannel the turns need (tests pass fakes). */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TabMessage>) => void): void;
  close(): void;
}

/** The part of the Web Locks API the turns use. */
export type TabLocks = Pick<LockManager, 'request'>;

/** What the turns are made with; the defaults are the browser's own. */
export interface TabTurnsOptions {
  channel?: TabChannel | null;
  locks?: TabLocks | null;
  tab?: string;
}

const lockName = (tab: string) => `lull:sound-tab:${tab}`;

/**
 * One tab plays at a time. A tab that starts says so on a BroadcastChannel; the others stop
 * and know that sound plays elsewhere until that tab says it stopped, or closes: each playing
 * tab holds a Web Lock for as long as it lives, and the others wait on it, since a tab that
 * closes or crashes says nothing. Without Web Locks, a closed tab's "elsewhere" stays until
 * this tab plays again.
 */
export function createTabTurns({
  channel = defaultChannel(),
  locks = globalThis.navigator?.locks ?? null,
  // Tabs of one device only: a random name will not meet its twin.
  tab = Math.random().toString(36).slice(2),
}: TabTurnsOptions = {}) {
  let mine = false;
  let other: string | null = null;
  let held: Promise<void> | null = null;
  let release = () => undefined as void;
  const listeners = new Set<(elsewhere: boolean) => void>();

  const post = (kind: TabMessage['kind']) => channel?.postMessage({ kind, tab });
  const setOther = (next: string | null) => {
    const was = other !== null;
    other = next;
    if (was !== (next !== null)) listeners.forEach((listener) => listener(next !== null));
  };
  const ignore = () => undefined;

  // This tab's lock, taken before it first says it plays, so no tab can see it free too soon.
  const holdLock = () =>
    (held ??= new Promise<void>((granted) => {
      if (!locks) return granted();
      const untilClosed = () => (granted(), new Promise<void>((done) => (release = done)));
      locks.request(lockName(tab), untilClosed).catch(ignore);
    }));

  // Granted once that tab's lock is free: it has closed. (Each time it says it plays adds a
  // wait; all are granted together, and cost nothing meanwhile.)
  const watchLock = (playing: string) =>
    locks
      ?.request(lockName(playing), () => {
        if (other === playing) setOther(null);
      })
      // Left waiting when this tab closes: the browser drops the request with it.
      .catch(ignore);

  channel?.addEventListener('message', ({ data }) => {
    if (data.tab === tab) return;
    if (data.kind === 'asking' && mine) post('playing');
    if (data.kind === 'playing') {
      mine = false;
      setOther(data.tab);
      watchLock(data.tab);
    }
    if (data.kind === 'stopped' && data.tab === other) setOther(null);
  });
  // A tab opened while another plays learns of it at once.
  post('asking');

  return {
    /** True while another tab plays. */
    elsewhere: () => other !== null,
    /** This tab starts playing: the others stop. */
    playing(): void {
      mine = true;
      setOther(null);
      void holdLock().then(() => mine && post('playing'));
    },
    /** This tab fell silent (paused, stopped, ended). */
    stopped(): void {
      if (!mine) return;
      mine = false;
      post('stopped');
    },
    /** Hears when sound starts or stops playing in another tab. */
    subscribe(listener: (elsewhere: boolean) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose(): void {
      if (mine) post('stopped');
      listeners.clear();
      release();
      channel?.close();
    },
  };
}

/** Whose turn it is to play, among this device's Lull tabs. */
export type TabTurns = ReturnType<typeof createTabTurns>;

function defaultChannel(): TabChannel | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : (new BroadcastChannel('lull:sound') as unknown as TabChannel);
}
