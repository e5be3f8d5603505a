import { resumeAfterInterruptions } from './interruptions';

/** What the engine hears about its context. */
export interface ContextWatch {
  /** Whether the engine means to be playing: only then is an interrupted context resumed. */
  wanted(): boolean;
  /** The context's state changed: the system suspended or interrupted it, or it runs again. */
  onStateChange(state: AudioContextState | 'interrupted'): void;
  /** The page is shown again: its timers may have slept while it was hidden. */
  onShown(): void;
}

/**
 * The engine's one AudioContext: made on first use, then followed for interruptions and for
 * the page being shown again, until it is closed.
 */
export class EngineContext {
  private context: AudioContext | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly create: () => AudioContext,
    private readonly watch: ContextWatch,
    private readonly doc: Document,
  ) {}

  /** The context, if one was made. */
  get current(): AudioContext | null {
    return this.context;
  }

  /** The context, made now if there is none yet. Throws where there is no Web Audio. */
  open(): AudioContext {
    if (this.context) return this.context;
    const created = this.create();
    this.context = created;
    this.stopFollowing = this.follow(created);
    return created;
  }

  /** Stops following the context, and closes it. */
  async close(): Promise<void> {
    this.stopFollowing?.();
    this.stopFollowing = null;
    await this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private follow(context: AudioContext): () => void {
    const stopInterruptions = resumeAfterInterruptions(
      context,
      () => this.watch.wanted(),
      (state) => this.watch.onStateChange(state),
      this.doc,
    );
    const onVisible = () => {
      if (this.doc.visibilityState === 'visible') this.watch.onShown();
    };
    this.doc.addEventListener('visibilitychange', onVisible);
    return () => {
      stopInterruptions();
      this.doc.removeEventListener('visibilitychange', onVisible);
    };
  }
}
