// Modality tags: the kinds of data and model families a posting works with (NLP,
// LLMs, vision, speech, RL, tabular, time series, recommendation, multimodal).
// Reported beside the axes, never as a domain. Ambiguous short words need context:
// "RL" is not inside "URL", "CV" can mean a résumé, "vision" can be the company's,
// "speech" can be free, "PPO" a health plan and "Bert" a recruiter.
import { MODALITIES, type Modality } from '../model';
import { compileCues, scanCues, type Cue } from './cues';
import type { ClassifyInput } from './input';
import { contentRanges, sections } from './sections';

const m = (tag: Modality, pattern: string): Cue<Modality> => ({ id: `${tag}:${pattern.slice(0, 24)}`, tag, weight: 1, pattern });

// ML words next to which "CV" means computer vision, not a résumé.
const ML_NEAR = '(?:ml|ai|nlp|machine learning|deep learning)';

const CUES = compileCues<Modality>([
  m('multimodal', 'multi-?modal(?:ity)?|vision[- ]language(?: models?)?|vlms?|vlas?|vision[- ]language[- ]action|image[- ]text|text[- ]to[- ](?:image|video)|audio[- ]visual'),
  m('llm', 'llms?|large language models?|gpt(?:-?[345]\\w*)?|chatgpt|generative ai|gen ?ai|openai|anthropic|claude|gemini|llama ?\\d*|mistral|retrieval[- ]augmented(?: generation)?|rag|prompt engineering|prompt design|langchain|langgraph|llama ?index|agentic|ai agents?|llm agents?|foundation models?|rlhf|instruction[- ]tuning|in-context learning'),
  m('nlp', 'natural language processing|natural language understanding|natural language generation|nlp|nlu|nlg|text (?:mining|classification|analytics|extraction|generation|summari[sz]ation)|named entity recognition|ner|machine translation|information extraction|sentiment analysis|topic model(?:s|l?ing)|question answering|computational linguistics|language models?|bert(?=[,;:.)/]|[- ](?:models?|based|embeddings?|style|family|variants?|base|large|encoders?|architectures?)\\b| (?:and|or)\\b)|spacy|tokeni[sz]\\w*|document (?:understanding|extraction|ai)|conversational ai|verarbeitung nat[üu]rlicher sprache|traitement (?:automatique )?(?:du|des) langues? naturelles?|traitement (?:automatique )?du langage naturel|procesamiento (?:del? )?lenguaje natural|processamento de linguagem natural|elaborazione del linguaggio naturale'),
  m('vision', `computer vision|machine vision|image (?:processing|recognition|classification|segmentation|analysis|generation|data)|object (?:detection|tracking)|semantic segmentation|instance segmentation|opencv|convolutional neural networks?|cnns?|video (?:understanding|analytics|analysis)|perception (?:models?|systems?|stack|algorithms?|teams?|engineers?|software)|3d (?:reconstruction|vision|computer vision)|point clouds?|lidar|ocr|optical character recognition|vision (?:models?|transformers?|systems?|tasks?|algorithms?)|pose estimation|depth estimation|cv (?:models?|engineers?|research|algorithms?|systems?|tasks?|pipelines?)|${ML_NEAR}(?:,|/| and| or) ?cv|cv(?:,|/| and| or) ?${ML_NEAR}|imaging|diffusion models?|gans?|yolo|vision par ordinateur|visi[óo]n (?:por computadora|por ordenador|artificial)|vis[ãa]o computacional|visione artificiale|bildverarbeitung|maschinelles sehen`),
  m('speech', 'speech (?:recognition|synthesis|processing|models?|technologies|data)|speech[- ]to[- ]text|text[- ]to[- ]speech|asr|tts|voice (?:recognition|ai|assistants?|agents?|technology|cloning)|spoken language|speaker (?:identification|recognition|diarization)|diarization|audio (?:processing|models?|ml|signal processing|classification|data)|whisper'),
  // PPO is also a health plan ("medical (PPO and HMO options)"): only beside other RL methods.
  m('rl', 'reinforcement learning|deep rl|rl|multi-armed bandits?|contextual bandits?|bandit algorithms?|q-learning|policy gradients?|apprentissage par renforcement|aprendizaje por refuerzo|aprendizagem por refor[çc]o|apprendimento per rinforzo|best[äa]rkendes lernen|proximal policy optimi[sz]ation|dqn|ppo(?=(?:,| and| or|/) ?(?:dpo|grpo|sac|trpo|a2c|a3c|dqn|rlhf)\\b)|(?:dpo|grpo|sac|trpo|a2c|a3c|rlhf)(?:,| and| or|/) ?ppo'),
  m('tabular', 'tabular(?: data)?|structured data|gradient[- ]boost\\w*|xgboost|lightgbm|catboost|random forests?|decision trees?|logistic regression|generali[sz]ed linear models?|glms?|credit scoring|churn (?:models?|prediction)'),
  m('time-series', 'time[- ]series|forecast(?:s|ing)?|temporal data|arima|sensor data|signal processing|demand prediction|anomaly detection|zeitreihen\\w*|s[ée]ries temporelles|series temporales|s[ée]ries temporais|serie temporali|prognosen?|pr[ée]visions?|pron[óo]sticos?'),
  m('recommendation', 'recommend(?:ation|er)s? (?:systems?|engines?|algorithms?|models?)|recommenders?|recsys|personali[sz]ation|collaborative filtering|learning to rank|ranking (?:models?|systems?|algorithms?)|search ranking|two[- ]tower|candidate generation|feed ranking'),
], 'modalities');

export function detectModalities(input: ClassifyInput): Modality[] {
  const found = new Set<Modality>();
  for (const hit of scanCues(CUES, input.title)) found.add(hit.cue.tag);
  // The company blurb and benefits say what the company does, not what the job uses.
  for (const hit of scanCues(CUES, input.description, contentRanges(sections(input.description)))) found.add(hit.cue.tag);
  return MODALITIES.filter((x) => found.has(x));
}
