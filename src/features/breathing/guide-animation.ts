import { effect } from '@preact/signals';
import { useEffect, type MutableRef } from 'preact/hooks';
import { breathMs } from '../../lib/guides/breath-timing';
import type { BreathingModel } from './breathing-model';
import { guideKeyframes, type GuideForm } from './guide-keyframes';

/**
 * Runs the guide as one Web Animation over the whole session, its time set from the session
 * clock whenever the model says (start, each phase, pause, resume, back from hidden). The
 * compositor draws it; nothing runs per frame on the main thread, and nothing while hidden.
 */
export function useGuideAnimation(
  target: MutableRef<HTMLElement | null>,
  model: BreathingModel,
  form: GuideForm,
): void {
  const pattern = model.current.value?.pattern;
  useEffect(() => {
    const element = target.current;
    if (!element || !pattern || typeof element.animate !== 'function') return;
    // It repeats until the model ends the session and the guide goes away.
    const animation = element.animate(guideKeyframes(pattern, form), {
      duration: breathMs(pattern),
      iterations: Infinity,
    });
    animation.pause();
    const stop = effect(() => {
      const { playing } = model.sync.value;
      animation.currentTime = model.elapsedMs();
      if (playing) animation.play();
      else animation.pause();
    });
    return () => {
      stop();
      animation.cancel();
    };
  }, [target, model, pattern, form]);
}
