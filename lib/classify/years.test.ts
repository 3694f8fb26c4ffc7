// Phrases from real postings (some paraphrased), and the traps LABELS.md names.
import { describe, expect, test } from 'vitest';
import { startKeys } from './prefix-index';
import { ANCHOR_WORDS, extractYears } from './years';

/** Duties glued into one long line, as scraped LinkedIn 2018 text is: glued headings are looked for in such lines. */
const RUN_ON_DUTIES = 'ResponsibilitiesDevelop demand forecasting models for every product line and region with the planning teamAnalyze supplier lead times and build models that predict late deliveriesAutomate forecasting pipelines and weekly reports for the operations and finance teams across all sites';

const years = (description: string) => extractYears({ title: 'Machine Learning Engineer', description });

describe('extractYears: stated minimums', () => {
  test.each([
    ['plus sign', '* 5+ years of software engineering experience.', 5],
    ['range by its minimum', '3-5 years of experience in data science', 3],
    ['range with "to" and yrs', 'You have 3 to 5 yrs experience building ML systems', 3],
    ['range with en dash', 'Qualifications 0–2 years in data science/analytics or similar', 0],
    ['open-ended range', '5-10+ years of software engineering, data science, and/or statistics', 5],
    ['number word', 'At least three years of professional experience with Python', 3],
    ['number word and digits', 'and five (5) years of experience as indicated above', 5],
    ['"or more"', 'Are an experienced lead software engineer with ten or more years of working on distributed systems', 10],
    ['a minimum of', 'A minimum of 2 years of experience with SQL and Python', 2],
    ['bare figure', '2 years of relevant work experience. Expert level programming', 2],
    ['label before the figure', '**Experience : 8 to 12 Years**', 8],
    ['verb after the figure', '5+ years creating predictive models using machine learning', 5],
    ['"in" after the figure', '* 6+ years in Data Science or Machine Learning', 6],
    ['apostrophe', 'at least 3 years’ experience working as a C# developer in commercial projects', 3],
    ['unit left out', '* 5+ experience with software engineering developing and deploying production code', 5],
    ['digits glued to a word (scraped text)', 'from a top university1-2 years of experience and increasing responsibility', 1],
    ['digits after a full stop', 'speech, NLP, machine learning or data science.3+ years experience in one or more analytic languages', 3],
    ['hyphenated number words', 'One-to-two years of U.S. work experience as a data analyst', 1],
    ['months', 'Requires 18 months of experience with PyTorch', 1.5],
    ['YOE', 'Must have: 4+ YOE with Kubernetes', 4],
    ['a decade', 'You bring over a decade of hands-on experience building ML systems', 10],
    ['Dutch range', 'Je hebt 2 tot 4 jaar ervaring in data science', 2],
    ['"of data science experience"', '* 3+ years of data science experience', 3],
    ['"of data querying experience"', '* 2+ years of data querying languages (e.g. SQL) experience', 2],
    ['no prior work experience', 'No prior work experience is required.', 0],
    ['prior experience not required', 'Prior work experience is not required.', 0],
    ['German number word', 'Sie bringen fünf Jahre Berufserfahrung im Bereich ML mit', 5],
    ['German singular', 'Mindestens 1 Jahr Berufserfahrung', 1],
    ['French number word', "Vous avez au moins trois ans d'expérience en data science", 3],
    ['Spanish number word and singular', 'Experiencia mínima de un año en ciencia de datos', 1],
    ['Dutch number word', 'Je hebt drie jaar ervaring met Python', 3],
    ['Italian', 'Almeno un anno di esperienza nel ruolo', 1],
    ['Polish', 'Minimum 2 lata doświadczenia w ML', 2],
    ['Polish plural', 'co najmniej 5 lat doświadczenia komercyjnego', 5],
    ['Portuguese', '• Mínimo 2 anos de experiência em análise e ciência de dados', 2],
    ['Spanish range', 'Buscamos un/a Data Scientist Jr. con entre 1 y 2 años de experiencia', 1],
    ['Spanish, experience named first', 'Requisitos: experiencia de 4 años en proyectos de datos', 4],
    ['German compound', 'Berufserfahrung: 2-3 Jahre im Bereich Data Science', 2],
    ['unit glued to the figure', '- 5years of experience in machine learning', 5],
    ['months glued to the figure', 'Requires 18months of experience with PyTorch', 1.5],
    ['Spanish with plus', '* +5 años in ML Engineer Roles.', 5],
    ['French', "Vous avez au moins 3 ans d'expérience professionnelle dans le domaine de la Data Science", 3],
  ])('%s', (_name, description, min) => {
    expect(years(description)?.min).toBe(min);
  });
});

