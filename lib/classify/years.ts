// STUB (issue 4 replaces it).
import type { Years } from '../model';
import type { ClassifyInput } from './input';
export function extractYears(_input: ClassifyInput): Years { return null; }
