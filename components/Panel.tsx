// The on-page annotation: three labels at a glance, and on demand the phrases
// that decided them, the salary and the trend signals with their sources.
// Everything from the page is rendered as text (Preact escapes it).
import type { Analysis, Evidence, SignalDirection, SignalMatch } from '../lib/model';
import type { SignalInfo } from '../lib/trends/describe';
import { LEVEL_NAMES, percent, SCOPE_NAMES, WORK_NAMES } from './labels';
import { SalaryLine } from './SalaryLine';


export interface PanelProps {
  analysis: Analysis;
  /** How often the user has seen this posting, once the background has stored it. */
  seen?: { timesSeen: number; firstSeen: number } | null;
  /** A storage problem the user can act on. */
  problem?: string | null;
  describeSignal: (id: string) => SignalInfo | undefined;
}

const DIRECTIONS: { id: SignalDirection; title: string; marker: string }[] = [
  { id: 'rising', title: 'Rising', marker: '▲' },
  { id: 'steady', title: 'Steady', marker: '●' },
  { id: 'declining', title: 'Declining', marker: '▼' },
];

export function Panel({ analysis, seen, problem, describeSignal }: PanelProps) {
  const { work, scope, level, years, salary, signals, modalities } = analysis.classification;
  const domains = scope.domains.length > 0 ? ` (${scope.domains.join(', ')})` : '';
  return (
    <section class="mljl" aria-label="ML Job Lens analysis">
      <div class="mljl-head">
        <span class="mljl-logo" aria-hidden="true">◎</span>
        <span class={`mljl-chip work-${work.label}`} title={`Work: ${percent(work.confidence)} confident`}>
          {WORK_NAMES[work.label]} <small>{percent(work.confidence)}</small>
        </span>
        <span class={`mljl-chip scope-${scope.label}`} title={`Scope: ${percent(scope.confidence)} confident`}>
          {SCOPE_NAMES[scope.label]}{domains} <small>{percent(scope.confidence)}</small>
        </span>
        <span class={`mljl-chip level-${level.label}`} title={`Level: ${percent(level.confidence)} confident`}>
          {LEVEL_NAMES[level.label]}{years ? ` · ${years.min}+ yrs` : ''} <small>{percent(level.confidence)}</small>
        </span>
      </div>
      {problem ? <p class="mljl-problem" role="alert">{problem}</p> : null}
      <details class="mljl-details">
        <summary>Why, and what the sources say</summary>
        <dl class="mljl-why">
          <Why name="Work" evidence={work.evidence} />
          <Why name="Scope" evidence={scope.evidence} />
          <Why name="Level" evidence={[...level.evidence, ...(years?.evidence ?? [])]} />
        </dl>
        {modalities.length > 0 ? <p class="mljl-modalities">Techniques: {modalities.join(', ')}</p> : null}
        {salary ? <SalaryLine salary={salary} /> : null}
        <Signals signals={signals} describeSignal={describeSignal} />
        {seen ? (
          <p class="mljl-seen">
            Saved · seen {seen.timesSeen} {seen.timesSeen === 1 ? 'time' : 'times'} since {new Date(seen.firstSeen).toLocaleDateString()}
          </p>
        ) : null}
      </details>
    </section>
  );
}

/** The same phrase can decide two things (a years phrase sets the level too): show it once. */
function unique(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.field}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Why({ name, evidence: all }: { name: string; evidence: Evidence[] }) {
  const evidence = unique(all);
  return (
    <>
      <dt>{name}</dt>
      <dd>
        {evidence.length === 0
          ? <span class="mljl-none">nothing decisive: default</span>
          : evidence.slice(0, 6).map((e) => <q key={`${e.field}-${e.start}`} class="mljl-evidence">{e.text}</q>)}
      </dd>
    </>
  );
}

function Signals({ signals, describeSignal }: { signals: SignalMatch[]; describeSignal: PanelProps['describeSignal'] }) {
  if (signals.length === 0) return null;
  return (
    <div class="mljl-signals">
      {DIRECTIONS.map(({ id, title, marker }) => {
        const group = signals.filter((s) => s.direction === id);
        if (group.length === 0) return null;
        return (
          <div key={id} class={`mljl-direction ${id}`}>
            <h4><span aria-hidden="true">{marker}</span> {title}</h4>
            <ul>
              {group.map((s) => <SignalItem key={s.id} signal={s} info={describeSignal(s.id)} />)}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function SignalItem({ signal, info }: { signal: SignalMatch; info: SignalInfo | undefined }) {
  // The same word found twice is one piece of evidence to the reader.
  const byKey = new Map<string, string>();
  for (const e of signal.evidence) if (!byKey.has(e.text.toLowerCase())) byKey.set(e.text.toLowerCase(), e.text);
  const matched = [...byKey.values()].slice(0, 3).join(', ');
  return (
    <li data-signal={signal.id}>
      <details>
        <summary>{info?.name ?? signal.id}{matched ? <small> — {matched}</small> : null}</summary>
        <ul class="mljl-facts">
          {(info?.facts ?? []).map((fact, i) => (
            <li key={i}>
              {fact.text}{' '}
              <cite>
                {fact.sources.map((s) => `${s.title}${s.publisher ? `, ${s.publisher}` : ''}, ${s.date}${s.opinion ? ' (opinion)' : ''}`).join('; ')}
              </cite>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
