// Titles and phrases from real postings (some paraphrased), and the traps of the level axis.
import { describe, expect, test } from 'vitest';
import { classifyLevel } from './level';
import { extractYears } from './years';

const level = (title: string, description = '') => {
  const input = { title, description };
  return classifyLevel(input, extractYears(input));
};

describe('classifyLevel: the title decides first', () => {
  test.each([
    ['Senior Machine Learning Engineer', 'senior'],
    // Other languages' level words.
    ['Data Scientist Sénior', 'senior'],
    ['Responsable Data Science', 'senior'],
    ['Jefe de Machine Learning', 'senior'],
    ['Teamleiter Data Science (m/w/d)', 'senior'],
    ['Apprenti Data Engineer', 'entry'],
    ['Tirocinio Data Scientist', 'entry'],
    ['Jeune diplômé - Data Scientist', 'entry'],
    ['Recién graduado - Data Scientist', 'entry'],
    ['Absolvent Machine Learning (m/w/d)', 'entry'],
    ['Sr. AI Engineer', 'senior'],
    ['Sr Data Scientist', 'senior'],
    ['Staff Software Engineer (AI Platform)', 'senior'],
    ['Sr Staff Machine Learning Engineer (Xpanse)', 'senior'],
    // "Member of Technical Staff" is a company's name for every engineer, not the staff level.
    ['Member of Technical Staff, Machine Learning', 'mid'],
    ['Senior Member of Technical Staff - ML Infrastructure', 'senior'],
    ['Associate Professor of Machine Learning', 'mid'],
    ['Leitender Data Scientist (m/w/d)', 'senior'],
    ['Leitende*r Machine Learning Engineer*in', 'senior'],
    ['Machine Learning Engineer - Fresher', 'entry'],
    // A lead compound in drug discovery is not a lead role.
    ['Machine Learning Scientist, Lead Optimization', 'mid'],
    ['Data Scientist - Hit-to-Lead', 'mid'],
    ['Principal Data Scientist', 'senior'],
    ['Lead Data Scientist', 'senior'],
    ['AI Software Appications Engineer - Technical Lead / Principal', 'senior'],
    ['Engineering Manager, ML Platform', 'senior'],
    ['Managing Data Scientist/ML Engineer', 'senior'],
    ['Head of Machine Learning', 'senior'],
    ['Director Data Science', 'senior'],
    ['VP of AI', 'senior'],
    ['Distinguished Engineer, AI', 'senior'],
    ['Chief Data Scientist', 'senior'],
    ['Product Manager, AI', 'senior'],
    ['AI/ML Engineer Intern', 'entry'],
    ['Machine Learning Engineer, New Grad', 'entry'],
    ['Computer Vision/Machine Learning Engineer (PhD Graduate)', 'entry'],
    ['Junior Data Scientist', 'entry'],
    ['Jr. Data Scientist', 'entry'],
    ['Data Scientist (Entry Level)', 'entry'],
    // Final-year students and a UK year-long placement are students; an ads placement team is not.
    ['Data Science Intern – Senior Year Students', 'entry'],
    ['Year in Industry Placement – Data Science', 'entry'],
    ['Data Science Placement', 'entry'],
    ['Ads Placement Engineer', 'mid'],
    ['Afstudeerstage Machine Learning', 'entry'],
    ['Staż w dziale Data Science', 'entry'],
    ['Młodszy Data Scientist', 'entry'],
    ['Data Scientist - Statistics, Early Career', 'entry'],
    ['Associate Data Scientist', 'entry'],
    ['Co-Op - QA Automation Engineer', 'entry'],
    ['Stage FE - Data Scientist / Analytics Engineer (H-F)', 'entry'],
    ['Data Scientist I', 'entry'],
    ['Clinical AI Scientist I - Digital Pathology', 'entry'],
    ['Software Engineer II, Perception State Estimation', 'mid'],
    ['Applied Scientist II - AMZ2627', 'mid'],
    ['Data & Applied Scientist 2', 'mid'],
    ['Intermediate Backend Engineer, ModelOps:MLOps', 'mid'],
    ['Software Development Engineer III - AI', 'senior'],
    ['Software Engineer 3, Gen AI - Post Billing Processing System', 'senior'],
    ['Associate Director, Machine Learning', 'senior'],
    // A dimension, not a level.
    ['Computer Vision Engineer – 3D Perception', 'mid'],
    ['Research Engineer 2D/3D Vision', 'mid'],
  ])('%s → %s', (title, label) => {
    expect(level(title).label).toBe(label);
  });

  test('the evidence is the title word', () => {
    const result = level('Senior Machine Learning Engineer');
    expect(result.evidence[0]).toEqual({ text: 'Senior', start: 0, end: 6, field: 'title' });
    expect(result.confidence).toBeGreaterThan(0.9);
  });
});

