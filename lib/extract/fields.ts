// What each extraction layer produces: some of a posting's fields, any of them missing.
// Layers are merged field by field, the most stable layer first.

export interface PostingFields {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  /** Plain text (already through lib/extract/text.ts). */
  description?: string | null;
  salaryText?: string | null;
  datePosted?: string | null;
}

export const FIELD_NAMES = ['title', 'company', 'location', 'description', 'salaryText', 'datePosted'] as const;

/** Field by field, the first layer with a non-empty value wins. */
export function mergeFields(layers: ReadonlyArray<PostingFields | null | undefined>): PostingFields {
  const merged: PostingFields = {};
  for (const name of FIELD_NAMES) {
    for (const layer of layers) {
      const value = layer?.[name];
      if (typeof value === 'string' && value.trim()) { merged[name] = value; break; }
    }
  }
  return merged;
}

/** Of several readings of postings, the one with the longest description (the first on a tie); undefined for none. */
export function longestDescription<T extends PostingFields>(list: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of list) if (!best || (item.description?.length ?? 0) > (best.description?.length ?? 0)) best = item;
  return best;
}

export function hasAnyField(fields: PostingFields | null | undefined): boolean {
  return !!fields && FIELD_NAMES.some((name) => !!fields[name]);
}
