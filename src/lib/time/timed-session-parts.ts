import type { Cue, CueOptions, CuePlayer } from '../cues/cue-player';
import type { JournalEntry } from '../storage/journal';
import type { ResumeSlot } from '../storage/resume-slot';
import type { Clock } from './clock';
import type { SessionClock } from './session-clock';
import type { CuePoint } from './session-runner';
import type { Position, Segment, Timeline } from './timeline';

// What a feature hands the shared timed session (timed-session.ts): its parts and devices.

/** Where a timed session's screen is: reading the saved session, choosing, running, finished. */
export type SessionStatus = 'loading' | 'setup' | 'running' | 'paused' | 'done';

/** What a feature saves of a running session: its own choices, and the timing. */
export interface SavedSession {
  session: SessionClock;
}

/** The clock, devices and storage a timed session works with; tests pass fakes. */
export interface TimedSessionDeps<R> {
  clock?: Clock;
  slot?: ResumeSlot<R>;
  cues?: CuePlayer;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  doc?: Document;
  setAlarm?: (callback: () => void, ms: number) => () => void;
}

/** How a session ended, for its summary and journal line. */
export interface SessionOutcome {
  completed: boolean;
  /** Time spent in it; the whole length when it ended while Lull was closed. */
  elapsedMs: number;
  endedAt: number;
  /** True when it ended while the screen was in use (not found finished on load). */
  fresh: boolean;
}

/** What a feature adds to the shared session: its timeline, cues, display and record. */
export interface SessionParts<R extends SavedSession, S extends Segment, C extends Cue, Summary> {
  /** Names the default resume slot, and why the app is busy while the session exists. */
  name: string;
  parse(raw: unknown): R | undefined;
  journal: { add(entry: Omit<JournalEntry, 'id'>): unknown };
  cueOptions(): CueOptions;
  timeline(running: R): Timeline<S>;
  cues(timeline: Timeline<S>): readonly CuePoint<C>[];
  /** The session starts or is picked up again, before its first tick. */
  onBegin?(running: R): void;
  onTick(position: Position<S>, running: R): void;
  /** A cue was given; the words returned are announced. */
  onCue?(cue: C, timeline: Timeline<S>): string | undefined;
  /** After start, pause and resume: what is drawn from the clock must be set again. */
  afterChange?(): void;
  /** What is saved for resume (the running session with its latest timing by default). */
  toSaved?(running: R, session: SessionClock): R;
  /** The summary and journal line of a session that ended. */
  record(running: R, outcome: SessionOutcome): SessionRecord<Summary>;
}

/** What a session that ended leaves: the closing screen's summary, and its journal line. */
export interface SessionRecord<Summary> {
  summary: Summary;
  /** Null when the session is not worth a line (stopped before anything was done). */
  entry: Omit<JournalEntry, 'id'> | null;
}
