import { describe, expect, it, test } from 'vitest';
import type { WorkLabel } from '../model';
import { analyzeWork, decide, classifyWork, ruleInputs, ruleLabel } from './work';
import { WORK_RULE } from './work-rule';

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
      expect(['building', 'ops', 'mixed']).toContain(classifyWork({ title: 'Machine Learning Engineer', description }).label);
    }
  });
});

describe('classifyWork: engineering titles that also make models', () => {
  // Paraphrased from real postings: a "Software Engineer, ML" who trains the models
  // and ships them is mixed; one who wires existing LLMs into a product is ops.
  const SWE_TRAINS = `Responsibilities
- Prototype and experiment with early ideas to assess feasibility
- Train, evaluate, and tune ML models for our product
- Fine-tune language models on our own data
- Deploy ML models to production and monitor them
- Help build ML infrastructure and tooling where needed
- Build backend services and data pipelines with Airflow and Kafka
- Own CI/CD on Kubernetes and keep the services reliable`;
  const SWE_INTEGRATES = `Responsibilities
- Integrate LLM APIs from OpenAI and Anthropic into product features
- Build RAG pipelines and agents with LangChain and a vector database
- Build backend services and APIs in Python and TypeScript
- Deploy and monitor services on Kubernetes`;

  test.each<[string, string, string, WorkLabel]>([
    ['SWE title, trains and deploys', 'Lead Software Engineer, Machine Learning', SWE_TRAINS, 'mixed'],
    ['SWE title, integrates existing models', 'Senior Software Engineer, AI', SWE_INTEGRATES, 'ops'],
    ['AI engineer title, integrates existing models', 'AI Engineer', SWE_INTEGRATES, 'ops'],
  ])('%s', (_name, title, description, expected) => {
    expect(classifyWork({ title, description }).label).toBe(expected);
  });
});

describe('work cues: making a model, not using one', () => {
  const making = (description: string): number => ruleInputs(analyzeWork({ title: 'Engineer', description })).making;
  test.each<[string, boolean]>([
    ['Train, evaluate, and tune ML models.', true],
    ['Train and fine-tune transformer models on our data.', true],
    ['Fine-tune open-weight LLMs for extraction.', true],
    ['Deploy trained models behind a low-latency API.', false],
    ['Serve pre-trained models from Hugging Face.', false],
    ['Fine-tune system performance and queries.', false],
    ['Use the trained models in production.', false],
  ])('%j', (text, expected) => {
    expect(making(text) > 0).toBe(expected);
  });

  it('does not read system design as model design', () => {
    const hits = analyzeWork({ title: 'Engineer', description: 'Design system architectures and improve its architecture.' }).cueMass;
    expect(hits.get('develop-models') ?? 0).toBe(0);
  });
});

