// How each skill signal of TRENDS.md is really written in job postings. A cue is
// a regex source (non-capturing groups only) with a weight; a signal is shown when
// the weights of its distinct cues reach 1. Weak cues (0.5) need a second one.
// Windows (before / after / near) are the cue's own sentence, so checks stay local.

export interface SkillCue {
  signal: string;
  pattern: string;
  weight: number;
  /** Weight when the cue is in the posting's title (titles name the job's core). */
  titleWeight?: number;
  caseSensitive?: boolean;
  /** Must match the text before the hit in its sentence (anchor with $ for "just before"). */
  before?: RegExp;
  notBefore?: RegExp;
  /** Must match the text after the hit in its sentence (anchor with ^ for "just after"). */
  after?: RegExp;
  notAfter?: RegExp;
  /** Must occur somewhere in the hit's sentence (the hit included); not checked in a title when titleWeight is set. */
  near?: RegExp;
  /** Must not occur anywhere in the hit's sentence (the hit included). */
  notNear?: RegExp;
}

type Options = Omit<SkillCue, 'signal' | 'pattern' | 'weight'>;

const cue = (signal: string, pattern: string, weight = 1, options: Options = {}): SkillCue =>
  ({ signal, pattern, weight, ...options });

// Things that make a mention about models/ML rather than the business at large.
const ML_NEAR = /\b(?:models?|ML|machine learning|AI|LLMs?|algorithms?|neural|deep learning|inference|predictive|classifiers?|pipelines?|NLP|computer vision|data products?|analytics solutions?|data science|modelos?|modelle?n?|mod[eè]les?|modellen|modelli|modeli|modelami|modelu|IA|KI)\b/i;
// What an AI engineer deploys: a model, or an application built on one ("deploy the assistant to production").
const DEPLOYED_AI_NEAR = new RegExp(`${ML_NEAR.source}|\\b(?:assistants?|chatbots?|(?:AI|LLM|autonomous) agents?|agentic|RAG|copilots?|gen(?:erative)? ?AI)\\b`, 'i');
const LLM_NEAR = /\b(?:LLMs?|large language models?|gen(?:erative)? ?AI|GPT|language models?|foundation models?|prompts?|chatbots?|agents?|agentic|RAG|copilot|AI (?:systems?|applications?|products?|features?|models?))\b/i;
// Building or running the thing, not using it.
// Also in French, Spanish, Portuguese, German and Dutch: "vous construisez nos outils", "du entwickelst".
const BUILD_NEAR = /\b(?:build|design|develop|own|maintain|(?<!-)scale|architect|improve|manage|operate|lead|implement|create|evolv|enhance|support|optimi[sz]e|experience|contribut|responsible|constru|d[ée]velopp|desarroll|desenvolv|entwick|aufbau|baust|bauen|conce[pv]|dise[ñn]|projet|gestion|ontwikkel|bouw)\w*/i;
const BUILD_BEFORE = /\b(?:build|design|develop|own|maintain|(?<!-)scale|architect|improve|manage|operate|implement|create|evolve|enhance|optimi[sz]e)\w*\s+(?:[\w/&,-]+\s+){0,6}$/i;
// A field of study in a degree list, not a skill asked for.
const DEGREE_NEAR = /\b(?:degree|bachelor|master|B\.?S\.?c?|M\.?S\.?c?|Ph\.?D|diploma|graduate|majors?|discipline|field)\b/i;
// The field of a degree just before the term: "degree in Mathematics, Statistics or …".
const DEGREE_BEFORE = /\b(?:degrees?|bachelor\S*|master\S*|B\.?Sc?\.?|M\.?Sc?\.?|Ph\.?D\.?|diploma|majors?|disciplines?|fields?)\b(?:(?!experience|knowledge|skills|expertise)[^.;\n]){0,80}$/i;
// The field of a degree just after the term: "Software Engineering degree", "… or a related field".
const DEGREE_AFTER = /^[\s,]*(?:degrees?|majors?|students?|graduates?|programs?|(?:or|and) (?:an? )?(?:\w+ )?(?:related|similar|equivalent|relevant|quantitative|technical) (?:fields?|disciplines?|degrees?|areas?))\b/i;
// Working with people who do X is not doing X.
const WITH_PEOPLE_BEFORE = /\b(?:with|alongside|partner(?:ing)? with|collaborat\w+ with|and|across|between|among|team of|other|fellow)\s+(?:[\w-]+\s+){0,3}$/i;

const USED_PLATFORM_BEFORE = /\b(?:commercial|managed|public|third[- ]party|vendor|exposure to|deploy(?:ing)? (?:to|on)|like|such as)\s+(?:[\w-]+\s+){0,2}$/i;

