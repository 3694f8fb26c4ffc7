// Signal id → name, facts in our words and their sources, ready for display.
import { signalById } from './catalogue';
import { sourceById } from './sources';

export interface SignalFactSource { title: string; publisher: string; date: string; opinion: boolean }
export interface SignalFact { text: string; sources: SignalFactSource[] }
export interface SignalInfo { name: string; facts: SignalFact[] }

export function describeSignal(id: string): SignalInfo | undefined {
  const signal = signalById(id);
  if (!signal) return undefined;
  return {
    name: signal.name,
    facts: signal.facts.map((fact) => ({
      text: fact.text,
      sources: fact.sourceIds.flatMap((sourceId) => {
        const source = sourceById(sourceId);
        return source ? [{ title: source.title, publisher: source.author, date: source.date, opinion: source.opinion }] : [];
      }),
    })),
  };
}
