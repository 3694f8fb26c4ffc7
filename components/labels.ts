// Human wording for label values, shared by the panel, badges, popup and history.
import type { LevelLabel, ScopeLabel, WorkLabel } from '../lib/model';

export const WORK_NAMES: Record<WorkLabel, string> = { building: 'Model building', ops: 'Deployment / ops', mixed: 'Mixed' };
export const SCOPE_NAMES: Record<ScopeLabel, string> = { generalist: 'Generalist', specialist: 'Domain specialist' };
export const LEVEL_NAMES: Record<LevelLabel, string> = { entry: 'Entry', mid: 'Mid', senior: 'Senior' };

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