describe('the work rule and its parameters', () => {
  it('has bands in order for every title side', () => {
    for (const side of ['building', 'ops', 'neutral'] as const) {
      const { lo, hi } = WORK_RULE.bands[side];
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeGreaterThan(lo);
      expect(hi).toBeLessThanOrEqual(1);
    }
    expect(WORK_RULE.titleLean).toBeGreaterThan(0);
  });

  test.each<[string, { building: number; ops: number; titleLean: number; making: number }, WorkLabel]>([
    ['building title, building votes', { building: 8, ops: 2, titleLean: 7, making: 0 }, 'building'],
    ['ops title, ops votes', { building: 2, ops: 10, titleLean: -8, making: 0 }, 'ops'],
    ['neutral title, even votes', { building: 5, ops: 6, titleLean: 0, making: 0 }, 'mixed'],
    ['neutral title, exactly even votes', { building: 1, ops: 1, titleLean: 0, making: 0 }, 'mixed'],
    ['ops title, more ops votes, trains models', { building: 3.2, ops: 6.8, titleLean: -5, making: 3 }, 'mixed'],
    ['ops title, more ops votes, trains nothing', { building: 3.2, ops: 6.8, titleLean: -5, making: 0 }, 'ops'],
    ['nothing in the text, ops title', { building: 0, ops: 0.5, titleLean: -8, making: 0 }, 'ops'],
  ])('%s', (_name, inputs, expected) => {
    expect(ruleLabel(inputs)).toBe(expected);
  });

  it('reads a very long title only as far as a title goes, with valid offsets', () => {
    const title = `Research Scientist ${'and MLOps Engineer '.repeat(10_000)}`;
    const result = classifyWork({ title, description: 'Train models.' });
    for (const e of result.evidence) if (e.field === 'title') expect(title.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('work cues: phrases that decide (paraphrased from real postings)', () => {
  // Which cue ids fire on a sentence, with the text each one covers.
  const cuesOf = (description: string): string[] =>
    analyzeWork({ title: 'Engineer', description }).scored.hits
      .filter((h) => h.field === 'description')
      .map((h) => `${h.hit.cue.id}:${description.slice(h.hit.start, h.hit.end)}`);

  test.each<[string, string, string]>([
    // Infrastructure that others train on is ops, not model training.
    ['training infra', 'Build infrastructure for training and inference of LLMs.', 'training-infra:infrastructure for training'],
    ['training clusters', 'Experience operating computational clusters for training ML models.', 'training-infra:clusters for training'],
    ['systems which train', 'You will own the systems which train models and produce predictions.', 'training-infra:systems which train'],
    ['libraries to assist in building', 'Design software libraries to assist in building and executing models.', 'training-infra:software libraries to assist in building and executing models'],
    ['infrastructure we use to train', 'Build the datasets and infrastructure that we use to train models.', 'training-infra:infrastructure that we use to train'],
    // The posting says outright that the job does not make models.
    ['will not be involved', 'Note: this role will not be involved in\nbuilding, developing any machine learning models.', 'no-model-building:not be involved in\nbuilding, developing any machine learning models'],
    ['does _not_ require', 'This role does _not_ require designing and implementing new machine learning models.', 'no-model-building:not_ require designing and implementing new machine learning models'],
    ['without training them', 'Integrate hosted LLMs without training them.', 'no-model-building:without training them'],
    // Both sides named at once.
    ['both sides', 'Contribute to both software engineering and machine learning sides of projects.', 'both-sides:both software engineering and machine learning sides'],
    ['bridge', 'You will bridge the gap between research and production.', 'both-sides:bridge the gap between research and production'],
    // The split said in passing, before the building and ops cues take its words.
    ['split time', 'Research Engineers split their time between research and shipping.', 'build-and-run:split their time between research and shipping'],
    ['build and run them', 'A data scientist who enjoys building models and running them too.', 'build-and-run:building models and running them'],
    ['take them to production', "You'll build demand forecasting models and take them to production yourself.", 'build-and-run:build demand forecasting models and take them to production'],
    ['over the wall', "Our scientists don't throw models over the wall.", "build-and-run:don't throw models over the wall"],
    ['half and half', 'Half of the work is model development; the other half is getting models into the workflow.', 'build-and-run:Half of the work is model development; the other half'],
    ['training none of its own', "We don't train models ourselves; we evaluate the ones our customers build.", "no-model-building:don't train models"],
    ['RL agents are trained models', 'Train reinforcement learning agents for robot control.', 'train-models:Train reinforcement learning agents'],
    // Performance work on training or inference workloads is ops.
    ['workloads', 'Profile and optimize deep learning training workloads on GPUs.', 'perf:training workloads'],
    ['performance analysis', 'Strong skills in performance analysis and tuning.', 'perf:performance analysis'],
    ['profiling', 'Experience with profiling and benchmarking GPU code.', 'perf:profiling'],
    ['creating models', 'Experience creating predictive models for pricing.', 'develop-models:creating predictive models'],
    ['a verb list opened with a comma', 'Design, implement and iterate ML models.', 'develop-models:Design, implement and iterate ML models'],
    ['model selection', 'Data preparation, model selection and tuning.', 'novel:model selection'],
    ['improve accuracy', 'Refine algorithms to improve accuracy on rare classes.', 'data-quality-of-model:improve accuracy'],
    ['canary rollouts', 'Own canary rollouts and rollbacks of new model versions.', 'containers:canary rollouts'],
    ['TF Serving', 'Serve models with TF Serving behind gRPC.', 'mlops:TF Serving'],
    ['a platform the job builds', 'Build and maintain the platform that serves our models.', 'infra:platform'],
    ['observability tools', 'Dashboards in Grafana and alerts in PagerDuty.', 'infra:Grafana'],
    ['industrialise models', 'Industrialize the models our data scientists build.', 'production:Industrialize'],
    // French, Spanish, Portuguese, German and Italian postings (paraphrased).
    ['fr: entraîner des modèles', 'Concevoir et entraîner des modèles de vision pour nos clients.', 'train-models-intl:entraîner des modèles'],
    ['es: desarrollo de modelos', 'Desarrollo de modelos predictivos y análisis de datos.', 'develop-models-intl:Desarrollo de modelos'],
    ['pt: treinar modelos', 'Vais treinar modelos de classificação com dados reais.', 'train-models-intl:treinar modelos'],
    ['de: Modelle trainieren', 'Du wirst Modelle trainieren und evaluieren.', 'train-models-intl:Modelle trainieren'],
    ['de: a compound model word', 'Du unterstützt bei der Entwicklung und dem Training von Deep-Learning-Modellen.', 'train-models-intl:Entwicklung und dem Training von Deep-Learning-Modellen'],
    ['de: Modellentwicklung', 'Modellentwicklung für Bilddaten.', 'develop-models-intl:Modellentwicklung'],
    ['de: Entwurf und Training', 'Entwurf und Training eigener neuronaler Netzarchitekturen.', 'train-models-intl:Entwurf und Training eigener neuronaler Netzarchitekturen'],
    ['de: du entwickelst', 'Du entwickelst Preis- und Promotionsmodelle.', 'develop-models-intl:Du entwickelst Preis- und Promotionsmodelle'],
    ['de: prototype to production', 'Du verantwortest sie vom Prototyp bis in die Produktion.', 'build-and-run:vom Prototyp bis in die Produktion'],
    ['de: operating models', 'Du überwachst Modelle im Betrieb.', 'infra-intl:überwachst'],
    ['nl: develop and train', 'Je ontwikkelt en traint modellen voor kredietrisico.', 'develop-models-intl:ontwikkelt en traint modellen'],
    ['nl: a compound model word', 'Je ontwikkelt tijdreeksmodellen voor volumes.', 'develop-models-intl:ontwikkelt tijdreeksmodellen'],
    ['it: future tense', 'Svilupperai modelli di previsione.', 'develop-models-intl:Svilupperai modelli'],
    ['pl: deploying models', 'Wdrażanie modeli na produkcję.', 'deploy-intl:Wdrażanie'],
    ['de: kinds of models', 'Entwicklung von statistischen Modellen zur Vorhersage von Ausfällen.', 'develop-models-intl:Entwicklung von statistischen Modellen'],
    ['de: anomaly detection', 'Anomalieerkennung in Sensordaten.', 'statistics-intl:Anomalieerkennung'],
    ['pt: construção de modelos', 'Apoiar na construção de modelos de recomendação.', 'develop-models-intl:Apoiar na construção de modelos'],
    ['es: despliegue', 'Implementación de procesos de MLOps para la integración y despliegue de modelos.', 'deploy-intl:despliegue'],
    ['fr: mise en production', 'Assurer la mise en production et le suivi des modèles.', 'production-intl:mise en production'],
    ['fr: industrialisation', "Participer à l'industrialisation des solutions d'IA.", 'production-intl:industrialisation'],
    ['pt: em produção', 'Colocar modelos em produção com monitoramento contínuo.', 'production-intl:em produção'],
    ['it: infrastruttura', "Gestire l'infrastruttura cloud per i modelli.", 'infra-intl:infrastruttura'],
  ])('%s', (_name, text, expected) => {
    expect(cuesOf(text)).toContain(expected);
  });

  // Monitoring built for a model is not building a model; a Research Software Engineer writes software.
  test('"build monitoring for model performance" is no model building', () => {
    expect(cuesOf('Build monitoring for model performance and data drift.').filter((c) => c.startsWith('develop-models'))).toEqual([]);
  });
  test('a training programme for the hire is not model training', () => {
    expect(cuesOf('Join a training program on cloud, LLM and data tools.').filter((c) => c.startsWith('train-models'))).toEqual([]);
  });
  test('an RL agent is no LLM agent', () => {
    expect(cuesOf('Train reinforcement learning agents.').filter((c) => c.startsWith('llm-integration'))).toEqual([]);
  });
  test('"Research Software Engineer" is no researcher title', () => {
    expect(classifyWork({ title: 'Research Software Engineer', description: 'Build the software our scientists use: CI/CD, Docker images, data pipelines.' }).label).toBe('ops');
  });

  // Building and shipping product features on an LLM is not making and deploying a model.
  test('"build and ship LLM-powered features" is no prototype-to-production', () => {
    expect(cuesOf('Build and ship LLM-powered product features.').filter((c) => c.startsWith('proto-to-prod'))).toEqual([]);
    expect(cuesOf('Design and ship new ranking systems.').filter((c) => c.startsWith('proto-to-prod'))).not.toEqual([]);
  });

  // The words of the other languages must not fire on English text.
  test.each([
    'Quality assurance and integration testing of our platforms.',
    'We research new markets; the production team handles logistics.',
    'Supervision of junior analysts and data modeling for reports.',
  ])('no foreign-language cue on English text: %s', (text) => {
    expect(cuesOf(text).filter((c) => c.includes('-intl:'))).toEqual([]);
  });

  test.each<[string, string]>([
    ['training models is still making', 'Train and evaluate transformer models on our data.'],
    ['a tool for experiments is not training infra', 'Design experiments and analyze model performance.'],
  ])('no ops cue: %s', (_name, text) => {
    expect(cuesOf(text).filter((c) => c.startsWith('training-infra') || c.startsWith('no-model-building'))).toEqual([]);
  });

  // Words that name the company, its customers or statistics, not ops work (from the cue audit of real postings).
  test.each([
    'Our AI-powered platform helps clinicians every day.',
    'We are a specialty financial services firm.',
    'You will be fully integrated in the team from day one.',
    'Monitor the latest ML research and industry trends.',
    'Statistical testing of hypotheses about user behaviour.',
    'Accelerate agent productivity in our support centre.',
    'Point cloud segmentation and 3D reconstruction.',
    'Rest assured, we read every application.',
    'Our salaries are benchmarked against similar-stage companies.',
    'Significant impact on our users\' workflows.',
  ])('no ops cue: %s', (text) => {
    expect(cuesOf(text).filter((c) => !c.startsWith('analysis') && !c.startsWith('research') && !c.startsWith('experiments') && !c.startsWith('statistics'))).toEqual([]);
  });

  // Building and mixed words used in another sense (from the cue audit of real postings).
  test.each<[string, string]>([
    ['training data is not training a model', 'Prepare training data for the models.'],
    ['a business model', 'Help improve our business model.'],
    ['operations research is a degree field', 'Degree in Statistics or Operations Research.'],
    ['end-to-end tests', 'Write unit, integration and end-to-end tests.'],
    ['shipping microservices', 'Design, build and deploy microservices on AWS.'],
    ['an R&D team', 'Partner with our R&D team on new products.'],
    ['regression tests', 'Keep regression tests green.'],
    ['state-of-the-art infrastructure', 'Work on state-of-the-art infrastructure.'],
    ['TensorFlow Serving', 'Serve models with TensorFlow Serving.'],
  ])('no building or mixed cue: %s', (_name, text) => {
    const making = ['research', 'end-to-end', 'proto-to-prod', 'ml-methods', 'sota', 'pytorch', 'train-models', 'develop-models'];
    expect(cuesOf(text).filter((c) => making.some((id) => c.startsWith(`${id}:`) || c.startsWith(`${id}-word:`)))).toEqual([]);
  });

  it('does not read a "profile" heading as performance work', () => {
    expect(cuesOf('Your profile\n- Degree in statistics')).not.toContain('perf:profile');
    expect(cuesOf('Candidate Profile: curious, rigorous')).toEqual([]);
  });

  it('is less sure of a side when much is said for the other one', () => {
    // Both clear of the band by the most the margin counts: only what ops has differs.
    const none = decide({ building: 16, ops: 0, titleLean: 0, making: 0 });
    const much = decide({ building: 16, ops: 4, titleLean: 0, making: 0 });
    expect(none.label).toBe('building');
    expect(much.label).toBe('building');
    expect(much.confidence).toBeLessThan(none.confidence - 0.05);
  });

  it('reads infrastructure for training as ops, not as making a model', () => {
    const inputs = ruleInputs(analyzeWork({ title: 'Engineer', description: 'Build tooling and infrastructure for training, deploying and monitoring models.' }));
    expect(inputs.making).toBe(0);
  });

  it('reads retraining as keeping a model in production, not as making one', () => {
    // Paraphrased from real duties: "identifying model drift and retraining models", "automated retraining from feedback".
    const a = analyzeWork({ title: 'Engineer', description: 'Retrain, maintain and monitor models in production as drift appears.' });
    expect(ruleInputs(a).making).toBe(0);
    expect(a.cueMass.get('infra') ?? 0).toBeGreaterThan(0);
    expect(a.cueMass.get('train-models') ?? 0).toBe(0);
  });

  it('does not read staffing or joining a team as deploying or integrating', () => {
    // IT-services and Portuguese/French postings (paraphrased): "trainees will be deployed to client projects", "vais integrar a equipa".
    for (const description of ['Trainees will be deployed to client projects after training.', 'Vais integrar a equipa de Motion AI.', 'Vous allez intégrer notre équipe Data.']) {
      const a = analyzeWork({ title: 'Engineer', description });
      expect((a.cueMass.get('deploy') ?? 0) + (a.cueMass.get('integrate-intl') ?? 0)).toBe(0);
    }
    expect(analyzeWork({ title: 'Engineer', description: 'Deploy models to client sites and integrar modelos em produção.' }).cueMass.get('deploy') ?? 0).toBeGreaterThan(0);
  });

  it('reads German duties with the verb at the end', () => {
    const a = analyzeWork({ title: 'ML Engineer', description: 'Das erwartet dich\n- Ranking-Modelle mit PyTorch trainieren und auf Kubernetes deployen' });
    expect(a.cueMass.get('train-models-intl') ?? 0).toBeGreaterThan(0);
    expect(a.cueMass.get('deploy-intl') ?? 0).toBeGreaterThan(0);
  });

  it('labels an MLOps role that says it builds no models as ops', () => {
    const description = `As a Software Engineer on the ML team you will build and scale ML platforms and pipelines.
Note: this role will not be involved in building or developing any machine learning models.
- Containerize, deploy and version data science models
- Build CI/CD pipelines with GitLab CI
- Experience with Docker, Kubernetes and AWS SageMaker`;
    const result = classifyWork({ title: 'Software Engineer - MLOps', description });
    expect(result.label).toBe('ops');
    for (const e of result.evidence) {
      expect((e.field === 'title' ? 'Software Engineer - MLOps' : description).slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('work: fine-tuning in a job that builds no models', () => {
  it('does not count as making a model', () => {
    const description = `- Integrate LLMs from providers like OpenAI into our features
- Fine-tuning, evaluating, and iterating on LLM models in production
Note that this role does not require designing and implementing new machine learning models, but rather integrating and fine-tuning existing models.`;
    const a = analyzeWork({ title: 'AI Integrations Software Engineer', description });
    expect(a.cueMass.get('fine-tune') ?? 0).toBeGreaterThan(0);
    expect(ruleInputs(a).making).toBe(0);
    expect(classifyWork({ title: 'AI Integrations Software Engineer', description }).label).toBe('ops');
  });
});

describe('work: automation and test engineering titles lean ops', () => {
  test.each<[string, number]>([
    ['Senior Python DL Automation Engineer, Deep Learning Algorithms', 0],
    ['QA Automation Engineer, ML', 0],
    ['Release Engineer, AI Platform', 0],
  ])('%s', (title, atMost) => {
    const a = analyzeWork({ title, description: '' });
    expect(a.titleCues.has('t-platform')).toBe(true);
    expect(a.titleLean).toBeLessThanOrEqual(atMost);
  });
});