export const SKILL_CUES: readonly SkillCue[] = [
  // ---- model-ops: serving, inference, deployment, MLOps ----
  cue('model-ops', String.raw`vLLM|TensorRT(?:-LLM)?|Triton(?: Inference)?(?: server)?|TorchServe|TF Serving|TensorFlow Serving|KServe|Seldon|BentoML|Ray Serve`),
  // The clouds' ML suites also sell AutoML, notebooks and vector search: named for those, they are not serving.
  cue('model-ops', String.raw`SageMaker|Vertex AI|Kubeflow`, 1, {
    notAfter: /^\s*(?:AutoML|Workbench|Studio|Notebooks?|Vector Search|Canvas)\b/i,
    notNear: /\bAuto-?ML\b/i,
  }),
  cue('model-ops', String.raw`(?:model|ML|LLM|AI) (?:serving|deployment|inference)|serving (?:models?|infrastructure|systems?|layer|stack)|inference (?:serving|optimi[sz]ation|infrastructure|systems?|engines?|services?|pipelines?|latency|costs?|at scale|stack|servers?)|real-time inference|online inference|batch inference|low-latency inference`),
  cue('model-ops', String.raw`MLOps|ML ?Ops|LLMOps|ML operations|machine learning operations`),
  // Productionising is the job's, not that of the engineers "who productionize your models".
  cue('model-ops', String.raw`productioni[sz]\w*|operationali[sz]\w*`, 1, { notBefore: /\b(?:who|that|which)\s+$/i }),
  cue('model-ops', String.raw`deploy(?:s|ed|ing|ment|ments)?`, 1, {
    near: DEPLOYED_AI_NEAR,
    // Rolling a named product out to customers is not deploying a model ("the deployment of ScribeRight at clinics"),
    // nor is sending people out ("the deployment of field engineers", "staff deployment", "deploy nurses to wards").
    // (Case-sensitive for the product's capital; the people's words in either case.)
    notAfter: /^\s+(?:of\s+)?(?:(?:[A-Z][\w-]*|our (?:product|platform|software|solution)s?)\s+(?:at|to|with|across|for)\s+(?:[\w-]+\s+){0,2}(?:customers?|clients?|clinics?|hospitals?|sites?)|(?:[Oo]ur\s+|[Tt]he\s+|[Nn]ew\s+)?(?:[Ff]ield\s+|[Pp]olice\s+)?(?:[Ee]ngineers|[Tt]echnicians|[Oo]fficers|[Ss]taff|[Ww]orkforce|[Pp]ersonnel|[Cc]rews?|[Nn]urses|[Dd]octors|[Aa]mbulances?|[Pp]atrols?)\b)/,
    notNear: /\b(?:vehicles?|fleet|troops|capital|cash|sales|robots?|shifts)\b/i,
    notBefore: /\b(?:staff|workforce|personnel|crew|ambulance|police|nurse)\s+$/i,
  }),
  cue('model-ops', String.raw`(?:in|into|to) production(?: environments?)?|production (?:ML|machine learning|models?|environments?|settings?|pipelines?)|ship(?:s|ped|ping)? (?:\w+ ){0,2}(?:models?|ML)|(?<!self-)serv(?:e|ed|ing) (?:\w+ ){0,3}(?<!data )(?:models?|predictions)|productions? (?:of|for) (?:ML|models?)`, 1, { near: ML_NEAR }),
  // The same in other languages: "Modelle in Produktion bringen", "mise en production de modèles".
  cue('model-ops', String.raw`in (?:die )?Produktion|Produktivbetrieb|mise en production|en producci[oó]n|puesta en producci[oó]n|em produ[cç][aã]o|in productie|in produzione|d[ée]ploiement|d[ée]ployer|desplegar|despliegue|implanta[cç][aã]o|naar productie|uitrollen|wdra[żz]ani\w*|wdro[żz]eni\w*|na produkcj[ęe]`, 1, { near: ML_NEAR }),
  // Serving named in a model's lifecycle after its training: "training in TensorFlow, serving and monitoring".
  cue('model-ops', String.raw`serving`, 1, { before: /\btrain(?:ing|ed)?\b[^.;\n]{0,60}$/i, near: ML_NEAR }),
  cue('model-ops', String.raw`production[- ](?:grade|ready|readiness|quality|level|systems?)|scalable`, 0.5, { near: ML_NEAR }),
  cue('model-ops', String.raw`inference`, 0.5, { notNear: /\b(?:causal|statistical|bayesian|hypothesis)\b/i }),
  cue('model-ops', String.raw`(?:model|ML) (?:latency|throughput)|latency|throughput|scal(?:e|ing) (?:models?|ML|inference)`, 0.5, { near: ML_NEAR }),

  // ---- monitoring: drift, model monitoring, observability ----
  cue('monitoring', String.raw`MLflow|Weights (?:&|and) Biases|wandb|Arize|WhyLabs|Evidently(?: AI)?|Fiddler|Neptune(?:\.ai)?|Comet ML`),
  cue('monitoring', String.raw`W&B`, 1, { caseSensitive: true }),
  cue('monitoring', String.raw`drift(?: detection| monitoring)?`, 1, {
    near: ML_NEAR,
    // Drift in the physical world or in biology, modelled: not a model's inputs shifting.
    notBefore: /\b(?:lateral|genetic|tyre|tire|wheel|sensor|calibration|thermal|clock|continental|gyro\w*|frequency|baseline|zero|yaw|snow|sand|ice)\s+$/i,
  }),
  cue('monitoring', String.raw`monitor(?:s|ed|ing)?`, 1, { near: /\b(?:model\w*|ML|machine learning|AI|LLMs?|predictions?|drift|accuracy|pipelines?|production|inference|deployed|data quality|experiments?|training|logging|alerting|observability|system (?:health|performance|reliability))\b/i, notNear: /\b(?:security|transactions?|fraud|patients?|trends|compliance|market|CI\/CD)\b/i }),
  cue('monitoring', String.raw`observability|experiment tracking|model performance (?:tracking|metrics)`),
  // Watching models once they run: "track model performance in production", "data or concept drift", "model degradation".
  cue('monitoring', String.raw`(?:data|concept|feature|prediction|model) drift|model (?:degradation|decay)|model performance in production|(?:track|tracking|watch|watching|measure|measuring) (?:the )?(?:model|ML) (?:performance|accuracy|quality)`),
  // The same in other languages: "Je monitort de modelprestaties", "Modelle überwachen", "la dérive des données".
  cue('monitoring', String.raw`monitorowani\w*|monitort|monitoren|monitorizar|monitorear|monitorar|monitorer|[üu]berwach(?:e|en|st|t|ung)|monitoramento|monitorizaci[óo]n|monitoreo|monitorage|suivre (?:la )?(?:performance|qualit[ée]|pr[ée]cision) des mod[eè]les`, 1, {
    near: /\b(?:model\w*|mod[eè]les?|modelos?|modelli|drift|d[ée]rive|deriva|produ[cçk]\w*|Betrieb|KI|IA)/i,
    notNear: /\b(?:s[ée]curit\w+|seguridad|seguran[çc]a|Sicherheit|veiligheid|fraud\w*|fraude|patients?|pacientes?|Patienten)\b/i,
  }),
  cue('monitoring', String.raw`d[ée]rive des (?:donn[ée]es|mod[eè]les)|deriva (?:de|dos) (?:los )?(?:datos|dados|modelos)|Daten-?[Dd]rift|Modell-?[Dd]rift|drift (?:in|van) de (?:features|data|modellen)|dryf\w* (?:danych|modeli)`),
  cue('monitoring', String.raw`alerting`, 1, { near: ML_NEAR }),
  cue('monitoring', String.raw`Prometheus|Grafana|Datadog|OpenTelemetry|New Relic`, 0.5),

  // ---- llm-eval: evaluation and safety testing of LLM systems ----
  cue('llm-eval', String.raw`DeepEval|RAGAS|promptfoo|LangSmith|TruLens|red[- ]team(?:ing|s)?|jailbreak\w*|prompt injection|hallucinat(?:ions?|ed|es|ing)|halluzinationen|halluzination|alucinaciones|alucina[çc][õo]es|hallucinaties|allucinazion[ei]|halucynacj\w*|guardrails?|PII (?:leak\w*|detection)|AI safety|LLM safety`),
  // Adversarial attacks on image classifiers, or safeguards in general, are not LLM testing.
  cue('llm-eval', String.raw`adversarial (?:robustness|testing|attacks?|prompts?)|safeguards?`, 1, { near: new RegExp(`${LLM_NEAR.source}|\\bgenerative\\b`, 'i') }),
  // "Eval sets" is LLM-era talk; "evaluation tooling" for perception or ranking models is not LLM testing.
  cue('llm-eval', String.raw`evaluation (?:frameworks?|harness(?:es)?|pipelines?|suites?|metrics|datasets?|infrastructure|tooling)`, 1, { near: new RegExp(`${LLM_NEAR.source}|\\b(?:safety|generat\\w+|NLP)\\b`, 'i') }),
  cue('llm-eval', String.raw`eval (?:frameworks?|harness(?:es)?|pipelines?|suites?|sets?|tooling|infrastructure)`, 1, { near: ML_NEAR }),
  cue('llm-eval', String.raw`(?:offline|online|model|LLM|AI) evaluations?|evaluations? (?:of|for) (?:\w+ ){0,2}(?:models|LLMs?|AI|agents)|evaluat(?:e|ing) (?:the )?(?:quality|accuracy|performance|outputs?|responses) of (?:\w+ ){0,2}(?:AI|LLMs?|models|generated)|(?:accuracy|reliability|safety|robustness)(?:,| and| &) (?:\w+,? (?:and )?)?(?:reliability|safety|robustness|explainability) of (?:\w+ )?(?:LLMs?|AI|models)|vulnerabilit(?:y|ies) (?:in|of) (?:GenAI|AI|LLMs?)`, 1, { near: /\b(?:LLMs?|GenAI|generative|AI[- ](?:generated|platforms?|infrastructure|development|assistants?|agents?|products?|features?|systems?|safety)|agents?|prompts?|RAG|chatbots?|language models?)\b/ }),
  // Post-training teams say "evals" of a model or checkpoint; "annual evals" of staff are reviews.
  cue('llm-eval', String.raw`evals`, 1, {
    near: new RegExp(`${LLM_NEAR.source}|\\b(?:models?|checkpoints?|fine-tuned|adapted|benchmarks?|agents?|releases?)\\b`, 'i'),
    notNear: /\b(?:employees?|staff|annual|performance reviews?|mid-year)\b/i,
  }),
  cue('llm-eval', String.raw`LLM[- ]as[- ](?:a[- ])?judges?|golden (?:data)?sets?|eval harness(?:es)?|evaluation harness(?:es)?`),
  cue('llm-eval', String.raw`evaluat(?:e|es|ed|ing|ion|ions)|benchmark(?:s|ing)?`, 1, {
    near: /\b(?:LLMs?|large language models?|gen(?:erative)? ?AI|prompts?|RAG|agents?|agentic|chatbots?|language models?|foundation models?)\b/i,
    notNear: /\b(?:performance evaluations?|employees?|candidates?|applicants?|vendors?)\b/i,
    // Evaluating new tools or technologies is choosing them, not testing a model.
    notAfter: /^\s+(?:and \w+ )?(?:new|emerging|the latest|tools|frameworks|technolog\w+|vendors|options|solutions)\b/i,
  }),

  // ---- agents: agentic workflows ----
  cue('agents', String.raw`LangGraph|CrewAI|AutoGen|agentic|multi-agent|AI agents?|LLM agents?|autonomous agents?|agent (?:frameworks?|systems?|workflows?|architectures?|orchestration)|tool[- ](?:use|calling)|function calling|human-in-the-loop|Model Context Protocol`),
  // Tools given to an LLM: "enhance LLMs through RAG and the incorporation of different tools".
  cue('agents', String.raw`(?:incorporat\w+|equip\w*|augment\w*) (?:of |with )?(?:[\w-]+ ){0,2}tools|(?:LLMs?|language models?|agents?) (?:with|using|that use|calling) (?:[\w-]+ ){0,2}tools`, 1, {
    near: /\b(?:LLMs?|large language models?|language models?|RAG|agents?)\b/i,
  }),
  // MCP is also a Microsoft certification.
  cue('agents', String.raw`MCP`, 1, { caseSensitive: true, near: LLM_NEAR }),
  cue('agents', String.raw`agents?`, 1, {
    near: /\b(?:LLMs?|AI|gen(?:erative)? ?AI|language models?|autonomous|tools?|workflows?|reasoning|orchestrat\w*|LangChain|planning)\b/i,
    notNear: /\b(?:reinforcement learning|RL agents?|insurance|real estate|customer (?:service|support)|support agents?|call cent(?:er|re)|travel|estate|brokers?|change agents?|agents of change|field agents?|sales agents?)\b/i,
    notBefore: /\bhuman\s+$/i,
  }),
  cue('agents', String.raw`LangChain|LlamaIndex|Semantic Kernel|Auto ?Gen|(?:LLM|agent|AI) orchestration|orchestrat(?:e|es|ing|ion) (?:of )?(?:LLMs?|agents|AI)`),
  // "Copilot" is also a product's name ("Microsoft 365 Copilot"): a weak sign alone.
  cue('agents', String.raw`copilots?`, 0.5, { notBefore: /\bGitHub\s+$/i }),
  cue('agents', String.raw`(?:AI|LLM)[- ]powered workflows|workflow automation|conversational (?:AI|UX|agents?)|chatbots?|assistants?`, 0.5, { near: LLM_NEAR }),

  // ---- optimization: compression for on-device / air-gapped ----
  cue('optimization', String.raw`quanti[sz](?:ation|ed|ing|e)|knowledge distillation|model compression|ONNX(?: Runtime)?|TFLite|TensorFlow Lite|Core ?ML|OpenVINO|on-device|on device|embedded (?:ML|AI|devices?|systems?|hardware(?: platforms?)?)|edge[- ](?:devices?|deployment|inference|computing|AI|ML|hardware|platforms?|embedded|GPUs?|TPUs?|NPUs?|accelerators?|servers?|nodes?|SoCs?|boxes)|TinyML|mobile (?:inference|deployment)|GGUF|llama\.cpp|(?:run|running|deploy\w*) on (?:device|edge|mobile|embedded)|optimi[sz](?:e|ed|ing) (?:[\w-]+ ){0,3}for (?:onboard|on-device|edge|embedded|mobile|low-power|resource-constrained|in-vehicle|on-vehicle|on-robot|target hardware)|resource[- ]constrained (?:devices?|hardware|environments?)`, 1, {
    // "cutting-edge AI" is not edge AI.
    notBefore: /(?:cutting|leading|bleeding|competitive)[- ]$/i,
  }),
  // Compression and edge hardware named without those words ("INT8 and FP16 with TensorRT", "AWQ or GPTQ",
  // "NVIDIA Jetson"), and in other languages ("cuantización int8", "dispositivos de borda", "cibles embarquées").
  cue('optimization', String.raw`INT[48]|FP(?:8|16)|low-bit|AWQ|GPTQ|bitsandbytes|weight compression|Jetson|NPUs?|Neural Engine|ExecuTorch|MLC LLM|SNPE|cuantizaci[óo]n|quantiza[çc][ãa]o|quantizza(?:zione|re)|Quantisierung|kwantis\w+|quantification des (?:r[ée]seaux|mod[eè]les|poids)|dispositivos (?:edge|de borda|embebidos|embarcados)|edge-(?:apparaten|apparatuur|Ger[äa]te)|Embedded-(?:Ger[äa]te|Systemen?|Hardware|Plattformen?)|(?:hardware|sistemas?) (?:embebidos?|embarcados?)|(?:cibles|syst[èe]mes|cartes) embarqu[ée]e?s|(?:2|3|4|8)-bit (?:precision|quantization|inference|weights|models?|LLMs?)`, 1, {
    near: /\b(?:models?|ML|machine learning|AI|LLMs?|neural|networks?|inference|deep learning|transformers?|devices?|vision|TensorRT|GPUs?|modelos?|modell\w*|mod[eè]les?|modelli|r[ée]seaux|redes|IA|KI)/i,
  }),
  // Models run where no network reaches, not an office on a classified network.
  cue('optimization', String.raw`air[- ]gapped`, 1, { near: /\b(?:models?|LLMs?|inference|deploy\w*|on-prem\w*|edge)\b/i }),
  // Words with other trades: refinery distillation, orchard pruning, "at the edge of what's possible".
  cue('optimization', String.raw`distillation|pruning|(?:at|on|to) the edge(?! of\b)`, 1, {
    near: /\b(?:models?|ML|machine learning|AI|LLMs?|neural|networks?|inference|deep learning|transformers?|devices?|modelos?|modell\w*|mod[eè]les?|modelli)\b/i,
    notNear: /\b(?:refiner\w*|crude|whisk(?:e)?y|spirits|orchards?|vines?|insights?|cutting|leading|bleeding)\b/i,
  }),
  cue('optimization', String.raw`model optimi[sz]ation|optimi[sz](?:e|ed|ing) (?:models?|inference) for|CUDA kernels?|kernel optimi[sz]ation|mixed precision|compute[- ]efficient|onboard (?:performance|compute)|model efficiency|efficient inference`, 0.5),

  // ---- fine-tuning: adapting pretrained models ----
  // Fine-tuning campaigns, pricing rules or staffing levels is tweaking a business, not adapting a model.
  cue('fine-tuning', String.raw`fine[- ]?tun(?:e|es|ed|ing)`, 1, {
    notAfter: /^\s+(?:(?:our|the|their|your|its|existing|each|every|client|customer|marketing|outreach)\s+){0,2}(?:campaigns?|outreach|rating plans?|bidding|bids|strateg(?:y|ies)|staffing|pricing|prices|rules|(?:system )?architecture|algorithms?|operations|messaging|forecasts?|budgets?|spend|targeting|levels|schedules?|recommendations to|copy|content)\b/i,
  }),
  cue('fine-tuning', String.raw`tun(?:e|es|ed|ing) (?:(?:and|or|&) [\w-]+ (?:with )?)?(?:(?:open[- ]source|open[- ]weight|pre-?trained|existing|foundation(?:al)?|large) )?(?:LLMs?|language models?|foundation(?:al)? models?|transformers|Llama|BERT)|transfer learning|adapter tuning|instruction tuning|supervised fine|direct preference optimi[sz]ation`),
  // Capitals matter: "LoRa" is a radio protocol.
  cue('fine-tuning', String.raw`LoRA|QLoRA|PEFT|RLHF|RLAIF|SFT|DPO|ORPO|GRPO|KTO`, 1, { caseSensitive: true }),
  // Post-training is preference tuning by another name; "post-training quantization" is compression.
  cue('fine-tuning', String.raw`post-?training|reward model(?:s|l?ing)?|preference (?:optimi[sz]ation|tuning|data)`, 1, {
    near: /\b(?:models?|LLMs?|language models?|RL\w*|alignment|preference|instruction|checkpoints?)\b/i,
    notAfter: /^[\s-]*(?:quanti[sz]\w+|calibration|compression)\b/i,
  }),
  cue('fine-tuning', String.raw`Hugging ?Face|HF Transformers`, 1),
  cue('fine-tuning', String.raw`pre-?trained (?:models?|LLMs?|language models?|transformers?|weights|networks?|embeddings?)|foundation(?:al)? (?:models?|LLMs?)|open[- ](?:source|weight) (?:models?|LLMs?)|(?:adapt|customi[sz]e|tailor)(?:s|ed|ing)? (?:existing |pre-?trained |open[- ]source |foundation |large language |language )?(?:models?|LLMs?)`, 0.5),

  // ---- automl ----
  cue('automl', String.raw`AutoML|Auto-?ML|AutoGluon|auto-sklearn|H2O(?:\.ai)?|DataRobot|TPOT|Vertex AI AutoML|automated machine learning`),

  // ---- llm-as-classifier: LLM APIs in place of custom models ----
  cue('llm-as-classifier', String.raw`prompts|prompting|prompt (?:engineering|design|templates?|tuning|chaining|optimi[sz]ation|management|librar(?:y|ies)|iteration)|system prompts?|GPT(?:-?\d\w*)?|ChatGPT|OpenAI|Anthropic|Gemini|Mistral|Azure OpenAI|LangChain|LlamaIndex|retrieval[- ]augmented(?: generation)?|(?:LLM|GenAI|GPT)[- ](?:powered|based|driven)|(?:leverag|us|integrat|apply|build)(?:e|es|ed|ing)? (?:\w+ )?(?:LLMs?|large language models?|generative AI|GenAI)`, 1, {
    notNear: /\b(?:prompt(?:ly)? (?:payment|response|attention)|respond promptly|prompt injection)\b/i,
    // OpenAI's Triton is a GPU kernel language and its Gym a set of RL environments, not LLM APIs.
    notAfter: /^\s*(?:Triton|Gym(?:nasium)?)\b/,
  }),
  // Claude is also a first name ("Contact: Claude Martin, Head of Data"): not before a surname.
  cue('llm-as-classifier', String.raw`Claude`, 1, {
    notAfter: /^ (?!(?:Code|Sonnet|Opus|Haiku|API|Instant|Enterprise|Pro|Desktop|AI|Max|Team|Agent)\b)[A-ZÀ-Ý][a-zà-ÿ]+/,
    notNear: /\b(?:prompt(?:ly)? (?:payment|response|attention)|respond promptly|prompt injection)\b/i,
  }),
  cue('llm-as-classifier', String.raw`LLMs?|large language models?`, 1, {
    // Deploying or serving LLMs is model-ops; it does not say the job builds on them.
    notAfter: /^\s*(?:deployment|serving|inference (?:servers?|engines?|optimi[sz]ation)|hosting|operations|ops|tooling|infrastructure)\b/i,
    // Training LLMs, or LLMs named in a list of techniques, is not using them as a component.
    notNear: /\b(?:train(?:ing)?|pre-?train\w*) (?:\w+ ){0,3}(?:LLMs?|large language|foundation)|\b(?:NLP|natural language processing|computer vision|neural networks?|regression|reinforcement learning)\b(?: \([A-Z]{2,5}\))?,/i,
  }),
  cue('llm-as-classifier', String.raw`generative AI|GenAI|Gen AI|vector (?:databases?|stores?|search)|embeddings|(?:AWS|Amazon) Bedrock|Llama ?\d?`, 0.5),
  // "prompt" alone is also an adjective ("prompt and courteous"): only next to models.
  cue('llm-as-classifier', String.raw`prompt`, 1, { near: /\b(?:LLMs?|GPT|models?|AI|chatbots?|language models?)\b/i }),
  cue('llm-as-classifier', String.raw`RAG`, 1, { caseSensitive: true }),

  // ---- synthetic-data: LLM data generation, augmentation ----
  cue('synthetic-data', String.raw`synthetic (?:(?:training|instruction|preference|tabular|text|conversational|dialogue|patient|labell?ed|evaluation|eval|image|sensor|time[- ]series|fine-tuning) )?data(?:sets?)?(?: generation)?|synthetic (?:training |test |evaluation |eval )?(?:images?|imagery|scenes|speech|audio|samples|conversations|dialogues|examples|queries|prompts|documents|questions|test cases|labels|(?:test|eval(?:uation)?) (?:sets|data|cases))|(?:LLMs?|language models?|GPT-?\w*) to (?:generate|create|produce|write) (?:\w+ ){0,2}(?:data(?:sets?)?|examples|labels|samples)|synthetische(?:n)? (?:trainings)?daten|donn[ée]es synth[ée]tiques|datos sint[ée]ticos|dados sint[ée]ticos|data generation|data augmentation|LLM[- ](?:based )?(?:labell?ing|annotation|generated data)|(?:generate|generating) (?:training |synthetic )?data|(?:generat|creat)(?:e|es|ed|ing) (?:(?:synthetic|training|labell?ed|realistic|high[- ]quality) ){1,2}(?:data|datasets?)|label generation|auto[- ]?label\w*|weak supervision|LLM-generated`, 1, {
    // "generating data visualizations" is reporting, not making training data.
    notAfter: /^[\s-]*(?:visuali[sz]ations?|insights?|reports?|dashboards?|driven|stories|products?)\b/i,
  }),

  // ---- ai-assisted-dev: AI coding assistants ----
  // The tools' full names say what they are; a bare "Copilot" or "Cursor" needs coding beside it.
  cue('ai-assisted-dev', String.raw`GitHub Copilot|Claude Code|Codeium|Windsurf|AI (?:coding|pair[- ]programming) (?:assistants?|tools?)|AI-assisted (?:coding|development|programming)|coding assistants?|AI-powered (?:coding|development) tools`),
  cue('ai-assisted-dev', String.raw`Copilot|Cursor`, 1, {
    near: /\b(?:coding|code|IDE|programming|developer productivity)\b/i,
    notBefore: /\bAI\s+$/i,
    notNear: /\b(?:cursor (?:position|movement)|database cursor)\b/i,
  }),

  // ---- end-to-end: pipelines, infra, A/B tests ----
  // Apache Airflow, not the air flowing through a data centre or a cleanroom.
  cue('end-to-end', String.raw`Airflow`, 1, { notNear: /\b(?:CFD|HVAC|thermal|cooling|ventilation|cleanrooms?|fans?|aerodynamic\w*|heat\w*|airflows|temperatures?|data cent(?:er|re)s)\b/i }),
  cue('end-to-end', String.raw`Kafka|Kubernetes|K8s|Docker|Terraform|Dagster|Prefect|Luigi|Flink|Apache Beam|ETLs?|ELTs?|containeri[sz]\w*|A/B[- ]?test(?:s|ing|en|e)?|(?:tests?|pruebas?|testes|testy|testów) A/B|AB test(?:s|ing)?|A/B experiment(?:s|ation)?|A/B(?:,| and| or| &| ?/) (?:[\w-]+ ){0,2}test(?:s|ing)?|online experiments?|(?:data|ML|AI|DL|ML/DL|AI/ML|machine learning|training|feature|ETL|ELT|processing|preprocessing|pre-processing|ingestion) pipelines?|full ML lifecycle|(?:entire|full|whole|complete) (?:ML|model|machine learning|MLOps|data science) lifecycle|(?:entire|full|whole|complete) lifecycle of (?:the |our |an? )?(?:ML|machine learning|models?|data)|end[- ]to[- ]end (?:[\w-]+ ){0,2}(?:ML|machine learning|models?|pipelines?|systems?|solutions?|development|implementation)|end[- ]to[- ]end ownership of (?:[\w-]+ ){0,3}(?:ML|machine learning|models?|pipelines?|systems?)`, 1, {
    notNear: /\bend[- ]to[- ]end (?:encryption|platform to)\b/i,
  }),
  // The same said after the work, with the stages named: "model creation and serving end to end
  // (data collection, training, evaluation, productionization)". Owning "features end-to-end" alone is not it.
  cue('end-to-end', String.raw`end[- ]to[- ]end`, 1, {
    before: /\b(?:models?|ML|machine learning|pipelines?|systems?|solutions?|serving|training)\b[^.;]{0,30}$/i,
    near: /\b(?:data (?:collection|ingestion|pipelines?|processing|preparation)|training)\b[^.;]*\b(?:deploy\w*|production\w*|serving|monitoring)\b/i,
    notNear: /\bend[- ]to[- ]end (?:encryption|testing|tests?)\b/i,
  }),

  // ---- ml-platform ----
  cue('ml-platform', String.raw`(?:ML|machine learning|MLOps|LLM|GenAI|model|data science|inference|training|compute|GPU)(?: [a-z]+)? (?:platforms?|infrastructures?|infra)|(?:LLM|AI|model|inference) gateways?|feature stores?|Feast|Tecton|(?:ML|machine learning|MLOps|LLM|GenAI)(?: best practices,)? tooling|internal (?:ML|MLOps) (?:tools|tooling|platforms?)|internal AI (?:platforms?|infrastructure)|model registry|training infrastructure|GPU (?:clusters?|infrastructure)|distributed training (?:framework|infrastructure|systems?)`, 1, {
    near: BUILD_NEAR,
    titleWeight: 1,
    // Using someone else's platform: "commercial ML platforms", "exposure to large-scale ML infra".
    notBefore: USED_PLATFORM_BEFORE,
  }),
  // Platform first, as Romance languages and Polish say it: "piattaforma ML", "plataforma de MLOps", "platformy ML".
  cue('ml-platform', String.raw`(?:piattaform[ae]|plataformas?|plateformes?|platform[ayę]?) (?:di |de |d['’]|do |da )?(?:ML|MLOps|machine learning|IA|AI)`, 1, {
    near: /\b(?:svilupp|costru|gestir|budow|rozw|utrzym|desenvolv|constru|desarroll|d[ée]velopp|build|develop|maintain|own)\w*/i,
  }),
  // Hyphenated, as German and Dutch write it ("unsere MLOps-Plattform", "ons ML-platform"); not a team's name ("Team "KI-Plattform"").
  cue('ml-platform', String.raw`(?:ML|MLOps|LLM|KI|AI)-(?:platforms?|Plattform(?:en)?|infrastructure|Infrastruktur)`, 1, {
    near: BUILD_NEAR,
    notBefore: new RegExp(`${USED_PLATFORM_BEFORE.source}|\\bTeams?\\s*["„“”']?\\s*$`, 'i'),
  }),
  // The platform role itself, not working alongside platform engineers or a team named so.
  cue('ml-platform', String.raw`platform engineer\w*`, 1, {
    titleWeight: 1,
    near: /\b(?:ML|machine learning|models?|AI|LLMs?|MLOps|GenAI|inference|training)\b/,
    notBefore: WITH_PEOPLE_BEFORE,
    notAfter: /^\s*(?:leadership|teams?|org\w*|group|department)\b/i,
  }),
  // Infrastructure built for ML work: "infrastructure for training and inference", "tools to support the LLM lifecycle".
  cue('ml-platform', String.raw`(?:infrastructure|platforms?|tooling|tools|frameworks)(?: and (?:services|tooling|tools|infrastructure|platforms?))? (?:for|to support|that (?:power|powers|support|supports|enable|enables|accelerate)|powering|supporting) (?:[\w'-]+ ){0,3}(?:ML|machine learning|AI|LLMs?|training|inference|models?|data scien\w+|scientists|research|experimentation)`, 1, {
    near: BUILD_NEAR,
    notBefore: /\b(?:the|our)\s+[A-Z]\w+\s+$/,
  }),
  // Internal tools for ML work; an "Internal Tools" team building admin dashboards is not an ML platform.
  cue('ml-platform', String.raw`internal (?:tools|tooling|platforms?)`, 1, {
    near: /\b(?:ML|machine learning|models?|training|inference|data scien\w+|MLOps|experiments?|feature stores?)\b/i,
  }),
  // Self-serve ML, not self-serve dashboards or dbt's data models.
  cue('ml-platform', String.raw`self-serve`, 1, { near: ML_NEAR, notNear: /\b(?:data models?|dbt|semantic layer|dashboards?|BI|analytics layer)\b/i }),
  cue('ml-platform', String.raw`AI (?:platforms?|infrastructures?|infra)|(?:cloud|data) (?:infrastructures?|platforms?)`, 0.5, {
    titleWeight: 1,
    near: BUILD_NEAR,
    notNear: /\b(?:front[- ]?end|UI|UX|user interfaces?)\b/i,
    notBefore: USED_PLATFORM_BEFORE,
    // A vendor named after it: "cloud platforms like AWS", "data platforms such as Snowflake".
    notAfter: /^\s*(?:like|such as|e\.g\.|\(|engineers?\b)/i,
  }),
  cue('ml-platform', String.raw`platforms?|infrastructures?|tooling|tools`, 0.5, {
    near: /\b(?:ML|machine learning|models?|training|inference|data scientists|MLOps|AI)\b/i,
    notBefore: /\b(?:our|the|a|single|leading|marketplace|SaaS|commerce|AI-native|their)\s+(?:[\w-]+\s+){0,1}$/i,
    before: BUILD_BEFORE,
  }),

  // ---- data-quality: data quality, features, cleaning ----
  // The same in other languages, and the quality of labels.
  cue('data-quality', String.raw`qualit[ée] des donn[ée]es|qualidade (?:dos|de) dados|calidad (?:de (?:los )?)?datos|datenqualit[äa]t|datakwaliteit|jako[śs][ćc] danych|qualit[àa] dei dati|nettoyage (?:et [\wé]+ )?(?:des |de )?donn[ée]es|limpieza (?:y [\wé]+ )?de (?:los )?datos|limpeza (?:e [\wé]+ )?(?:de |dos )?dados|datenbereinigung|datenaufbereitung|pr[ée]paration des donn[ée]es|prepara[çc][ãa]o (?:de|dos) dados|preparaci[óo]n de (?:los )?datos|label quality|mislabell?ed|quality of (?:\w+ ){0,2}labels`),
  cue('data-quality', String.raw`data quality|feature engineering|feature (?:selection|creation|generation|design)|data validation|data cleaning|data cleansing|clean(?:ing|s|ed)?[ /](?!code\b)(?:[\w/]+ ){0,2}(?:data|datasets?)|clean(?:ing|s|ed)?(?: up)?(?:,| and| &| or)(?: [\w/-]+,?(?: and| &| or)?){1,4}? (?:data(?:sets?)?|records|notes|text|labels|logs)\b|data (?:reduction|accuracy|standardi[sz]ation)|engineered features|engineer(?:s|ed|ing)? (?:new |the )?features|selecting features|data preparation|data prep|data wrangling|wrangl(?:e|ing)|data integrity|data governance|pre-?process(?:ing|es|ed)?|data munging|de-?duplicat(?:e|es|ed|ing|ion) (?:of )?(?:[\w-]+ ){0,2}(?:data|datasets?|records|entities)|messy data|noisy data|flawed data|dirty data|data curation|curat(?:e|es|ed|ing|ion) (?:of )?(?:\w+ ){0,2}(?:data|datasets?)|data hygiene|data consistency|dataset (?:quality|creation|construction)|quality (?:and \w+ )?of (?:the |our )?(?:data|datasets?|training data|labels?)|(?:collect|gather)(?:s|ed|ing)?,? (?:and )?(?:clean|preprocess|label|prepar)\w*|ensur\w+ high[- ]quality (?:input|data|datasets?|training data|labels)|data (?:transformation|normali[sz]ation|enrichment)|validat(?:e|es|ed|ing) (?:the |our |all |incoming |that )?(?:[\w-]+ )?data|cleans(?:e|es|ed|ing)|cleaning (?:routines|techniques|scripts|procedures)|confidence in (?:our |the )?(?:datasets?|data)|data[- ]centric (?:approach(?:es)?|techniques|methods|AI|ML)|(?:ML|model) features|training (?:sets?|data(?:sets?)?) (?:construction|creation|preparation|curation)|prepar(?:e|es|ed|ing)(?: and \w+)? (?:the )?data`, 1, {
    // Working with the data quality team, or data governance as a department, is not doing the work.
    notAfter: /^\s*(?:teams?|analysts?|specialists?|group|department|organi[sz]ation|counterparts?|partners?)\b/i,
  }),
  // Features made for models ("develop new features to improve ML models"), not product features.
  // (What follows "features" is in the pattern: most mentions fail there, before any window is cut.)
  cue('data-quality', String.raw`(?:new |predictive |model |risk |ML )?features (?:to improve|that improve|for|feeding|used (?:in|by)|into) (?:[\w-]+ ){0,3}(?:models?|ML|predictions?|classifiers?)`, 1, {
    before: /\b(?:develop|build|creat|engineer|design|deriv|extract|add)\w*\s+(?:[\w-]+\s+){0,2}$/i,
    notNear: /\bproduct features?\b/i,
  }),
  // Working with data at all (its size, its kind, exploring it) is one weak sign however it is said: it needs a real one.
  cue('data-quality', String.raw`large[- ]scale data(?:sets)?|large (?:and complex )?datasets|massive datasets|big data|data sets?|datasets?|data processing|data collection|data exploration|exploratory data analysis|EDA|unstructured data|feature extraction`, 0.5),

  // ---- from-scratch: novel models, new architectures, research ----
  // "building things from scratch" is a startup's product talk: only about models, networks, algorithms.
  cue('from-scratch', String.raw`from scratch`, 1, { near: /\b(?:models?|architectures?|networks?|transformers?|algorithms?|LLMs?|systems?)\b(?:\W+\w+){0,4}\W+from scratch|from scratch(?:\W+\w+){0,4}\W+(?:models?|architectures?|networks?|transformers?|algorithms?|LLMs?|systems?)\b/i }),
  cue('from-scratch', String.raw`novel (?:\w+ ){0,2}(?:models?|architectures?|algorithms?|methods?|methodolog\w+|techniques?|approaches|networks?|applications of AI)|new (?:model )?architectures?|(?:eigene[rn]?|neue[rn]?) (?:[\w-]+ ){0,2}?(?:netz|modell)?architektur\w*|(?:eigen|nieuwe) (?:[\w-]+ ){0,2}?(?:netwerk|model)?architectur\w*|advance the state of the art|research(?:ing)? (?:new|novel) (?:techniques|methods|algorithms|approaches|models)|publish(?:ing)? (?:(?:papers?|research|work) )?(?:at|in|on) (?:top|leading|peer|major|premier)|publications? (?:track )?record|track record of (?:\w+ )?publications|publications (?:at|in|on) (?:top|leading|major|premier)|research(?:es|ing)? (?:the )?(?:latest )?(?:SOTA|state[- ]of[- ]the[- ]art|cutting[- ]edge) (?:[\w-]+ ){0,2}(?:methods|techniques|models|algorithms|approaches|architectures)`),
  // Building new models is everyday data science too: only with other research signs.
  cue('from-scratch', String.raw`(?:design|develop|invent|create)(?:s|ing)? (?:new|custom|novel|proprietary) (?:\w+ ){0,2}(?:models?|algorithms?|methods?|architectures?|networks?)|new (?:algorithms|methods for)|state[- ]of[- ]the[- ]art (?:methods|techniques|research)|SOTA methods|research(?:ing)?,? (?:and |& )?(?:develop|build|implement|design|invent)\w* (?:[\w-]+ ){0,3}(?:algorithms?|models?|methods|techniques|architectures?)`, 0.5),
  // Research as part of the job, and a research record: each a weak sign, both together the signal.
  cue('from-scratch', String.raw`research (?:and|&) develop(?:ment)?|R&D|(?:conduct|drive|lead)(?:s|ing)? research|cutting[- ]edge research|research (?:projects?|directions?|experience|perspective|opportunities|team)`, 0.5, {
    notNear: /\b(?:user research|market research|UX research|customer research|operations research)\b/i,
  }),
  cue('from-scratch', String.raw`research (?:papers?|publications?|literature)|academic papers?|publish(?:ing)? (?:papers|research)|publications?|NeurIPS|ICML|ICLR|CVPR|EMNLP|peer[- ]reviewed`, 0.5, {
    notNear: /\b(?:user research|market research|UX research|customer research|operations research)\b/i,
  }),
  cue('from-scratch', String.raw`Research (?:Scientist|Engineer)|Researcher|Algorithms? (?:&|and) Research`, 0, { titleWeight: 0.5 }),

  // ---- prompt-engineering: the role ----
  cue('prompt-engineering', String.raw`prompt engineers?`, 0, { titleWeight: 1 }),
  // A title naming prompts as the job: "Prompt Engineering Lead", "AI Engineer (Prompt)", "Prompt Designer".
  cue('prompt-engineering', String.raw`prompts?(?: (?:engineering|design(?:er)?|writer|specialist|architect|developer))?`, 0, {
    titleWeight: 1,
    notAfter: /^\s*(?:injection|security|safety)\b/i,
  }),

  // ---- manual-labeling ----
  cue('manual-labeling', String.raw`data annotation|annotat(?:e|ing|ion|ions|ors?) (?:\w+ ){0,2}(?:data|datasets?|images?|text|videos?)|manual (?:labell?ing|annotation|review)|label(?:l)?ing (?:teams?|tools?|vendors?|pipelines?|guidelines|data|process|workflows?|efforts?)|human (?:labell?ing|annotation|raters?|labell?ers?)|labell?ers|annotators|data label(?:l)?ing|label(?:l)?ing tasks|annotation (?:platforms?|providers?|process|vendors?|tools?|pipelines?|candidates|teams?|tasks?|guidelines|projects?|campaigns?|efforts?)|Labelbox|Label Studio|(?:data|dataset) collection and label(?:l)?ing|label(?:l)?ing(?:,| and) (?:data )?(?:collection|cleaning)|collection,? (?:and )?label(?:l)?ing`),

  // The vendor, in its capitals: "scale AI across the business" is not a labelling company.
  cue('manual-labeling', String.raw`Scale AI`, 1, { caseSensitive: true, notAfter: /^\s*(?:\/|adoption|solutions?|initiatives?|capabilit\w+|engines?|models?|systems?|across|products?|applications?|workloads?|use cases|responsibly|safely|efficiently)\b/i }),

  // ---- swe-convergence: software engineering skills for ML work ----
  cue('swe-convergence', String.raw`software engineering`, 1, {
    notBefore: DEGREE_BEFORE,
    notAfter: DEGREE_AFTER,
    titleWeight: 1,
  }),
  cue('swe-convergence', String.raw`software engineer`, 1, {
    // Working with software engineers, or software engineering as a degree's field, is not the skill;
    // "experience in a software engineering role" is, even with a degree named in the same sentence.
    notBefore: new RegExp(`${WITH_PEOPLE_BEFORE.source}|${DEGREE_BEFORE.source}`, 'i'),
    notAfter: DEGREE_AFTER,
    titleWeight: 1,
  }),
  cue('swe-convergence', String.raw`software engineering (?:experience|skills|practices|principles|fundamentals|background|best practices|rigou?r)|engineering best practices`),
  // The same in other languages: "Softwareentwicklung", "engenharia de software", "développement logiciel".
  cue('swe-convergence', String.raw`softwareentwicklung|software-engineering|softwareontwikkeling|engenharia de software|desenvolvimento de software|desarrollo de software|ingenier[ií]a de software|d[ée]veloppement logiciel|g[ée]nie logiciel|ingegneria del software|sviluppo software|in[żz]ynieri\w* oprogramowania`, 1, { notBefore: DEGREE_BEFORE }),
  cue('swe-convergence', String.raw`software development|software design|production[- ](?:quality|grade|ready|level|worthy) (?:code|software)|production code|write (?:clean|efficient|robust|high[- ]quality|well-tested|maintainable) code|code reviews?|unit tests?|unit testing|testing frameworks?|test-driven|TDD|clean code|maintainable code|well-tested|readable code|microservices?|distributed systems|system design|RESTful(?: APIs?)?|gRPC|GraphQL|SDKs?`, 1, {
    notNear: /\bnot software development\b/i,
  }),
  // Backend work, not working with the backend team ("with backend, devops and data scientists");
  // integrating "with our TypeScript backend" is backend work.
  cue('swe-convergence', String.raw`backend|back-end`, 1, {
    notBefore: /\b(?:with|alongside|partner(?:ing)? with|collaborat\w+ with)\s+(?!(?:our|the|your|an?|their|its)\s)(?:[\w-]+\s+){0,2}$/i,
    notAfter: /^[\s,]*(?:(?:and|&) [\w-]+ )?(?:engineers?|teams?|developers?|devops)\b/i,
  }),
  // Building or serving APIs is the skill; calling a vendor's API, or an "API Gateway", is weak.
  cue('swe-convergence', String.raw`APIs?`, 1, {
    before: /\b(?:build|design|develop|implement|expos|serv|creat|maintain|writ|own|deliver|scal)\w*,?\s+(?:[\w/&,-]+\s+){0,7}$/i,
    notAfter: /^\s*(?:calls?|gateway|keys?|access)\b/i,
  }),
  cue('swe-convergence', String.raw`APIs?`, 0.5, { notAfter: /^\s*(?:calls?|gateway|keys?|access)\b/i }),
  cue('swe-convergence', String.raw`REST`, 1, { caseSensitive: true }),
  cue('swe-convergence', String.raw`(?:very )?(?:strong|solid|excellent) (?:coding|programming|engineering) (?:skills|ability|abilities|experience)|version control|Git|GitHub|GitLab|object[- ]oriented|OOP|design patterns|data structures|web services|full[- ]stack|DevOps|CI/CD|Linux`, 0.5),
  cue('swe-convergence', String.raw`Java|C\+\+|Golang|Scala|Rust|TypeScript|JavaScript|Node\.js|Kotlin|C#`, 0.25),
  cue('swe-convergence', String.raw`Go`, 0.25, { caseSensitive: true, before: /(?:,|\/|\bor|\band|\()\s*$/, after: /^\s*(?:,|\/|\bor\b|\band\b|\))/ }),

  // ---- classical-ml: fundamentals ----
  cue('classical-ml', String.raw`SVMs?|support vector machines?|random forests?|gradient[- ]boost(?:ing|ed)(?: (?:decision )?trees| machines)?|GBMs?|XGBoost|LightGBM|CatBoost|decision trees?|logistic regression|linear regression|regression (?:models?|analysis|techniques)|(?:linear|logistic|non-?linear) models|Bayesian|naive Bayes|k-means|clustering|k-nearest|KNN|PCA|dimensionality reduction|ensemble (?:methods|models|learning)|time[- ]series (?:analysis|forecasting|modell?ing|models)|survival analysis|causal inference|hypothesis testing|experiment(?:al)? design|design of experiments|statistical (?:modell?ing|models?|methods|analysis|analyses|techniques|learning|inference|significance|rigou?r|tests?|testing)|statistical ?(?:/|and|or|&) ?(?:machine learning|ML|predictive) (?:modell?ing|models?|methods|techniques|algorithms)|predictive (?:modell?ing|models?|analytics)|(?<!(?:self|semi|weakly)[- ])(?:un)?supervised learning|supervised (?:and|&|\/) unsupervised|feature importance|cross-validation|econometrics|classical (?:ML|machine learning)|traditional (?:ML|machine learning)`),
  // "Regression testing" is QA, not a model.
  cue('classical-ml', String.raw`regression`, 1, { notAfter: /^[\s-]*(?:tests?|testing|suites?|bugs?|issues?|gates?|checks?|alerts?)\b/i }),
  cue('classical-ml', String.raw`statistics|statistical|probability|mathematics|applied math`, 0.5, { notBefore: DEGREE_BEFORE }),
  // Statistics asked for as a skill ("experience in statistics", "strong statistical skills").
  cue('classical-ml', String.raw`statistics|statistical (?:skills|knowledge|background|expertise|analysis|software|programming|concepts|genetics|and [a-z ]{0,30}skills)`, 1, {
    before: /\b(?:experience|expertise|knowledge|background|skills?|proficien\w+|understanding|strong|advanced|solid|sound|good|grounding|foundations?|fluency|fluent|familiarity|grasp|comfortable|confident|command|competen\w+)\b[^.]{0,40}$/i,
    notBefore: DEGREE_BEFORE,
  }),
  cue('classical-ml', String.raw`forecasting|anomaly detection|classification (?:models?|algorithms?|problems?|tasks?)|classifiers?|churn (?:models?|prediction)|propensity (?:models?|scores?)`, 0.5),
  cue('classical-ml', String.raw`machine learning (?:algorithms|techniques|methods|fundamentals|concepts|theory)|ML (?:algorithms|techniques|fundamentals)`, 0.25),

  // ---- core-frameworks ----
  cue('core-frameworks', String.raw`PyTorch|TensorFlow|JAX|scikit-learn|sklearn|Keras|PyTorch Lightning|MXNet|Caffe`),
  // Frameworks asked for without a name: a weak sign (they may mean a framework's internals, or none in particular).
  cue('core-frameworks', String.raw`deep learning frameworks?|ML frameworks?|machine learning frameworks?|(?:ML|DL) ?/ ?(?:ML|DL) frameworks?`, 0.5),
  // "torch" is how many teams write PyTorch; not TorchServe, not a torch-bearer.
  cue('core-frameworks', String.raw`torch`, 1, { notBefore: /\b(?:the|a|carry\w*|pass\w*)\s+$/i, notAfter: /^[\s-]*(?:bearers?|relay)\b/i }),
  cue('core-frameworks', String.raw`Hugging ?Face|Transformers library|XGBoost|NumPy|Pandas|SciPy`, 0.5),
];
