// STUB (issue 4 replaces it).
import type { LevelResult, Years } from '../model';
import type { ClassifyInput } from './input';
export function classifyLevel(_input: ClassifyInput, _years: Years): LevelResult {
  return { label: 'mid', confidence: 0.3, evidence: [] };
}
