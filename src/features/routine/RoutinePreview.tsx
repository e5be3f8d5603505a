import type { RoutinePreviewText } from './routine-preview';

/** Tonight's routine in brief, for the Tonight screen: its length and its steps in order. */
export function RoutinePreview({ preview }: { preview: RoutinePreviewText }) {
  const [length, steps] = preview.value;
  return (
    <div class="routine-preview">
      <p>{length}</p>
      <p class="routine-preview-steps">{steps}</p>
    </div>
  );
}
