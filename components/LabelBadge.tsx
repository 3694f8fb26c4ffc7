// One label on one axis, with the classifier's confidence.
import { LEVEL_NAMES, percent, SCOPE_NAMES, WORK_NAMES } from './labels';

export type Axis = 'work' | 'scope' | 'level';
interface Props { axis: Axis; label: string; confidence?: number }

const AXIS_NAMES = { work: 'Work', scope: 'Scope', level: 'Level' } as const;

export function labelName(axis: Axis, label: string): string {
  const names: Record<string, string> = axis === 'work' ? WORK_NAMES : axis === 'scope' ? SCOPE_NAMES : LEVEL_NAMES;
  return names[label] ?? label;
}

export function LabelBadge({ axis, label, confidence }: Props) {
  const name = labelName(axis, label);
  const conf = confidence === undefined ? '' : ` ${percent(confidence)}`;
  return (
    <span class={`label-badge ${axis}-${label}`} title={`${AXIS_NAMES[axis]}: ${name}${conf ? ` (confidence${conf})` : ''}`}>
      <span class="sr-only">{AXIS_NAMES[axis]}: </span>{name}
      {confidence === undefined ? null : <span class="conf" aria-label={`confidence ${percent(confidence)}`}>{conf}</span>}
    </span>
  );
}
