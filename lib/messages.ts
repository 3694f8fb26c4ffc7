// The one message protocol between content script, background and extension
// pages. Every message is validated with zod on receipt; anything else is ignored.
import { z } from 'zod';
import { AnalysisSchema, LEVEL_LABELS, SCOPE_LABELS, WORK_LABELS } from './model';

export const LabelsSchema = z.object({
  work: z.enum(WORK_LABELS),
  scope: z.enum(SCOPE_LABELS),
  level: z.enum(LEVEL_LABELS),
});
export type Labels = z.infer<typeof LabelsSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script → background: a posting was seen; store it. */
  z.object({ type: z.literal('saveAnalysis'), analysis: AnalysisSchema }),
  /** Content script → background: which of these canonical URLs are saved, with their labels. */
  z.object({ type: z.literal('lookupUrls'), urls: z.array(z.string().max(4096)).max(500) }),
  /** Popup → content script: the posting this tab shows now. */
  z.object({ type: z.literal('getCurrent') }),
  /** Popup → content script: analyse this page even though it is not a known board. */
  z.object({ type: z.literal('analyzePage') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const SaveReplySchema = z.union([
  z.object({ ok: z.literal(true), created: z.boolean(), timesSeen: z.number(), firstSeen: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveReply = z.infer<typeof SaveReplySchema>;

export const LookupReplySchema = z.object({ labels: z.record(z.string(), LabelsSchema) });
export type LookupReply = z.infer<typeof LookupReplySchema>;

export const CurrentReplySchema = z.object({ analysis: AnalysisSchema.nullable() });
export type CurrentReply = z.infer<typeof CurrentReplySchema>;

/** Parses a message; returns null for anything that is not ours. */
export function parseRequest(message: unknown): Request | null {
  const parsed = RequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
