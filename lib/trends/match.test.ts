import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { LevelLabel, Salary, ScopeLabel, WorkLabel } from '../model';
import { CATALOGUE } from './catalogue';
import { matchSignals, type SignalContext } from './match';
import { startKeys } from './prefix-index';
import { SKILL_CUES } from './skill-cues';

function ctx(work: WorkLabel = 'mixed', scope: ScopeLabel = 'generalist', level: LevelLabel = 'mid', salary: Salary = null): SignalContext {
  return {
    work: { label: work, confidence: 0.8, evidence: [] },
    scope: { label: scope, confidence: 0.8, evidence: [], domains: [] },
    level: { label: level, confidence: 0.8, evidence: [] },
    salary,
  };
}

const ids = (description: string, title = 'Machine Learning Engineer', c = ctx()) =>
  matchSignals({ title, description }, c).map((s) => s.id);

describe('skill signals: how skills are really written', () => {
  test.each([
    ['model-ops', 'You will deploy models to production and own model serving with vLLM and Triton.'],
    ['model-ops', 'Experience with MLOps practices and SageMaker endpoints.'],
    ['monitoring', 'Set up drift detection and model monitoring for deployed models.'],
    ['monitoring', 'Track experiments with MLflow and W&B.'],
    ['llm-eval', 'Build evaluation harnesses for LLM features and red-team our assistant for hallucinations.'],
    ['llm-eval', 'Use DeepEval or RAGAS to test RAG answers.'],
    ['agents', 'Design agentic workflows with LangGraph and tool calling.'],
    ['agents', 'Build AI agents that plan and call tools on behalf of users.'],
    ['optimization', 'Quantization and distillation of models for on-device inference.'],
    ['optimization', 'Deploy models to edge devices with ONNX Runtime and TFLite.'],
    ['fine-tuning', 'Fine-tune open-source LLMs with LoRA on our domain data.'],
    ['fine-tuning', 'Experience with Hugging Face transformers and transfer learning.'],
    ['automl', 'Familiarity with AutoML tools such as AutoGluon or H2O.'],
    ['llm-as-classifier', 'Integrate LLMs via the OpenAI API and prompt engineering into product features.'],
    ['llm-as-classifier', 'Build RAG pipelines on top of Claude and GPT-4.'],
    ['synthetic-data', 'Generate synthetic data to augment scarce training sets.'],
    ['ai-assisted-dev', 'We code with AI coding assistants such as GitHub Copilot and Cursor every day.'],
    ['end-to-end', 'Build data pipelines in Airflow and Kafka and ship services on Kubernetes with Docker.'],
    ['end-to-end', 'Run A/B tests to measure the impact of model changes.'],
    ['ml-platform', 'Build and maintain our ML platform, including the feature store and training infrastructure.'],
    ['data-quality', 'Own data quality and feature engineering for our ranking models.'],
    ['data-quality', 'Clean and preprocess messy datasets before training.'],
    ['from-scratch', 'Research and develop novel model architectures and publish at NeurIPS.'],
    ['manual-labeling', 'Manage our data annotation vendors and the labeling guidelines.'],
    ['swe-convergence', 'Strong software engineering skills: code reviews, unit tests and well-designed APIs.'],
    ['swe-convergence', 'Build backend microservices in Python and Go.'],
    ['classical-ml', 'Hands-on experience with XGBoost, random forests and logistic regression.'],
    ['classical-ml', 'Strong background in statistics and experimental design.'],
    ['core-frameworks', 'Proficiency in PyTorch or TensorFlow; scikit-learn a plus.'],
  ])('%s in %j', (id, description) => {
    expect(ids(description)).toContain(id);
  });
});

