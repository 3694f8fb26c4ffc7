import { describe, expect, it } from 'vitest';
import { containment, isSameJobText } from './same-job';

const body = 'You will build the training pipeline for our reinforcement learning systems, own evaluation harnesses, and work with researchers to scale experiments across thousands of accelerators. You have strong Python and experience with distributed systems.';

describe('isSameJobText', () => {
  it('matches a posting whose copy on another board adds an intro and boilerplate', () => {
    const linkedin = `About the company: we build safe AI systems. ${body} We are an equal opportunity employer.`;
    expect(isSameJobText(body, linkedin)).toBe(true);
  });
  it('keeps apart two openings with the same title and different duties', () => {
    const other = 'You will lead the data platform team for our retail analytics product, managing stakeholders in the London office and building dashboards for merchandising.';
    expect(isSameJobText(body, other)).toBe(false);
  });
  it('treats two empty texts as the same and empty vs full as different', () => {
    expect(containment('', '')).toBe(1);
    expect(isSameJobText('', body)).toBe(false);
  });
});
