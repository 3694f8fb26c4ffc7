// STUB (issue 7 replaces it).
import type { LevelResult, Salary, ScopeResult, SignalMatch, WorkResult } from '../model';
import type { ClassifyInput } from '../classify/input';
export interface SignalContext { work: WorkResult; scope: ScopeResult; level: LevelResult; salary: Salary }
export function matchSignals(_input: ClassifyInput, _ctx: SignalContext): SignalMatch[] { return []; }
