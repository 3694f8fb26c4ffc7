// The board registry: adding a board = one file in this folder + one line here.
// Order matters only where hosts overlap (none do today).
import { ashby } from './ashby';
import type { BoardAdapter } from './board';
import { builtin } from './builtin';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { jobindex } from './jobindex';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

export const adapters = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  workable,
  glassdoor,
  wellfound,
  builtin,
  seek,
  jobindex,
] as const satisfies readonly BoardAdapter[];

export function adapterFor(url: URL): BoardAdapter | null {
  return adapters.find((adapter) => adapter.matches(url)) ?? null;
}

export type { BoardAdapter } from './board';
export { parseWorkdayCxs } from './workday';
