// Signal id → name, facts in our words and their sources, for display.
// STUB until the catalogue lands (issue 7).
export interface SignalFact { text: string; sources: { title: string; publisher: string; date: string; opinion: boolean }[] }
export interface SignalInfo { name: string; facts: SignalFact[] }

export function describeSignal(_id: string): SignalInfo | undefined { return undefined; }