describe('skill signals: traps', () => {
  test.each([
    ['llm-as-classifier', 'Drag and drop dashboards; no rag-tag processes here.'],
    ['llm-as-classifier', 'Please respond promptly to customer tickets.'],
    ['monitoring', 'We monitor market trends and competitor pricing.'],
    ['monitoring', 'Monitor security alerts and compliance reports for SOC 2.'],
    ['swe-convergence', 'Go above and beyond for our customers; let go of old habits.'],
    ['end-to-end', 'We want people who spark joy and spark new ideas.'],
    ['agents', 'Support our insurance agents and real estate agents with clear reports.'],
    ['agents', 'Train customer service agents on the new ticketing system.'],
    ['llm-eval', 'Conduct performance evaluations of employees on your team.'],
    ['llm-eval', 'Evaluate new tools and technologies for the data team.'],
    ['optimization', 'Work with cutting-edge AI in a cutting edge company.'],
    ['optimization', 'Handle edge cases in the data gracefully.'],
    ['from-scratch', 'Do market research and user research to shape the roadmap.'],
    ['fine-tuning', 'Our pre-trained sales staff will onboard you.'],
    ['swe-convergence', 'You will work closely with software engineers and product managers.'],
    ['swe-convergence', "Bachelor's degree in Computer Science, Software Engineering or a related field."],
    ['classical-ml', 'Degree in Mathematics, Statistics or Physics.'],
    ['classical-ml', 'Own regression testing and regression test suites for the app.'],
    ['ml-platform', 'Our platform helps marketers reach customers.'],
    ['model-ops', 'You will deploy our vehicles throughout the city.'],
    ['ai-assisted-dev', 'Deploy an AI copilot for our support team.'],
    ['llm-as-classifier', 'Provide prompt and courteous service; trust is the bedrock of our culture.'],
    ['fine-tuning', 'Build firmware for LoRa and LoRaWAN sensors.'],
    ['agents', 'MCP or MCSE certification preferred.'],
  ])('no %s in %j', (id, description) => {
    expect(ids(description)).not.toContain(id);
  });

  test('vLLM and W&B are found whatever their case and punctuation', () => {
    expect(ids('Serve LLMs with vllm.')).toContain('model-ops');
    expect(ids('Experiment tracking in W&B.')).toContain('monitoring');
  });

  test.each([
    'Experience with Kubernetes is not required.',
    'No Kubernetes experience needed; we will teach you.',
    'Kubernetes isn\u2019t necessary for this role.',
  ])('a skill said not to be required is not asked for: %j', (description) => {
    expect(ids(description)).not.toContain('end-to-end');
  });

  test('company boilerplate is not evidence: about us, benefits, EEO', () => {
    const description = [
      '## About Us', 'We build LLM agents and AI copilots for enterprises, powered by PyTorch.', '',
      '## Benefits', '* Learning budget for Kubernetes and MLflow courses', '',
      '## Equal Opportunity', 'We evaluate candidates without regard to race; red teaming of bias in hiring.', '',
      '## What you will do', '* Write clear reports for the sales team.',
    ].join('\n');
    const found = ids(description, 'Analyst');
    for (const id of ['agents', 'core-frameworks', 'end-to-end', 'monitoring', 'llm-eval']) expect(found).not.toContain(id);
  });

  test('a "Meet the team" section describes the job, unlike an about-us blurb', () => {
    const description = '## Meet the team\nWe make perception models run on-device, optimized for onboard performance.\n\n## What you will do\n* Write code.';
    expect(ids(description)).toContain('optimization');
  });

  test('a title counts as evidence', () => {
    const found = matchSignals({ title: 'MLOps Engineer', description: 'Join us.' }, ctx());
    expect(found.find((s) => s.id === 'model-ops')?.evidence[0]).toMatchObject({ field: 'title', text: 'MLOps' });
  });
});

describe('context signals follow from the axes and the salary', () => {
  const salary: Salary = { min: 150000, max: 200000, currency: 'USD', period: 'year', annualMin: 150000, annualMax: 200000, evidence: [] };
  test.each<[string, SignalContext, boolean]>([
    ['entry-market', ctx('mixed', 'generalist', 'entry'), true],
    ['entry-market', ctx('mixed', 'generalist', 'mid'), false],
    ['senior-market', ctx('mixed', 'generalist', 'senior'), true],
    ['ops-shift', ctx('ops'), true],
    ['ops-shift', ctx('building'), false],
    ['building-shift', ctx('building'), true],
    ['domain-expertise', ctx('mixed', 'specialist'), true],
    ['domain-expertise', ctx('mixed', 'generalist'), false],
    ['salary', ctx('mixed', 'generalist', 'mid', salary), true],
    ['salary', ctx(), false],
  ])('%s', (id, c, expected) => {
    expect(ids('Work on things.', 'Machine Learning Engineer', c).includes(id)).toBe(expected);
  });

  test('ml-demand is shown for ML postings only', () => {
    expect(ids('Build models.', 'Senior Data Scientist')).toContain('ml-demand');
    expect(ids('Build models.', 'Applied AI Engineer')).toContain('ml-demand');
    expect(ids('Sell our products to retailers.', 'Account Executive')).not.toContain('ml-demand');
  });
});

