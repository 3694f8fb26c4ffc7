// STUB (issue 4 replaces it).
import type { WorkResult } from '../model';
import type { ClassifyInput } from './input';
export function classifyWork(_input: ClassifyInput): WorkResult {
  return { label: 'mixed', confidence: 0.3, evidence: [] };
}
