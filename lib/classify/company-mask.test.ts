import { describe, expect, it } from 'vitest';
import { classify } from './index';
import { maskCompany } from './company-mask';

describe('maskCompany', () => {
  it.each([
    ['At Anthropic, we build Claude.', 'Anthropic', 'At Xxxxxxxxx, we build Claude.'],
    ['About Swiss Re\nSwiss Re is a reinsurer.', 'Swiss Re', 'About Xxxxx Xx\nXxxxx Xx is a reinsurer.'],
    ['OpenAI Inc. ships GPT-4 via the OpenAI API.', 'OpenAI, Inc.', 'XxxxXX Inc. ships GPT-4 via the XxxxXX API.'],
    ['Scale matters here.', 'Scale AI', 'Scale matters here.'],
    ['Use of AI is broad.', 'AI', 'Use of AI is broad.'], // too short to mask safely
    ['Metadata at Meta.', 'Meta', 'Metadata at Xxxx.'], // whole words only
  ])('%s', (text, company, expected) => {
    const masked = maskCompany(text, company);
    expect(masked).toBe(expected);
    expect(masked.length).toBe(text.length);
  });
});

describe('classify with the company named in the text', () => {
  const input = {
    title: 'Machine Learning Engineer',
    company: 'Anthropic',
    description: 'Anthropic is an AI safety company. At Anthropic you will train large models and run experiments on reinforcement learning from human feedback. Anthropic offers great benefits.',
  };
  it('does not count the name of the employer as LLM-API integration or a skill signal', () => {
    const c = classify(input);
    const evidence = [...c.work.evidence, ...c.signals.flatMap((s) => s.evidence)];
    expect(evidence.some((e) => e.text === 'Anthropic')).toBe(false);
    expect(c.signals.map((s) => s.id)).not.toContain('llm-as-classifier');
  });
  it('keeps evidence offsets into the original description', () => {
    const c = classify(input);
    for (const e of [...c.work.evidence, ...c.signals.flatMap((s) => s.evidence)]) {
      const source = e.field === 'title' ? input.title : input.description;
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