describe('extractYears: several figures', () => {
  test.each([
    ['several requirements: the largest', '* 5+ years of software engineering experience.\n* 3+ years of experience in machine learning', 5],
    ['ranges: the largest minimum', '* 5-7 years of experience in data engineering.\n* 3-5 years of experience with software development', 5],
    ['bachelor route first', "BS with 5+ years of experience, or MS with 3+ years of experience, or PhD with 1+ years of experience", 5],
    ['bachelor route stated after the figure', "Requires 6+ years of related experience with a Bachelor's degree in Computer Science, or 4+ years with a Master's", 6],
    ['bachelor route in the middle', "Master's degree and one year of research experience. Employer will accept a Bachelor's degree or foreign equivalent and five years of research or work experience", 5],
    ['no bachelor route: the first stated', 'Minimum Requirements: PhD + 2 years or Masters plus 5 years of experience in Operations Research', 2],
    ['route without a degree', 'Graduate level degree in quantitative discipline with at least 2 years of work experience; 6+ years of relevant post-collegiate work experience without graduate degree', 2],
    ['options: the bachelor\'s', "Option 1: Bachelor's degree in Statistics and 3 years' experience in analytics.\nOption 2: Master's degree in Statistics and 1 year's experience in analytics.\nOption 3: 5 years' experience in analytics.", 3],
    ['a degree-in-lieu figure beside a requirement', "* 2+ years of experience with Python\n* Bachelor's degree or 4 years of equivalent work experience", 2],
    ['routes beneath a bachelor\'s give way to it', "* Associate's degree and 6 years of experience in analytics, or a Bachelor's degree and 4 years of experience in analytics", 4],
    ['a school-diploma route', '* High school diploma or GED and 8 years of experience, or Bachelor\'s degree and 4 years of experience', 4],
    ['an associate\'s route in brackets', "* Minimum of 5 years of experience in machine learning\n* Bachelor's degree or equivalent (minimum 12 years) work experience. (If Associate's Degree, must have equivalent minimum 6 year work experience)", 5],
    ['a long route in lieu of a degree', "* 2 years of related work experience\n* In lieu of a Bachelor's degree, a High School Diploma/GED and 6 years of related experience", 2],
    ['minimum, ideally more', '* Minimum 3, ideally 5+ years of experience working as an ML engineer', 3],
    ['preferred years do not raise the minimum', 'Minimum qualifications:\n2+ years related experience.\nPreferred qualifications:\n4+ years related experience (e.g., statistics, predictive analytics)', 2],
    ['nice-to-have years count when alone', '**PREFERRED QUALIFICATIONS**\n\n* 3+ years of experience building and deploying machine learning models', 3],
    ['"ideally" years count when alone', 'Ideally you would have 1-3 years of industry experience working in a Data Science team', 1],
    ['recent graduate as a route', 'Years of Experience Required: Recent college graduate or 1-2 years of experience.', 0],
    ['es: recent graduate', 'Perfil: recién titulado/a en Ingeniería Informática.', 0],
    // Scraped text with its line breaks lost (a run-on line, RUN_ON_DUTIES): glued headings before a figure, after a capital or a digit.
    ['glued before a figure', RUN_ON_DUTIES + "Basic Qualifications3+ years of experience in forecastingPreferred Qualifications6+ years of experience in supply chain", 3],
    ['glued after a capital', RUN_ON_DUTIES + 'Requirements: 2+ years of experience with AWS or GCPPreferred QualificationsPhD and 5+ years of experience', 2],
    ['glued after a version number', RUN_ON_DUTIES + 'Basic Qualifications3+ years of experience with SAS 9.4Preferred Qualifications6+ years of experience', 3],
    ['a required figure before a glued heading', RUN_ON_DUTIES + 'Requirements: 2+ years of experience training models using cloud GPUs.Preferred QualificationsPhD and 5+ years of experience', 2],
    ['data or ML engineering', 'Requirements\n- 3+ years of data or ML engineering', 3],
    ['pl: a number word', 'Wymagania\n- Co najmniej dwa lata doświadczenia w data science', 2],
    ['pt: an upper bound only', 'O que procuramos\n- Até 2 anos de experiência profissional', 0],
    ['fr: recent graduate', "Profil : jeune diplômé(e) d'une école d'ingénieur.", 0],
    ['no experience of a kind of work', 'No prior machine learning research experience is required.', 0],
    ['the firm\'s staff average is no requirement', 'Our consultants have an average of 12 years of industry experience.\n\nRequirements\n- 3+ years of Python', 3],
  ])('%s', (_name, description, min) => {
    expect(years(description)?.min).toBe(min);
  });

  test.each([
    ['no experience required', 'No prior experience required – new grads welcome!'],
    ['upper bound only', 'Your profile: Until 2 years of experience in data science'],
  ])('zero: %s', (_name, description) => {
    expect(years(description)?.min).toBe(0);
  });
});