describe('classifyLevel: spanning titles take the lower level', () => {
  test.each([
    ['(Senior) Data Scientist (m/f/x) onsite or remote in Germany', '', 'mid'],
    ['Data Scientist or Senior Data Scientist', '* 3+ years of experience in analytics', 'mid'],
    ['Middle/Senior .NET Developer', '', 'mid'],
    ['Intermediate/Senior Software Engineer (.NET)', '', 'mid'],
    ['Software Engineering @ Xero (Intermediate & Senior)', '', 'mid'],
    ['Data Scientist I/II', '', 'entry'],
    ['Junior/Senior Data Scientist', '', 'entry'],
    ['Machine Learning Systems Engineer (Staff/Senior)', '', 'senior'],
    ['Senior/Principal Systems Engineer - Workers AI', '', 'senior'],
    ['Senior Software Engineer I or II, Data & AI', '', 'senior'],
    ['Senior Software Engineer II - AI/ML', '', 'senior'],
  ])('%s → %s', (title, description, label) => {
    expect(level(title, description).label).toBe(label);
  });
});

describe('classifyLevel: entry words give way to the years only from 3 years', () => {
  test.each([
    ['Associate Data Scientist', '* 5+ years of experience in predictive modeling', 'senior'],
    ['Data Scientist - Statistics, Early Career', 'BS/BA with 3 years of experience', 'mid'],
    ['Junior Data Scientist', '• Mínimo 2 anos de experiência em análise e ciência de dados', 'entry'],
    ['Data Scientist I', 'Skills And Experience: 2+ years in business or data analysis', 'entry'],
    ['Associate Data Scientist', 'At least 1-3 years of industry experience', 'entry'],
    ['Senior Data Scientist - R&D Oncology', 'Minimum 2+ years of experience or post doctoral.', 'senior'],
    ['Senior Machine Learning Engineer - Spain', '* 3+ years of experience as a Machine Learning Engineer', 'senior'],
    ['Applied Scientist II', 'and five years of research or work experience in a related occupation', 'mid'],
  ])('%s + "%s" → %s', (title, description, label) => {
    expect(level(title, description).label).toBe(label);
  });
});

