import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { LevelLabel, Salary, ScopeLabel, WorkLabel } from '../model';
import { CATALOGUE } from './catalogue';
import { matchSignals, type SignalContext } from './match';
import { literalStarts, patternId, startKeys } from '../classify/prefix-index';
import { SKILL_CUES } from './skill-cues';
import { matchNotAtALiteralStart } from '../testing/literal-starts';

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
    ['synthetic-data', 'Generate synthetic training data with LLMs to bootstrap new classifiers.'],
    ['synthetic-data', 'Use LLMs to create synthetic datasets for evaluation.'],
    ['synthetic-data', 'Use LLM-based labelling to replace part of our manual annotation.'],
    ['llm-as-classifier', 'Build product features on Claude Sonnet and OpenAI models.'],
    ['swe-convergence', 'Build inference services and integrate them with our TypeScript backend.'],
    ['monitoring', 'Monitoramento de drift dos modelos em produção.'],
    ['ai-assisted-dev', 'Experience with GitHub Copilot or Claude Code.'],
    ['optimization', 'Run real-time inference on edge GPUs and NPUs.'],
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
    ['ml-platform', 'Build the infrastructure for training and inference of LLMs.'],
    ['data-quality', 'Validate incoming data and cleanse the training sets.'],
    ['from-scratch', 'Train transformer models from scratch on our own corpus.'],
    ['from-scratch', 'A strong publication record at top venues.'],
    ['end-to-end', 'Own the entire lifecycle of our ML models.'],
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
    ['llm-as-classifier', 'Experience with OpenAI Gym or Gymnasium environments for reinforcement learning.'],
    ['llm-as-classifier', 'Bewerbung an: Claude Martin, Head of Data.'],
    ['classical-ml', 'Research self-supervised learning for speech.'],
    ['agents', 'Build features for Microsoft 365 Copilot.'],
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
    // From the audit of the corpus's misses (paraphrased).
    ['data-quality', 'You will work with large datasets, including unstructured data.'],
    ['ml-platform', 'Work alongside platform engineers and data scientists.'],
    ['ml-platform', 'Exposure to commercial ML platforms is a plus.'],
    ['from-scratch', 'We love building products from scratch.'],
    ['swe-convergence', 'Comfortable with API calls to third-party services.'],
    ['llm-as-classifier', 'Own LLM operations and LLM tooling for the team.'],
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

