// A small badge on a job card in a list: the level from the card's title, and
// all three labels once the posting is in the user's history.
import type { LevelLabel } from '../lib/model';
import type { Labels } from '../lib/messages';
import { LEVEL_NAMES, SCOPE_NAMES, WORK_NAMES } from './labels';

export function Badge({ level, known }: { level: LevelLabel | null; known: Labels | null }) {
  const shownLevel = known?.level ?? level;
  return (
    <span class="badge" aria-label="ML Job Lens">
      {known ? <span class={`work-${known.work}`}>{WORK_NAMES[known.work]}</span> : null}
      {known ? <span class={`scope-${known.scope}`}>{SCOPE_NAMES[known.scope]}</span> : null}
      {shownLevel ? <span class={`level-${shownLevel}`}>{LEVEL_NAMES[shownLevel]}</span> : null}
      {known ? <span class="seen" title="Already in your history">✓</span> : null}
    </span>
  );
}
