// The trend signals of TRENDS.md as typed data: what each signal is, which way
// the source documents say it is moving, and the facts behind it in our own
// words, each citing its sources (lib/trends/sources.ts).
import { z } from 'zod';
import { SIGNAL_DIRECTIONS, type SignalDirection } from '../model';

export const FactSchema = z.object({
  text: z.string().min(1),
  sourceIds: z.array(z.string()).min(1),
});
export type Fact = z.infer<typeof FactSchema>;

export const SignalSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  direction: z.enum(SIGNAL_DIRECTIONS),
  /** 'skill': found in the posting's text; 'context': follows from the axes or the salary. */
  kind: z.enum(['skill', 'context']),
  facts: z.array(FactSchema).min(1),
});
export type TrendSignal = z.infer<typeof SignalSchema>;

const S = { blog: 'hiring-trends-2025', mlg: 'mlg-mla-030', shah: 'shah-2020', forum: 'mendoza-2025', tds: 'tds-2020' } as const;

const skill = (id: string, name: string, direction: SignalDirection, facts: Fact[]) =>
  ({ id, name, direction, kind: 'skill' as const, facts });
const context = (id: string, name: string, direction: SignalDirection, facts: Fact[]) =>
  ({ id, name, direction, kind: 'context' as const, facts });
const fact = (text: string, ...sourceIds: string[]): Fact => ({ text, sourceIds });

