import type { CheckInProblem } from '../../lib/diary/check-in';
import { problemText } from '../../lib/diary/diary-words';

/** The id of the words beside a field, for its aria-describedby. */
export const problemId = (fieldId: string) => `${fieldId}-problem`;

/** What to put on a field whose answer cannot be true (nothing when it can). */
export const invalidProps = (fieldId: string, problem: unknown) =>
  problem ? { 'aria-invalid': true as const, 'aria-describedby': problemId(fieldId) } : {};

/** Why an answer cannot be true, beside its field. */
export function Problem({ fieldId, problem }: { fieldId: string; problem?: CheckInProblem }) {
  if (!problem) return null;
  return (
    <p id={problemId(fieldId)} class="check-in-problem">
      {problemText(problem)}
    </p>
  );
}
