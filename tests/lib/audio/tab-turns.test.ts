import { describe, expect, it } from 'vitest';
import {
  createTabTurns,
  type TabChannel,
  type TabLocks,
  type TabMessage,
} from '../../../src/lib/audio/tab-turns';

type Listener = (event: MessageEvent<TabMessage>) => void;

/** A BroadcastChannel's reach: what one tab posts, every other tab hears soon after. */
function fakeBus() {
  const members = new Set<{ listeners: Listener[] }>();
  return (): TabChannel => {
    const member = { listeners: [] as Listener[] };
    members.add(member);
    return {
      postMessage(message) {
        const data = structuredClone(message);
        for (const other of members)
          if (other !== member)
            queueMicrotask(() =>
              other.listeners.forEach((listener) =>
                listener(new MessageEvent('message', { data })),
              ),
            );
      },
      addEventListener: (_type, listener) => void member.listeners.push(listener),
      close: () => void members.delete(member),
    };
  };
}

/** Web Locks, one device's worth: `closeTab` lets go of what a tab held, as closing it does. */
function fakeLocks() {
  const holders = new Map<string, () => void>();
  const waiting = new Map<string, (() => void)[]>();
  const grant = (name: string, callback: () => unknown) => {
    const free = () => {
      if (holders.get(name) !== free) return;
      holders.delete(name);
      waiting.get(name)?.shift()?.();
    };
    holders.set(name, free);
    return Promise.resolve(callback()).then(free);
  };
  const manager = (): TabLocks => ({
    request: ((name: string, callback: () => unknown): Promise<void> => {
      if (!holders.has(name)) return Promise.resolve(grant(name, callback));
      return new Promise<void>((resolve) => {
        const queue = waiting.get(name) ?? [];
        queue.push(() => resolve(grant(name, callback)));
        waiting.set(name, queue);
      });
    }) as TabLocks['request'],
  });
  return { manager, closeTab: (tab: string) => holders.get(`lull:sound-tab:${tab}`)?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tabs() {
  const join = fakeBus();
  const locks = fakeLocks();
  const open = (tab: string) => {
    const turns = createTabTurns({ channel: join(), locks: locks.manager(), tab });
    const heard: boolean[] = [];
    turns.subscribe((elsewhere) => heard.push(elsewhere));
    return { turns, heard };
  };
  return { open, closeTab: locks.closeTab };
}

describe('one tab plays at a time', () => {
  it('tells a playing tab when another starts, and both when it stops', async () => {
    const { open } = tabs();
    const a = open('a');
    const b = open('b');
    a.turns.playing();
    await settle();
    expect(b.turns.elsewhere()).toBe(true);
    expect(a.turns.elsewhere()).toBe(false);

    b.turns.playing();
    await settle();
    expect(a.heard).toEqual([true]);
    expect(a.turns.elsewhere()).toBe(true);
    expect(b.turns.elsewhere()).toBe(false);
    // A fell silent because B took over: B must not hear that as "nothing plays".
    a.turns.stopped();
    await settle();
    expect(b.turns.elsewhere()).toBe(false);
    expect(a.turns.elsewhere()).toBe(true);

    b.turns.stopped();
    await settle();
    expect(a.heard).toEqual([true, false]);
  });

  it('tells a tab opened while another plays', async () => {
    const { open } = tabs();
    const a = open('a');
    a.turns.playing();
    await settle();
    const late = open('late');
    await settle();
    expect(late.turns.elsewhere()).toBe(true);
  });

  it('lets go of "elsewhere" when the playing tab closes without a word', async () => {
    const { open, closeTab } = tabs();
    const a = open('a');
    const b = open('b');
    a.turns.playing();
    await settle();
    expect(b.turns.elsewhere()).toBe(true);
    closeTab('a');
    await settle();
    expect(b.heard).toEqual([true, false]);
  });

  it('works alone where there is no channel', () => {
    const turns = createTabTurns({ channel: null, locks: null, tab: 'alone' });
    turns.playing();
    expect(turns.elsewhere()).toBe(false);
    turns.dispose();
  });
});
