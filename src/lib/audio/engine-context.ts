import { resumeAfterInterruptions, type ContextWatch } from './interruptions';

/**
 * The engine's one AudioContext: made on first use, then resumed after interruptions (and
 * `watch` told of them, and of the page being shown again) until it is closed.
 */
export function createEngineContext(
  create: () => AudioContext,
  watch: ContextWatch,
  doc: Document,
) {
  let context: AudioContext | null = null;
  let stopResuming: (() => void) | null = null;

  return {
    /** The context, if one was made. */
    current: () => context,
    /** The context, made now if there is none yet. Throws where there is no Web Audio. */
    open(): AudioContext {
      if (context) return context;
      const created = create();
      context = created;
      stopResuming = resumeAfterInterruptions(created, watch, doc);
      return created;
    },
    /** Stops following the context, and closes it. */
    async close(): Promise<void> {
      stopResuming?.();
      stopResuming = null;
      await context?.close().catch(() => undefined);
      context = null;
    },
  };
}