describe('output', () => {
  const description = 'Deploy models with Kubernetes; fine-tune LLMs; hand-label data with our annotators team.';
  const result = matchSignals({ title: 'ML Engineer', description }, ctx('ops', 'specialist', 'senior'));

  test('directions come from the catalogue', () => {
    for (const s of result) expect(s.direction).toBe(CATALOGUE.find((c) => c.id === s.id)!.direction);
    expect(result.find((s) => s.id === 'manual-labeling')?.direction).toBe('declining');
  });
  test('ordered as the catalogue lists them, skills before market context', () => {
    const order = CATALOGUE.map((c) => c.id);
    const positions = result.map((s) => order.indexOf(s.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  test('evidence offsets point at the text', () => {
    for (const s of result) for (const e of s.evidence) {
      const source = e.field === 'title' ? 'ML Engineer' : description;
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('cue index', () => {
  test('every cue pattern can be indexed and compiled', () => {
    for (const cue of SKILL_CUES) {
      expect(() => new RegExp(cue.pattern, 'i'), cue.pattern).not.toThrow();
      expect(startKeys(cue.pattern).length, cue.pattern).toBeGreaterThan(0);
    }
  });
  test.each([
    ['fine[- ]?tun(?:e|ing)', ['fine']],
    ['(?:model|ML) serving', ['mode', 'ml s']],
    ['RAG', ['rag']],
    ['A/B test', ['a/b ']],
    ['quanti[sz]e', ['quan']],
  ])('start keys of %s', (pattern, keys) => {
    expect(startKeys(pattern).sort()).toEqual(keys.sort());
  });
  test('a cue starting with a wildcard is refused', () => {
    expect(() => startKeys(String.raw`\w+ing`)).toThrow();
  });
  // match.ts reads the keys from skill-cue-keys.ts instead of deriving them at each page
  // load. After editing a cue, rewrite that file:
  //   MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/trends/match.test.ts
  test('the stored start keys are those of the cues (skill-cue-keys.ts is up to date)', () => {
    const path = new URL('./skill-cue-keys.ts', import.meta.url);
    const lines = SKILL_CUES.map((c) => `  ${JSON.stringify(c.pattern)}: ${JSON.stringify(startKeys(c.pattern))},`);
    const source = [
      '// Generated from skill-cues.ts by lib/trends/match.test.ts; do not edit. To rewrite it:',
      '//   MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/trends/match.test.ts',
      '// Each cue pattern\'s start keys (prefix-index.ts startKeys, in its order), so the content',
      '// script does not derive them on every page load. A pattern missing here is derived at load.',
      'export const CUE_KEYS: Readonly<Record<string, readonly string[]>> = {',
      ...[...new Set(lines)],
      '};',
      '',
    ].join('\n');
    if (process.env.MLJL_WRITE_CUE_KEYS) writeFileSync(path, source);
    expect(readFileSync(path, 'utf8'), 'run: MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/trends/match.test.ts').toBe(source);
  });
});

describe('speed', () => {
  test.each([
    ['repeated cue words', 'data models deploy production pipelines LLM agents evaluation '.repeat(17000)],
    ['one long word', 'a'.repeat(1_000_000)],
    ['separators', '-/ .'.repeat(250000)],
    ['near misses', 'fine-tun quanti deplo monitorin '.repeat(32000)],
  ])('1 MB of %s stays under 50 ms', (_name, description) => {
    matchSignals({ title: 'x', description: 'warm up' }, ctx());
    const t = performance.now();
    matchSignals({ title: 'ML Engineer', description: description.slice(0, 1_000_000) }, ctx());
    expect(performance.now() - t).toBeLessThan(50 * 3); // slack for loaded CI machines
  });
});

describe('ml-demand mention: the same as the \\p{L}/\\p{N} regexes it replaces', () => {
  const ACRONYM = /(?<![\p{L}\p{N}])(?:ML|AI|LLMs?|MLOps|NLP|GenAI|CV)(?![\p{L}\p{N}])/u;
  const WORDS = /(?<![\p{L}\p{N}])(?:machine[- ]learning|artificial intelligence|deep learning|data scien\w+|computer vision|generative|neural networks?|large language models?)(?![\p{L}\p{N}])/iu;
  const expected = (text: string): string | null => {
    const a = ACRONYM.exec(text);
    const w = WORDS.exec(text);
    const m = a && w ? (a.index <= w.index ? a : w) : a ?? w;
    return m ? `${m.index}:${m[0]}` : null;
  };
  const parts = ['ML', 'MLOps', 'LLMs', 'AI', 'GenAI', 'CV', 'machine learning', 'Data Scientist', 'data scien_é', 'data ſcience',
    'neural networks', 'neural network\u212a', 'Large Language Models', 'generative', 'é', '\u0345', '𝕊', '🤖', '1', '_', ' ', '-', 's', 'x'];
  test('on titles built from tricky neighbours', () => {
    let seed = 1;
    const rand = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
    for (let k = 0; k < 3000; k++) {
      let title = '';
      for (let j = 1 + Math.floor(rand() * 5); j > 0; j--) title += parts[Math.floor(rand() * parts.length)];
      const ev = matchSignals({ title, description: '' }, ctx()).find((s) => s.id === 'ml-demand')?.evidence[0];
      expect(ev ? `${ev.start}:${ev.text}` : null, JSON.stringify(title)).toBe(expected(title));
    }
  });
});