describe('classifyLevel: the role stated in the body counts as the title', () => {
  test.each([
    ['Data Scientist', 'Job Description:\n\nIn your role as a Lead Data-Scientist, you will:\n· 1-2 years Product data science work experience is a plus', 'senior'],
    ['AI Engineer (Remote - US)', "As we scale, we're looking for a Staff AI Software Engineer with a deep focus on LLMs.", 'senior'],
    ['Data Scientist', 'Overview\n\nPeraton is seeking a Senior Data Scientist to provide data analysis.', 'senior'],
    ['Data Scientist', 'Role: Senior Machine Learning Engineer\nLocation: Remote', 'senior'],
    ['Machine Learning', 'Scientist 1 - Machine Learning - Cell Science\n\nThe mission of the institute is', 'entry'],
    ['Data Scientist', 'Witte Construction is looking for entry level and senior level data scientists to join our team.', 'entry'],
    ['ML Engineer - Threat Intelligence', 'There are multiple levels open on the team, both mid & senior level.', 'mid'],
    ['Machine Learning Engineer', '(Machine Learning Engineer II\n and\n Senior Machine Learning Engineer\n positions available.)\n2+ years experience in developing AI models', 'mid'],
    ['Data Scientist', 'How about making an impact in artificial intelligence even as an entry level team member?', 'entry'],
  ])('%s + body → %s', (title, description, label) => {
    const result = level(title, description);
    expect(result.label).toBe(label);
    const ev = result.evidence[0]!;
    expect(ev.field).toBe('description');
    expect(description.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('classifyLevel: years, then leadership, then mid', () => {
  test.each([
    ['Data Scientist - Systems Engineering', 'At least 1 year of professional experience Required', 'entry'],
    ['Data Scientist', 'Years of Experience Required: Recent college graduate or 1-2 years of experience.', 'entry'],
    ['Software Engineer, Machine Learning', '* 2+ years of industry experience', 'mid'],
    ['Machine Learning Engineer (100% remote-friendly within Poland)', '* Proficiency of at least 4 years in Machine Learning', 'mid'],
    ['Machine Learning Engineer - NLP', '* Minimum of 5+ years of demonstrated experience developing models', 'senior'],
    ['Generative AI ML Engineer', 'You will mentor junior team members and review their designs.', 'senior'],
    ['Machine Learning Engineer', 'You will act as team lead for three engineers.', 'senior'],
    ['Data Scientist', 'Outstanding supervision and mentorship abilities', 'senior'],
    ['Data Scientist', 'We have interesting problems and a friendly team.', 'mid'],
  ])('%s + "%s" → %s', (title, description, label) => {
    expect(level(title, description).label).toBe(label);
  });

  test('years decide before leadership', () => {
    expect(level('Data Scientist', '* 3 years of experience\n* Build and lead the data science team').label).toBe('mid');
  });

  test('nothing stated: mid with low confidence and no evidence', () => {
    const result = level('Machine Learning Engineer', 'Build models and ship them.');
    expect(result).toEqual({ label: 'mid', confidence: 0.4, evidence: [] });
  });
});

describe('classifyLevel: traps', () => {
  test.each([
    ['"lead" as a verb', 'Machine Learning Engineer', 'You will lead the design of our ranking pipeline and lead projects end to end.', 'mid'],
    ['a senior person named in the body', 'Data Scientist', 'You will report to the Senior Director of Analytics.', 'mid'],
    ['a manager title in partner text', 'Data Scientist', 'Partner with the Product Manager and Engineering Manager to ship features.', 'mid'],
    ['receiving mentorship', 'Machine Learning Engineer', 'You will receive mentorship from senior engineers through our mentorship program.', 'mid'],
    ['being supervised', 'Data Scientist', 'Analyze large amounts of data with minimal supervision.', 'mid'],
    ['career ladder text', 'Software Developer', 'You can climb the ladder to coveted positions such as Principal Engineer or Vice President of Software.', 'mid'],
    ['a senior member', 'Machine Learning Engineer', 'As a senior member of the team you will own features.', 'mid'],
    ['mentorship as a benefit', 'Machine Learning Engineer', '## Benefits\n\n* Mentoring and coaching from our leads\n* Team lead training budget', 'mid'],
    ['"Lead Generation" is not a level', 'Data Scientist, Lead Generation', '', 'mid'],
    ['"Data Entry" is not entry level', 'Data Entry Specialist (AI)', '', 'mid'],
    ['"I/O" is not level I', 'I/O Performance Engineer', '', 'mid'],
    ['mentoring juniors in a senior posting: the title decides', 'Senior ML Infrastructure Engineer', 'Mentor junior engineers.', 'senior'],
    ['company id numbers are not levels', 'Senior Backend Developer (GenAI Solutions) - 9289', '', 'senior'],
    ['ids after a role are not levels', 'Staff Software Engineer-9398-Machine Learning', '', 'senior'],
  ])('%s', (_name, title, description, label) => {
    expect(level(title, description).label).toBe(label);
  });

  test('a senior title word wins over years and keeps its evidence', () => {
    const result = level('Senior Data Scientist', '* 1+ years of experience with SQL');
    expect(result.label).toBe('senior');
    expect(result.evidence[0]?.field).toBe('title');
  });
});

describe('classifyLevel: adversarial inputs finish', () => {
  test.each([
    ['repeated openings', 'Data Scientist', 'we are seeking a Senior Data Scientist '.repeat(10_000)],
    ['repeated "as a senior"', 'Data Scientist', 'as a senior '.repeat(30_000)],
    ['repeated level pairs', 'Data Scientist', 'entry level and senior '.repeat(15_000)],
    ['whitespace', 'Data Scientist', ' '.repeat(300_000)],
    ['long title', 'Senior or '.repeat(20_000), 'text'],
    ['roman numerals', 'I I I '.repeat(20_000), 'text'],
  ])('%s', (_name, title, description) => {
    expect(['entry', 'mid', 'senior']).toContain(level(title, description).label);
  });
});

describe('classifyLevel: role labels', () => {
  test.each([
    ['**Role:** Staff ML Engineer', 'senior'],
    ['Position - Junior Data Scientist', 'entry'],
    ["In this role: you'll mentor senior engineers on our platform.", 'mid'],
    ['Job Title: Data Scientist II', 'mid'],
  ])('%s → %s', (description, label) => {
    expect(level('Data Scientist', description).label).toBe(label);
  });
});

describe('classifyLevel: other languages and spans', () => {
  test.each([
    ['Machine Learning Engineer (Mid-Senior)', 'mid'],
    ['Cientista de Dados Pleno', 'mid'],
    ['Data Scientist Semi Senior', 'mid'],
    ['Desenvolvedor Sênior de IA', 'senior'],
    ['Cientista de Dados Júnior', 'entry'],
    ['Estágio em Ciência de Dados', 'entry'],
    ['Praktikant Machine Learning (m/w/d)', 'entry'],
  ])('%s → %s', (title, label) => {
    expect(level(title).label).toBe(label);
  });
});
