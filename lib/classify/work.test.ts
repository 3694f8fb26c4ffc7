import { describe, expect, it, test } from 'vitest';
import type { WorkLabel } from '../model';
import { classifyWork } from './work';

// Small postings paraphrased from real ones: title + a few lines of duties.
const RESEARCH = `About the role
You will join our research team.

What you'll do:
- Design and train large-scale deep learning models for retrieval and ranking
- Run experiments, analyze results and iterate on model architectures
- Publish at top-tier conferences such as NeurIPS and ICML

Requirements:
- PhD in machine learning or a related field
- Strong background in statistical modeling and experimentation`;

const MLOPS = `What you'll do:
- Build and operate our ML platform: model serving, feature store and model registry
- Own CI/CD for models, Kubernetes deployments and infrastructure as code with Terraform
- Monitor models in production for drift, latency and cost
- Keep inference services reliable and on call for incidents

Requirements:
- Experience with Docker, Kubernetes, Airflow and AWS SageMaker`;

const LLM_APP = `Responsibilities
- Integrate LLM APIs (OpenAI, Anthropic) into product features
- Build RAG pipelines with vector databases and LangChain agents
- Design evals and monitor the quality of AI features in production
- Build backend APIs and microservices in TypeScript`;

const BOTH = `Responsibilities
- Design, train and fine-tune computer vision models and run experiments to improve their accuracy
- Take models from prototype to production: deploy them to edge devices, optimise latency with TensorRT
- Build pipelines for automated deployment and monitoring of models in production
- Own the serving infrastructure on Kubernetes and keep inference reliable
- Research new architectures and evaluate model performance`;

const DATA_SCIENCE = `What you'll do:
Build predictive models to forecast demand
Design A/B tests and analyze experiments
Use statistical analysis and regression to find insights
Present findings to stakeholders`;

describe('classifyWork', () => {
  test.each<[string, string, string, WorkLabel]>([
    ['research scientist training models', 'Research Scientist, Retrieval', RESEARCH, 'building'],
    ['data scientist doing statistics', 'Data Scientist', DATA_SCIENCE, 'building'],
    ['MLOps platform engineer', 'Senior MLOps Engineer', MLOPS, 'ops'],
    ['ML platform title with ops duties', 'Software Engineer, ML Infrastructure', MLOPS, 'ops'],
    ['AI engineer integrating LLM APIs without training', 'AI Engineer', LLM_APP, 'ops'],
    ['neutral title, both sides strong', 'Machine Learning Engineer', BOTH, 'mixed'],
    ['neutral title, research duties', 'Machine Learning Engineer', RESEARCH, 'building'],
    ['neutral title, ops duties', 'Machine Learning Engineer', MLOPS, 'ops'],
  ])('%s', (_name, title, description, expected) => {
    expect(classifyWork({ title, description }).label).toBe(expected);
  });

  it('ignores the company blurb and benefits', () => {
    const description = `About us
We run the largest ML platform with Kubernetes, serving and inference at scale, deployed worldwide.

What you'll do:
- Train and fine-tune models, run experiments, publish research

Benefits
- Kubernetes-certified infrastructure team lunches, deploy your own desk`;
    expect(classifyWork({ title: 'Machine Learning Engineer', description }).label).toBe('building');
  });

  it('discounts nice-to-have ops skills against building duties', () => {
    const description = `Responsibilities
- Develop novel algorithms and statistical models for pricing
- Design experiments and analyze model performance
- Train deep learning models and improve their accuracy

Nice to have
- Experience with Docker, Kubernetes, Airflow, CI/CD, MLOps, model serving`;
    expect(classifyWork({ title: 'Machine Learning Engineer', description }).label).toBe('building');
  });

  it('lets the title decide when the text says almost nothing', () => {
    expect(classifyWork({ title: 'Applied Scientist II', description: 'Join us. Apply now.' }).label).toBe('building');
    expect(classifyWork({ title: 'ML Platform Engineer', description: 'Join us. Apply now.' }).label).toBe('ops');
    const unknown = classifyWork({ title: 'Engineer', description: 'Join us.' });
    expect(unknown.label).toBe('mixed');
    expect(unknown.confidence).toBeLessThan(0.5);
  });

  it('returns evidence with correct offsets, most weighty first', () => {
    const title = 'Research Scientist';
    const result = classifyWork({ title, description: RESEARCH });
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.evidence.length).toBeLessThanOrEqual(6);
    expect(result.evidence[0]!.field).toBe('title');
    for (const e of result.evidence) {
      const source = e.field === 'title' ? title : RESEARCH;
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('gives a confidence in [0, 1], higher for a clear case', () => {
    const clear = classifyWork({ title: 'MLOps Engineer', description: MLOPS });
    const unclear = classifyWork({ title: 'Machine Learning Engineer', description: BOTH });
    for (const r of [clear, unclear]) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(clear.confidence).toBeGreaterThan(unclear.confidence);
  });

  it('stays fast on huge and adversarial input', () => {
    const cases = [
      'train '.repeat(200_000),
      `${'from '.repeat(100_000)}production`,
      'a'.repeat(1_000_000),
      `${'deploy and train models. '.repeat(40_000)}`,
      'Requirements:\n'.repeat(60_000),
    ];
    for (const description of cases) {
      const t0 = performance.now();
      classifyWork({ title: 'Machine Learning Engineer', description });
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