describe('extractYears: years that are not experience', () => {
  test.each([
    ['company age', 'It all started 10 years ago, when we asked ourselves: is anyone in healthcare'],
    ['company history', "For more than 125 years, we've helped consumers and clients prosper"],
    ['the company\'s decade', 'For over a decade, our experience has helped banks fight fraud.'],
    ['over the last N years', 'a company that has shaped the internet for the better over the last 25 years.'],
    ['the next N years', "we're shaping the next 25 years of technology"],
    ['collective experience of the firm', 'With a collective 30+ years in our field, Delphi-US brings true best practice'],
    ['combined experience of the team', 'Our team has over 50 years of combined experience in fintech.'],
    ['consultancy blurb', 'Acme is a consultancy with 15+ years of experience in machine learning.'],
    ['company blurb under its heading', '## About us\n\nLeading provider of enterprise AI solutions with 15+ years of experience in machine learning.\n\n## The role\n\nBuild models.'],
    ['contract length', 'Join a program that has been around for 16 years and under contract to go at least another 9 years.'],
    ['contract in months', 'This is a 12 month contract with possible extension.'],
    ['benefit after a year', '401(k) matching after 1 year of service'],
    ['sabbatical', '* **Sabbatical Leave** — 30 days of paid Sabbatical Leave after 5 years of employment.'],
    ['tuition', 'Up to 2 years of tuition reimbursement'],
    ['equity window', 'our equity grants include a 10-year exercise window.'],
    ['degree length', '* 4-year Bachelor\'s degree in Computer Engineering or a related field'],
    ['age', 'Applicants must be at least 18 years of age.'],
    ['experience credit, not a requirement', "three years' experience credit for Master's degree; five years' experience credit for a Ph.D"],
    ['product age', 'a product that brings a two thousand year old profession into the digital age'],
    ['per year', 'The base salary range for this role is $150,000 - $200,000 per year.'],
    ['nothing stated', 'We are looking for a Machine Learning Engineer to join our team.'],
    // The route without a degree: LABELS.md takes the bachelor's route, which asks no years here.
    ['years in lieu of a degree', "Bachelor's degree or 4 years of equivalent work experience"],
    ['degree or equivalent years', "Bachelor's degree or equivalent (minimum 12 years) work experience"],
    ['graduates sent elsewhere', 'Recent graduates should apply to our New Grad posting instead.'],
    ['graduates turned away', 'This role is not suitable for recent graduates.'],
    ['the length of the internship', 'Available for a full-time internship of 6 months starting January.'],
    ['a six-month internship', 'This is a 6-month internship in our ML team.'],
  ])('%s → null', (_name, description) => {
    expect(years(description)).toBeNull();
  });

  test('years in a benefits section are ignored, the requirement is kept', () => {
    const description = '## Requirements\n\n* 3+ years of experience with Python\n\n## Benefits\n\n* 4 weeks of vacation, 10 years of free coaching credit\n* 5 years of experience stipend';
    expect(years(description)?.min).toBe(3);
  });
});

