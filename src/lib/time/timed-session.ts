import { batch, signal } from '@preact/signals';
import { createCuePlayer, type Cue } from '../cues/cue-player';
import { openKeyValueStore } from '../storage/kv';
import { openResumeSlot, sessionStoreName } from '../storage/resume-slot';
import { startGuidedSession, type GuidedSession } from './guided-session';
import {
  elapsedMs,
  onClockNow,
  startSession,
  toSavedSession,
  type SessionClock,
} from './session-clock';
import { timerClock } from './steady-clock';
import type { Segment, Timeline } from './timeline';
import type {
  SavedSession,
  SessionOutcome,
  SessionParts,
  SessionStatus,
  TimedSessionDeps,
} from './timed-session-parts';

/** A session found finished on load is shown as finished only if it ended this recently. */
const RECENT_END_MS = 60 * 60_000;

/**
 * What breathing and stretches share: a guided session over a saved SessionClock, restored from
 * its resume slot on creation (running, paused, or recorded if it ended while Lull was closed),
 * started, paused, resumed, stopped and finished with a summary and a journal line. The
 * running session is saved on every change, so a reload picks it up where the clock says.
 */
export function createTimedSession<
  R extends SavedSession,
  S extends Segment,
  C extends Cue,
  Summary,
>(deps: TimedSessionDeps<R>, parts: SessionParts<R, S, C, Summary>) {
  const clock = deps.clock ?? timerClock;
  const slot =
    deps.slot ?? openResumeSlot(openKeyValueStore(sessionStoreName), parts.name, parts.parse);
  const cues = deps.cues ?? createCuePlayer(parts.cueOptions);
  const doc = deps.doc ?? globalThis.document;
  const toSaved =
    parts.toSaved ?? ((running: R, session: SessionClock) => ({ ...running, session }));

  const status = signal<SessionStatus>('loading');
  const current = signal<R | null>(null);
  /** The words for the polite live region; a new id re-announces the same words. */
  const announcement = signal({ text: '', id: 0 });
  const summary = signal<Summary | null>(null);

  let runner: GuidedSession<S, C> | null = null;
  let timing: SessionClock | null = null;
  // A jump of the clock seen (or undone) while running is saved at once: a reload counts by it.
  let stopWatchingJumps = () => {};

  const announce = (text: string) => (announcement.value = { text, id: announcement.value.id + 1 });

  function save() {
    const running = current.value;
    if (running && timing) void slot.save(toSaved(running, toSavedSession(timing, clock)));
  }

  function begin(running: R) {
    const timeline = parts.timeline(running);
    current.value = running;
    timing = running.session;
    parts.onBegin?.(running);
    stopWatchingJumps = clock.onDiscountChange?.(save) ?? (() => {});
    status.value = running.session.pausedAt === null ? 'running' : 'paused';
    runner = startGuidedSession({
      timeline,
      cues: parts.cues(timeline),
      player: cues,
      busyReason: parts.name,
      clock,
      session: running.session,
      awake: deps.awake,
      busy: deps.busy,
      setAlarm: deps.setAlarm,
      doc,
      onTick: (position) => parts.onTick(position, running),
      onCue(cue) {
        const text = parts.onCue?.(cue, timeline);
        if (text !== undefined) announce(text);
      },
      onSave(session) {
        timing = session;
        save();
      },
      onEnd: () => finish(true),
    });
    parts.afterChange?.();
  }

  /** Writes the journal line, if any, and gives the summary of a session that ended. */
  function close(running: R, outcome: SessionOutcome): Summary {
    const { summary, entry } = parts.record(running, outcome);
    if (entry) void parts.journal.add(entry);
    return summary;
  }

  function finish(completed: boolean) {
    const running = current.value;
    if (!runner || !running) return;
    const spent = runner.elapsedMs();
    // After a natural end the session has released itself; a stop ends it here.
    if (!completed) runner.stop();
    runner = null;
    stopWatchingJumps();
    void slot.clear();
    const shown = close(running, {
      completed,
      elapsedMs: spent,
      endedAt: clock.now(),
      fresh: true,
    });
    batch(() => {
      summary.value = shown;
      announce('');
      status.value = 'done';
    });
  }

  async function restore() {
    const found = await slot.load();
    if (status.value !== 'loading') return;
    if (!found) return void (status.value = 'setup');
    const saved = { ...found, session: onClockNow(found.session, clock) };
    const totalMs = parts.timeline(saved).totalMs;
    if (elapsedMs(saved.session, clock) < totalMs) return begin(saved);
    // It ended while Lull was closed: recorded, and shown as finished if that was recently.
    const { startedAt, pausedMs, shiftMs } = saved.session;
    const endedAt = startedAt + pausedMs - shiftMs + totalMs;
    void slot.clear();
    const until = Math.min(endedAt, clock.now());
    const shown = close(saved, {
      completed: true,
      elapsedMs: totalMs,
      endedAt: until,
      fresh: false,
    });
    const recent = clock.now() - endedAt < RECENT_END_MS;
    batch(() => {
      current.value = saved;
      summary.value = recent ? shown : null;
      status.value = recent ? 'done' : 'setup';
    });
  }

  return {
    /** The members a feature's model hands on as they are. */
    shared: {
      status,
      current,
      announcement,
      summary,
      /** Settles once the saved session (if any) has been read and picked up. */
      restored: restore(),
      /** Time into the session now (0 when none runs). */
      elapsedMs: () => runner?.elapsedMs() ?? 0,
      pause() {
        if (!runner || status.value !== 'running') return;
        status.value = 'paused';
        runner.pause();
        parts.afterChange?.();
      },
      resume() {
        if (!runner || status.value !== 'paused') return;
        status.value = 'running';
        runner.resume();
        parts.afterChange?.();
      },
      /** Ends the session now; the feature's record decides whether it is worth a line. */
      stop: () => finish(false),
      /** Back to choosing after the closing screen. */
      again() {
        if (status.value !== 'done') return;
        summary.value = null;
        status.value = 'setup';
      },
      dispose() {
        runner?.stop();
        runner = null;
        stopWatchingJumps();
        cues.close();
      },
    },
    /** Starts a new session (not while one runs) from its timing, started now. */
    start(make: (session: SessionClock) => R) {
      if (status.value === 'running' || status.value === 'paused') return;
      begin(make(startSession(clock)));
    },
    /** Moves the running session to the time `to` gives (skip, back). */
    seek(to: (elapsedMs: number, timeline: Timeline<S>) => number) {
      if (!runner || runner.ended()) return;
      runner.seek(to(runner.elapsedMs(), runner.timeline));
    },
    /** Saves the running session now (the feature's own part of it changed). */
    save,
  };
}
