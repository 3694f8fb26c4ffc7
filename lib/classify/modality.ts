// STUB (issue 4 replaces it).
import type { Modality } from '../model';
import type { ClassifyInput } from './input';
export function detectModalities(_input: ClassifyInput): Modality[] { return []; }