// Phrasings found on held-out postings (months outside the corpus), paraphrased, with the traps next to them.
describe('skill signals: held-out phrasings', () => {
  test.each<[string, string, string, boolean]>([
    // "torch" is how teams write PyTorch; an unnamed "ML/DL framework" alone is a weak sign.
    ['core-frameworks', 'ML Engineer', 'Fluent in Python and at least one ML/DL framework (our stack is torch).', true],
    ['core-frameworks', 'ML Engineer', 'Models are trained in torch and served behind an API.', true],
    ['core-frameworks', 'ML Engineer', 'Bring SOTA machine learning frameworks into the production environment.', false],
    ['core-frameworks', 'ML Engineer', 'Work across the stack, from GPU architecture up to the deep learning framework.', false],
    ['core-frameworks', 'ML Engineer', 'Experience with deep learning frameworks, ideally PyTorch.', true],
    ['core-frameworks', 'ML Engineer', 'She carried the torch for open data at her last job.', false],
    // Software engineering experience counts even when a degree is named in the same sentence.
    ['swe-convergence', 'ML Engineer', 'You have 6+ years in a software engineering role and a computer science degree or equivalent experience.', true],
    ['swe-convergence', 'ML Engineer', 'A degree in Software Engineering, Computer Science or a related field.', false],
    ['swe-convergence', 'ML Engineer', 'A Software Engineering degree or a related quantitative degree.', false],
    ['swe-convergence', 'ML Engineer', 'Understanding of OOP and design patterns.', false],
    // Statistical and ML models named together.
    ['classical-ml', 'Data Scientist', 'Develop statistical / machine learning models to predict risk.', true],
    ['classical-ml', 'Data Scientist', 'Apply statistical and machine learning techniques to large datasets.', true],
    ['classical-ml', 'Data Scientist', 'Degree in Statistics or Machine Learning.', false],
    // The labelling vendor, not "scale AI" the verb phrase.
    ['manual-labeling', 'ML Engineer', 'Design platforms and deployment pipelines to scale AI/ML engines in the cloud.', false],
    ['manual-labeling', 'ML Engineer', 'Help leadership scale AI adoption across departments.', false],
    ['manual-labeling', 'ML Engineer', 'Manage label vendors such as Scale AI and Labelbox.', true],
    ['manual-labeling', 'Data Scientist', 'Work with data quality teams to define annotation tasks and guidelines for our curators.', true],
    // Tuning LLMs is fine-tuning; hyperparameter tuning of any model is not.
    ['fine-tuning', 'ML Engineer', 'Deploy LLMs in production and tune and experiment with foundational LLMs.', true],
    ['fine-tuning', 'ML Engineer', 'Tune open-source LLMs on our support transcripts.', true],
    ['fine-tuning', 'ML Engineer', 'Hyperparameter tuning of gradient boosted models.', false],
    // A title naming prompts as the job; prompts in the text alone are not the role.
    ['prompt-engineering', 'AI Engineer (Prompt)', 'Design and improve prompts for our assistant.', true],
    ['prompt-engineering', 'Prompt Designer', 'Write instructions for our chatbot.', true],
    ['prompt-engineering', 'AI Engineer', 'Design and improve prompts for our assistant.', false],
    ['prompt-engineering', 'Prompt Injection Researcher', 'Find jailbreaks in our models.', false],
    // Research as a duty plus a research record; either alone is weak.
    ['from-scratch', 'Applied Scientist', 'Conduct research and development of NLP models.\n* Publications in the field of NLP are a plus.', true],
    ['from-scratch', 'Applied Scientist', 'Conduct research and development of NLP models.', false],
    ['from-scratch', 'Applied Scientist', 'Publications in NLP are a plus.', false],
    // End to end with the stages named, not merely owning features end to end.
    ['end-to-end', 'ML Engineer', 'You have taken model creation and serving end to end (data collection, training, evaluation, productionization).', true],
    ['end-to-end', 'ML Engineer', 'Own the development of new AI features end-to-end, from prototype to launch.', false],
    ['end-to-end', 'ML Engineer', 'Own the delivery of machine learning projects end-to-end.', false],
    // Data quality as a team one works with is not the work.
    ['data-quality', 'Data Scientist', 'Collaborate with data quality teams on evaluation metrics.', false],
    ['data-quality', 'Data Scientist', 'Own data quality checks for the training data.', true],
    // Tools given to LLMs are tool use; integrating tools elsewhere is not.
    ['agents', 'NLP Scientist', 'Build applications on LLMs, enhancing them through RAG and the incorporation of different tools.', true],
    ['agents', 'NLP Scientist', 'Equip LLMs with external tools such as search and a calculator.', true],
    ['agents', 'Data Engineer', 'Incorporation of different tools into our BI stack.', false],
    // LLM evaluation tooling, not evaluation tooling for any model; "eval sets" is LLM-era talk.
    ['llm-eval', 'Software Engineer', 'Build and maintain evaluation tooling to monitor the performance of offline and online perception models.', false],
    ['llm-eval', 'NLP Scientist', 'Implement evaluation suites measuring the performance and safety of models on a task.', true],
    ['llm-eval', 'ML Engineer', 'You know how to improve ML systems by creating eval sets.', true],
    // Optimising models for the vehicle or robot they run on.
    ['optimization', 'Software Engineer', 'Work with algorithm teams to optimize new models for in-vehicle deployment.', true],
    ['optimization', 'Software Engineer', 'Optimize new models for higher accuracy.', false],
    // A/B named with other test kinds.
    ['end-to-end', 'Data Scientist', 'Apply statistical techniques for experiment design (e.g., A/B, multi-cell testing).', true],
    ['end-to-end', 'Data Scientist', 'Run A/B experiments on new credit rules.', true],
    ['end-to-end', 'Data Scientist', 'Compare option A/B in the design review.', false],
    // Deploying LLMs is serving them, not building on them.
    ['llm-as-classifier', 'MLOps Engineer', 'Experience with LLM deployment at scale.', false],
    ['llm-as-classifier', 'ML Engineer', 'Experience building products on LLMs.', true],
    // Features made for models, and data made ready for them; product features are not.
    ['data-quality', 'Data Scientist', 'Develop new features to improve ML models for credit.', true],
    ['data-quality', 'Software Engineer', 'Build new features for our customers on top of the models page.', false],
    ['data-quality', 'Software Engineer', 'Ship new product features for the model marketplace.', false],
    ['data-quality', 'ML Engineer', 'Collect and prepare data sets to ensure high-quality input for machine learning models.', true],
    // Cutting-edge research as the job, with new algorithms.
    ['from-scratch', 'ML Engineer', 'Immerse yourself in cutting-edge research.\n* Develop new algorithms and approaches for AI/ML problems.', true],
    ['from-scratch', 'ML Engineer', 'Develop new algorithms and approaches for AI/ML problems.', false],
    // Safeguards and adversarial testing of generative models are LLM safety work; of image classifiers, not.
    ['llm-eval', 'ML Engineer', 'Develop safeguards to ensure generative AI models are fair and appropriate.', true],
    ['llm-eval', 'ML Engineer', 'Test the assistant against adversarial prompts and jailbreaks.', true],
    ['llm-eval', 'Research Intern', 'Work on manipulated content detection and adversarial attacks on such systems.', false],
    ['llm-eval', 'Data Engineer', 'Put safeguards in place for customer data access.', false],
    // Monitoring CI/CD pipelines is build tooling, not model monitoring.
    ['monitoring', 'Automation Engineer', 'Experience building monitoring or dashboarding solutions to support CI/CD pipelines.', false],
    ['monitoring', 'ML Engineer', 'Set up monitoring of the training pipelines and deployed models.', true],
    // Deduplicating records is data cleaning.
    ['data-quality', 'ML Engineer', 'Experience merging and deduplicating large datasets.', true],
    ['data-quality', 'ML Engineer', 'Deduplication of customer records across sources.', true],
    // "Clean code and data structures" is coding style, not data cleaning.
    ['data-quality', 'Software Engineer', 'Write clean code and data structures.', false],
    ['data-quality', 'ML Engineer', 'Clean the raw data before training.', true],
    // The same triggers written in other languages, or hyphenated as German and Dutch write them.
    ['end-to-end', 'ML Engineer', 'Du planst A/B-Tests und wertest sie aus.', true],
    ['end-to-end', 'ML Engineer', 'Je ontwerpt A/B-testen en analyseert de resultaten.', true],
    ['end-to-end', 'Data Scientist', 'Conception de tests A/B et analyse des résultats.', true],
    ['llm-eval', 'Werkstudent KI', 'Aufbau von Evaluationen, um Halluzinationen zu messen.', true],
    ['ml-platform', 'Ingénieur MLOps', "Au sein de l'équipe ML Platform, vous construisez nos outils.", true],
    ['synthetic-data', 'CV Engineer', 'Generate synthetic imagery to cover rare classes.', true],
    ['synthetic-data', 'Data Scientist', 'Erzeugung synthetischer Daten ist Teil der Rolle: synthetische Daten für seltene Fälle.', true],
    // An AI engineer deploys an application built on a model; a web app for sales agents is not that.
    ['model-ops', 'LLM Engineer', 'Deploy the assistant to production.', true],
    ['model-ops', 'Software Engineer', 'Deploy the web app used by our travel agents.', false],
    ['model-ops', 'ML Engineer', 'Du bringst Modelle mit Docker und Kubernetes in Produktion.', true],
    ['model-ops', 'Ingeniero ML', 'Desplegarás modelos y los pondrás en producción.', true],
    ['model-ops', 'Data Engineer', 'Du bringst neue Dashboards in Produktion.', false],
    // Watching models run, LLM judges and golden sets, data quality in other languages.
    ['monitoring', 'ML Engineer', 'Track model performance in production and catch concept drift early.', true],
    ['monitoring', 'Data Scientist', 'Investigate model degradation after launches.', true],
    ['llm-eval', 'AI Engineer', 'Build LLM-as-a-judge pipelines and maintain golden datasets.', true],
    ['data-quality', 'Data Scientist', 'Garantir la qualité des données et le nettoyage des données.', true],
    ['data-quality', 'Data Scientist', 'Verantwortung für die Datenqualität unserer Modelle.', true],
    ['data-quality', 'ML Engineer', 'Audit label quality and fix mislabelled examples.', true],
    // Distillation, pruning and "the edge" in other trades and idioms.
    ['optimization', 'Data Scientist', 'Model the distillation columns of our refinery with ML.', false],
    ['optimization', 'Data Scientist', 'Push ML to the edge of what is possible in orchard pruning schedules.', false],
    ['optimization', 'ML Engineer', 'Apply distillation and pruning to shrink our models.', true],
    ['optimization', 'ML Engineer', 'Deploy models to the edge on our cameras.', true],
    // From probe round 11: cleaning with a second verb, business fine-tuning, contractions, synthetic eval sets.
    ['data-quality', 'Data Scientist', 'Clean and prepare client data for analysis.', true],
    ['data-quality', 'Data Scientist', 'Clean and de-identify clinical notes before training.', true],
    ['data-quality', 'Data Scientist', 'Write clean, maintainable code.', false],
    ['fine-tuning', 'Data Scientist', 'Use uplift models to fine-tune outreach campaigns.', false],
    ['fine-tuning', 'ML Engineer', 'Conduct A/B tests to fine-tune algorithms and models.', false],
    ['fine-tuning', 'ML Engineer', 'Knowledge of fine tuning processes for LLMs.', true],
    ['fine-tuning', 'AI Engineer', "We don't train or fine-tune models; you will build on hosted LLM APIs.", false],
    ['end-to-end', 'ML Engineer', "We don't use Kubernetes or Docker.", false],
    ['model-ops', 'ML Engineer', "Don't just build models: deploy them to production.", true],
    ['synthetic-data', 'AI Engineer', 'Generate synthetic test questions and evaluation sets for our RAG assistant.', true],
    ['end-to-end', 'Data Scientist', 'Model the airflow and temperature in data centres with CFD to cut cooling costs.', false],
    ['end-to-end', 'Data Engineer', 'Orchestrate the pipelines with Airflow.', true],
    ['ml-platform', 'Software Engineer', 'Join the Internal Tools team building admin dashboards.', false],
    ['ml-platform', 'Analytics Engineer', 'Build data models so teams can self-serve answers.', false],
    ['model-ops', 'Analytics Engineer', 'Serve data models to the business through dbt.', false],
    ['monitoring', 'ML Engineer', 'Track model accuracy after release and alert when it degrades.', true],
    ['classical-ml', 'ML Engineer', 'Add regression gates in CI for every model release.', false],
    ['optimization', 'Data Scientist', 'Work on air-gapped classified networks on site.', false],
    ['agents', 'Research Scientist', 'Design and train reinforcement learning agents for planning in games.', false],
    // From probe round 17: LLM-era wording.
    ['model-ops', 'Applied Scientist', 'Train document models; partner with ML engineers, who productionize your models.', false],
    ['model-ops', 'AI Solutions Engineer', 'Own the deployment of ScribeRight at new health-system customers, with our AI team.', false],
    ['ml-platform', 'DevOps Engineer', 'Requirements: 3+ years as a DevOps, SRE or platform engineer.', false],
    ['ml-platform', 'AI Engineer', 'Build our shared GenAI platform and the internal LLM gateway.', true],
    ['llm-eval', 'Research Engineer, LLM', 'Run evals across our internal benchmarks before each release.', true],
    ['llm-eval', 'AI Engineer', 'Reduce hallucinated citations in our assistant.', true],
    ['agents', 'Voice AI Engineer', 'Configure voice agents with tool integrations and escalation to human agents.', true],
    ['data-quality', 'Data Scientist', 'Engineer features from transaction graphs for our fraud models.', true],
    // From probe round 16: the same skills in Dutch, Polish, Italian, German and Portuguese.
    ['model-ops', 'ML Engineer', 'Je rolt de modellen uit naar productie.', true],
    ['model-ops', 'ML Engineer', 'Wdrażanie modeli na produkcję.', true],
    ['monitoring', 'ML Engineer', 'Monitorowanie modeli i wykrywanie dryfu danych.', true],
    ['ml-platform', 'ML Engineer', 'Svilupperai la nostra piattaforma ML.', true],
    ['llm-eval', 'AI Engineer', 'Je vermindert hallucinaties van onze chatbot.', true],
    ['swe-convergence', 'ML Engineer', 'Gute Kenntnisse in Softwareentwicklung.', true],
    ['end-to-end', 'Data Scientist', 'Projektowanie testów A/B.', true],
    ['from-scratch', 'Research Scientist', 'Entwurf und Training eigener neuronaler Netzarchitekturen.', true],
    ['optimization', 'ML Engineer', 'Deploy quantized models to air-gapped sites.', true],
    // Evals of a model; serving after training in a model's lifecycle.
    ['llm-eval', 'Research Engineer', 'Design evals that tell us whether an adapted model is better.', true],
    ['llm-eval', 'HR Analyst', 'Run the annual evals of staff.', false],
    ['model-ops', 'ML Engineer', 'Own our models end to end: data pipelines, training in TensorFlow, serving and monitoring.', true],
    ['model-ops', 'Data Scientist', 'Analyse how training budgets affect serving staff in our restaurants.', false],
    // Compression by its formats, libraries and chips, and in other languages.
    ['optimization', 'ML Engineer', 'Convert detection networks to INT8 and FP16 for our Jetson cameras.', true],
    ['optimization', 'ML Engineer', 'Experience with AWQ, GPTQ or bitsandbytes for LLM serving.', true],
    ['optimization', 'Ingeniero ML', 'Aplicar cuantización a los modelos de visión para dispositivos edge.', true],
    ['optimization', 'Ingénieur ML', 'Déployer nos réseaux de neurones sur cibles embarquées.', true],
    ['optimization', 'Software Engineer', 'Experience with 8-bit microcontrollers and assembly.', false],
    // Preference tuning by its acronyms; post-training quantisation is compression.
    ['fine-tuning', 'ML Engineer', 'Experience with DPO or GRPO on open-weight models.', true],
    ['fine-tuning', 'Research Engineer', 'Run post-training of our language models with reward modelling.', true],
    ['fine-tuning', 'ML Engineer', 'Apply post-training quantization to our models.', false],
    // Synthetic data of many kinds; LLMs writing training examples.
    ['synthetic-data', 'Applied Scientist', 'Generate synthetic instruction data and filter it for quality.', true],
    ['synthetic-data', 'ML Engineer', 'Use LLMs to generate training examples for rare classes.', true],
    // Model monitoring in other languages; drift in the physical world.
    ['monitoring', 'ML Engineer', 'Je monitort de modelprestaties en signaleert drift in de features.', true],
    ['monitoring', 'ML Engineer', 'Du überwachst die Modellperformance im Betrieb.', true],
    ['monitoring', 'Data Scientist', 'Suivre la performance des modèles et détecter la dérive des données.', true],
    ['monitoring', 'Data Scientist', 'Build ML models of tyre drift from track telemetry.', false],
    ['monitoring', 'Data Scientist', 'Correct for calibration drift of sensors used by our predictive models.', false],
    // The clouds' AutoML, notebooks and vector search are not serving.
    ['model-ops', 'Data Scientist', 'Use AutoML tools (H2O, Vertex AI) to compare models quickly.', false],
    ['model-ops', 'Data Scientist', 'Experience with SageMaker Studio notebooks for exploratory analysis.', false],
    ['model-ops', 'ML Engineer', 'Deploy models behind SageMaker endpoints.', true],
    // Sending people out is not deploying models.
    ['model-ops', 'Data Scientist', 'Plan the deployment of field engineers using predictive models.', false],
    ['model-ops', 'Data Scientist', 'Build algorithms to deploy nurses to wards where demand is highest.', false],
    // Statistics asked for in plainer words.
    ['classical-ml', 'Data Scientist', 'A good grasp of statistics.', true],
    ['classical-ml', 'Data Scientist', 'Comfortable with statistics and experiment design.', true],
    // Hyphenated platforms; a team's name is not the job.
    ['ml-platform', 'ML Engineer', 'Du entwickelst unsere ML-Plattform weiter.', true],
    ['ml-platform', 'Werkstudent KI', 'Du unterstützt unser Team "KI-Plattform" bei Prototypen.', false],
  ])('%s (title %j) in %j: %s', (id, title, description, expected) => {
    expect(ids(description, title).includes(id)).toBe(expected);
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
  test('two cues reading one phrase give one piece of evidence, the longer', () => {
    const [classical] = matchSignals({ title: 'Data Scientist', description: 'Strong statistical analysis skills.' }, ctx())
      .filter((s) => s.id === 'classical-ml');
    expect(classical?.evidence.map((e) => e.text)).toEqual(['statistical analysis']);
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
    const patterns = [...new Set(SKILL_CUES.map((c) => c.pattern))];
    // Two patterns under one name would read each other's keys.
    expect(new Set(patterns.map(patternId)).size).toBe(patterns.length);
    const lines = patterns.map((p) => `  ${JSON.stringify(patternId(p))}: ${JSON.stringify(startKeys(p))},`);
    const source = [
      '// Generated from skill-cues.ts by lib/trends/match.test.ts; do not edit. To rewrite it:',
      '//   MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/trends/match.test.ts',
      '// Each cue pattern\'s start keys (lib/classify/prefix-index.ts startKeys, in its order) under its',
      '// patternId, so the content script does not derive them on every page load. A pattern missing',
      '// here (edited since) is derived at load.',
      'export const CUE_KEYS: Readonly<Record<string, readonly string[]>> = {',
      ...lines,
      '};',
      '',
      '// Each pattern\'s literal starts once lower-cased (prefix-index.ts literalStarts; match.ts',
      '// runs the case-insensitive cues lower-cased), likewise.',
      'export const CUE_STARTS: Readonly<Record<string, readonly string[] | null>> = {',
      ...patterns.map((p) => `  ${JSON.stringify(patternId(p))}: ${JSON.stringify(literalStarts(p.toLowerCase()))},`),
      '};',
      '',
    ].join('\n');
    if (process.env.MLJL_WRITE_CUE_KEYS) writeFileSync(path, source);
    expect(readFileSync(path, 'utf8'), 'run: MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/trends/match.test.ts').toBe(source);
  });
});

// match.ts tries a case-insensitive cue only where the lower-cased text goes on as one of
// its literal starts does: they must begin every match.
test('every match of a skill cue, lower-cased, begins with one of its literal starts', () => {
  expect(matchNotAtALiteralStart([...new Set(SKILL_CUES.map((c) => c.pattern.toLowerCase()))], 5)).toBeNull();
});

describe('speed', () => {
  test.each([
    ['repeated cue words', 'data models deploy production pipelines LLM agents evaluation '.repeat(17000)],
    ['one long word', 'a'.repeat(1_000_000)],
    ['separators', '-/ .'.repeat(250000)],
    ['near misses', 'fine-tun quanti deplo monitorin '.repeat(32000)],
  ])('1 MB of %s finishes (its time is measured by npm run bench)', (_name, description) => {
    expect(Array.isArray(matchSignals({ title: 'ML Engineer', description: description.slice(0, 1_000_000) }, ctx()))).toBe(true);
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