const CATALOGUE_DATA: TrendSignal[] = [
  skill('model-ops', 'Model serving and production ops', 'rising', [
    fact('Staying employable in ML means moving from training models towards running them in production, deploying with tools such as vLLM or TensorRT.', S.mlg),
    fact('Practitioners say the hard part of real projects is usually deploying and monitoring models, not their architecture.', S.forum),
  ]),
  skill('monitoring', 'Drift detection and monitoring', 'rising', [
    fact('Detecting drift and monitoring models (for example with MLflow or W&B) is listed among the skills to prioritise.', S.mlg),
  ]),
  skill('llm-eval', 'LLM evaluation and safety testing', 'rising', [
    fact('Testing LLM systems with DeepEval or RAGAS for hallucination, leaked personal data and adversarial robustness is listed as a priority.', S.mlg),
  ]),
  skill('agents', 'Agentic workflows', 'rising', [
    fact('Building multi-step agent systems (LangGraph, CrewAI) with human review points and observability is listed as a priority.', S.mlg),
  ]),
  skill('optimization', 'Model compression for on-device / air-gapped', 'rising', [
    fact('Quantising and distilling models so they run on devices or in air-gapped settings is listed as a priority.', S.mlg),
  ]),
  skill('fine-tuning', 'Adapting pretrained models', 'rising', [
    fact('Experts are said to expect roughly 70% of ML engineers to move towards fine-tuning models that already exist.', S.forum),
    fact('In the age of transfer learning, fine-tuning existing toolkits to a problem is described as a core engineering skill.', S.tds),
    fact('Picking models from HuggingFace together with LLM infrastructure experience is described as a strong profile.', S.forum),
  ]),
  skill('automl', 'AutoML', 'rising', [
    fact('AutoML lets engineers with no ML or data-science background train classifiers; the main cost of ML is building models, not running them.', S.blog),
  ]),
  skill('llm-as-classifier', 'LLMs replacing custom models', 'rising', [
    fact('Where cost and speed matter little, one engineer adjusting a GPT prompt can have a classifier in production within days, where a data-science team used to deliver one or two models a month.', S.blog),
    fact('Once such a prompt-based classifier costs more than the budget allows, a custom model can be trained with AutoML from the data it labelled.', S.blog),
  ]),
  skill('synthetic-data', 'LLM data generation and cleaning', 'rising', [
    fact('Cleaning and generating data used to be limited by human effort; now the limit is the time LLM inference takes.', S.blog),
  ]),
  skill('ai-assisted-dev', 'AI-augmented engineering workflows', 'rising', [
    fact('About 30% of Microsoft\u2019s code is reported to be written by AI, and Claude Code is reported to resolve 72% of GitHub issues in less than eight minutes.', S.mlg),
  ]),
  skill('end-to-end', 'End-to-end applied ML', 'rising', [
    fact('The engineer most in demand can build ETL with Airflow or Kafka, train or fine-tune in TensorFlow or PyTorch, serve on Kubernetes and run A/B tests on a prototype.', S.tds),
    fact('A combination of skills across the whole pipeline is expected to be worth more than research alone or engineering alone.', S.tds),
  ]),
  skill('ml-platform', 'ML platform engineering', 'rising', [
    fact('Roles for AI or ML platform engineers, combining data engineering with ML engineering, are becoming more common.', S.tds),
  ]),
  skill('data-quality', 'Data quality and feature engineering', 'steady', [
    fact('ML engineers are said to spend only about a tenth of their time designing models; most of it goes on data quality, features and keeping production running.', S.forum),
  ]),
  skill('domain-expertise', 'Domain specialism', 'rising', [
    fact('57.7% of ML job postings are reported to prefer specialists in areas such as healthcare, finance or climate over generalists.', S.mlg),
    fact('Domain-focused ML roles have multiplied, for example in vision, conversational AI, advertising, recommendations, search and risk or trust.', S.tds),
  ]),
  skill('from-scratch', 'Building models from scratch', 'declining', [
    fact('Practitioners report writing models from scratch less often, and say coding a transformer by hand is tested in interviews far more than it is used at work.', S.forum),
    fact('Designing model architectures takes only around 10% of an ML engineer\u2019s time.', S.forum),
  ]),
  skill('prompt-engineering', 'Prompt engineering as a role', 'declining', [
    fact('Prompt-engineering jobs that paid $375,000 are described as close to obsolete within two years.', S.mlg),
  ]),
  skill('manual-labeling', 'Manual data labelling', 'declining', [
    fact('LLM inference now takes over much of the labelling and cleaning that people used to do by hand.', S.blog),
  ]),
  skill('swe-convergence', 'ML work merging into software engineering', 'rising', [
    fact('One engineer\u2019s 2020 view: ML engineering requirements are becoming software-engineering requirements, and companies prefer to teach ML to their software engineers.', S.shah),
    fact('The same view: much ML engineering work is serving models behind APIs and connecting tools into a working application.', S.shah),
  ]),
  skill('classical-ml', 'ML fundamentals', 'steady', [
    fact('Interviewers still test fundamentals, such as SVMs and random forests, in depth.', S.tds),
  ]),
  skill('core-frameworks', 'Core frameworks', 'steady', [
    fact('Companies are expected to value skill in integrating and optimising toolkits like HuggingFace and TensorFlow over building models from nothing.', S.forum, S.tds),
  ]),
  context('entry-market', 'Entry-level market', 'declining', [
    fact('Entry-level hiring is described as collapsing as AI takes over routine work; in AI-exposed jobs, employment of 22- to 25-year-olds fell by 13\u201316%.', S.mlg),
    fact('One 2020 view: getting an ML engineering job was about five times harder than getting a software-engineering one.', S.shah),
  ]),
  context('senior-market', 'Senior market', 'rising', [
    fact('In AI-exposed jobs, employment of workers over 30 grew by 6\u201312%, and senior ML pay is reported to reach $550,000.', S.mlg),
  ]),
  context('ml-demand', 'Demand for ML engineers', 'rising', [
    fact('Demand for ML engineers is reported up 89% in early 2025, with 3.2 open roles for each qualified candidate.', S.mlg),
  ]),
  // The sources give salary levels, not a direction: shown as a reference point.
  context('salary', 'ML salaries', 'steady', [
    fact('The reported median ML engineering salary is $187,500, and senior roles go as high as $550,000.', S.mlg),
  ]),
  context('ops-shift', 'Shift towards production work', 'rising', [
    fact('Careers are said to be moving from training models to operating them in production.', S.mlg),
    fact('Most ML engineering work adapts models that already exist rather than creating new ones.', S.forum),
  ]),
  context('building-shift', 'Model-building work', 'declining', [
    fact('Model design is said to take roughly 10% of an ML engineer\u2019s time.', S.forum),
    fact('One 2020 view: companies need only a small number of research-style ML roles.', S.shah),
  ]),
];

// Static data, checked against SignalSchema and the sources by catalogue.test.ts rather
// than parsed here: this module loads on every page the content script runs on.
export const CATALOGUE: readonly TrendSignal[] = CATALOGUE_DATA;

const BY_ID = new Map(CATALOGUE.map((s) => [s.id, s]));

export function signalById(id: string): TrendSignal | undefined {
  return BY_ID.get(id);
}

/** Catalogue order: used to order matched signals consistently. */
export const SIGNAL_ORDER: ReadonlyMap<string, number> = new Map(CATALOGUE.map((s, i) => [s.id, i]));
