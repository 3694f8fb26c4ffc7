import { describe, expect, it, test } from 'vitest';
import type { Modality } from '../model';
import { detectModalities } from './modality';

const detect = (description: string, title = 'Machine Learning Engineer'): Modality[] => detectModalities({ title, description });

describe('detectModalities', () => {
  test.each<[string, string, Modality[]]>([
    ['NLP', 'Experience with natural language processing and named entity recognition', ['nlp']],
    ['LLMs and RAG', 'Build RAG pipelines on top of large language models', ['llm']],
    ['computer vision', 'Train object detection and semantic segmentation models', ['vision']],
    ['speech', 'Improve our speech recognition (ASR) and text-to-speech systems', ['speech']],
    ['reinforcement learning', 'Experience with reinforcement learning or contextual bandits', ['rl']],
    ['RL as an acronym', 'Apply RL to bidding policies', ['rl']],
    ['tabular', 'Gradient boosting (XGBoost, LightGBM) on structured data', ['tabular']],
    ['time series', 'Time-series forecasting of demand', ['time-series']],
    ['recommendation', 'Design recommender systems and learning to rank', ['recommendation']],
    ['multimodal', 'Train vision-language models (VLMs) on multimodal data', ['multimodal']],
    ['CV next to ML words', 'Background in ML/CV research', ['vision']],
    ['several, in canonical order', 'LLM agents, then OCR, then NLP', ['nlp', 'llm', 'vision']],
    ['PPO beside other RL methods', 'Post-training with PPO, DPO or GRPO', ['rl']],
    ['BERT in a list of models', 'Fine-tune BERT, RoBERTa or T5; build BERT-based classifiers', ['nlp']],
    ['German', 'Erfahrung in der Verarbeitung natürlicher Sprache und der Analyse von Zeitreihen', ['nlp', 'time-series']],
    ['French', 'Traitement automatique du langage naturel et vision par ordinateur', ['nlp', 'vision']],
    ['Spanish', 'Experiencia en procesamiento de lenguaje natural y aprendizaje por refuerzo', ['nlp', 'rl']],
  ])('%s', (_name, description, expected) => {
    expect(detect(description)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['URL is not RL', 'Paste the URL of your portfolio. Our control plane has curl and url handling.'],
    ['CV as a résumé', 'Please send your CV and a cover letter. Upload your CV here.'],
    ['company vision', 'Share our vision and help shape the long-term vision of the company.'],
    ['freedom of speech', 'We value freedom of speech and open discussion.'],
    ['a PPO health plan', 'We offer medical (PPO and HMO options), dental and vision insurance.'],
    ['Bert the recruiter', 'Neem contact op met Bert van Dijk voor vragen.'],
    ['random words', 'Great communication skills, ownership, and a bias for action.'],
  ])('ignores %s', (_name, description) => {
    expect(detect(description, 'Software Engineer')).toEqual([]);
  });

  it('reads the title too', () => {
    expect(detectModalities({ title: 'Computer Vision Engineer', description: 'Join us.' })).toEqual(['vision']);
    expect(detectModalities({ title: 'NLP Scientist', description: 'Join us.' })).toEqual(['nlp']);
  });

  it('ignores boilerplate sections', () => {
    const description = 'Requirements:\n- Python\n\nAbout us\nWe build computer vision and speech recognition products.';
    expect(detect(description, 'Data Engineer')).toEqual([]);
  });

  it('finishes on huge input (its time is measured by npm run bench)', () => {
    expect(detect('speech vision URL CV '.repeat(50_000))).toEqual(expect.any(Array));
    expect(detect('a'.repeat(1_000_000))).toEqual([]);
  });
});
