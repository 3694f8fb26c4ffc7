// STUB (issue 4 replaces it).
import type { ScopeResult } from '../model';
import type { ClassifyInput } from './input';
export function classifyScope(_input: ClassifyInput): ScopeResult {
  return { label: 'generalist', confidence: 0.3, evidence: [], domains: [] };
}