describe('extractYears: evidence', () => {
  test('points at the deciding phrase in the description', () => {
    const description = 'About you\n* 4+ years of experience with Kubernetes\n* 2+ years with Go';
    const result = years(description);
    expect(result?.min).toBe(4);
    const ev = result!.evidence[0]!;
    expect(ev.field).toBe('description');
    expect(description.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text).toContain('4+ years');
  });
});

describe('extractYears: adversarial inputs finish', () => {
  test.each([
    ['repeated figures', '5+ years '.repeat(30_000)],
    ['space-separated digits', '1 '.repeat(100_000) + 'years'],
    ['one long word', 'a'.repeat(300_000)],
    ['digits', '1'.repeat(300_000)],
    ['whitespace then a figure', ' '.repeat(300_000) + '5 years of experience'],
    ['newlines', '\n'.repeat(200_000)],
    ['degree routes', "BS with 7 years, MS with 5 or PhD with 3 years of experience; ".repeat(5_000)],
    ['upper bounds', 'up to 2 years '.repeat(20_000)],
    ['minimum, ideally', 'minimum 3, ideally '.repeat(20_000)],
  ])('%s', (_name, description) => {
    const result = years(description);
    expect(result === null || result.min >= 0).toBe(true);
  });
});

describe('extractYears: the title', () => {
  test.each([
    ['Data Scientist (3+ years)', 3],
    ['Senior Data Engineer - 5 to 8 yrs', 5],
    ['AI Engineer (6 month contract)', null],
  ])('%s', (title, min) => {
    const result = extractYears({ title, description: 'Build models.' });
    expect(result?.min ?? null).toBe(min);
    if (result) expect(result.evidence[0]?.field).toBe('title');
  });
});

test('team averages are not requirements', () => {
  expect(extractYears({ title: 'x', description: 'Our engineers average 10 years of experience in ML.' })).toBeNull();
});

test.each([
  ['figure, then "minimum"', '2 years minimum in a similar role', 2],
  ['a list item that is only the figure', '**Experience**\n\n* 3+ years\n* Python', 3],
])('extractYears: %s', (_name, description, min) => {
  expect(extractYears({ title: 'x', description })?.min).toBe(min);
});

test('Indeed-style "Experience" list', () => {
  expect(extractYears({ title: 'x', description: 'Job Type: Full-time\n\nExperience:\n\n* Machine learning: 2 years (Required)' })?.min).toBe(2);
});

test('requirements split by level: the lower level is open, its figure counts', () => {
  const description = 'Education/Experience Requirements\n\nSenior Positions:\nMasters degree or extensive comparable experience\n10+ years of relevant experience\nJunior/Intermediate Positions\nCompleted B.S. in Data Science\n3-9 years of relevant experience\n';
  expect(extractYears({ title: 'Data Scientist', description })?.min).toBe(3);
});

test.each([
  ['one line', 'Machine Learning Scientist: 4+ years of experience. Senior Machine Learning Scientist: 7+ years of experience.', 4],
  ['a list', 'Requirements\n- Scientist: PhD and 2+ years in industry\n- Senior Scientist: PhD and 6+ years in industry', 2],
  // Different titles are different requirements that all apply: the largest.
  ['not one title', 'Data Engineer: 3+ years of experience. Senior Stakeholder Manager: 6+ years of experience.', 6],
])('requirements by title at two levels: the lower title\'s figure counts (%s)', (_name, description, min) => {
  expect(extractYears({ title: 'Scientist or Senior Scientist', description })?.min).toBe(min);
});

test('the anchor words\' written-out start keys are the derived ones', () => {
  for (const [pattern, , keys] of ANCHOR_WORDS) expect([...keys].sort(), pattern).toEqual(startKeys(pattern).sort());
});

test('a text that cannot be lower-cased in place (each window is, on its own) reads the same', () => {
  const body = 'Requirements:\n* 5+ YEARS of Experience with Python, or 18 Months in ML.\n* Up to 2 years in a startup.';
  for (const odd of ['', 'İstanbul office. ', 'ΣΟΦΙΑ team. ', 'Ku\u212aernetes. ']) {
    const found = extractYears({ title: 'x', description: odd + body });
    expect(found?.min, odd).toBe(5);
    expect(found?.evidence[0]?.text, odd).toBe('5+ YEARS');
  }
});
