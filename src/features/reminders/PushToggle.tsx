import type { PushProblem, PushSync } from './push-sync';
import { tp } from './push-messages';

const problemText: Record<PushProblem, () => string> = {
  unreachable: () => tp('push.problem.unreachable'),
  refused: () => tp('push.problem.refused'),
  subscribe: () => tp('push.problem.subscribe'),
};

/**
 * "Remind me even when Lull is closed", where Lull's server answers and the browser can push.
 * The permission is asked on this tap only; a failure is one calm line, the choice kept.
 */
export function PushToggle({ push }: { push: PushSync }) {
  if (push.availability.value !== 'available' || !push.canPush) return null;
  const problem = push.problem.value;
  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={push.on.value}
          onChange={async (event) => {
            const box = event.currentTarget;
            await (box.checked ? push.turnOn() : push.turnOff());
            // Refused permission leaves it off: the box shows what holds, not what was tapped.
            box.checked = push.on.peek();
          }}
        />
        <span>{tp('push.toggle')}</span>
      </label>
      <p class="muted" role="status">
        {problem && problemText[problem]()}
      </p>
    </>
  );
}
