import { describe, expect, it, test } from 'vitest';
import { isBoilerplate, kindOfHeading, sectionAt, sections, type SectionKind } from './sections';

function kindsOf(text: string): Array<[SectionKind, string | null]> {
  return sections(text).map((s) => [s.kind, s.heading]);
}

function expectContiguous(text: string): void {
  const list = sections(text);
  expect(list.length).toBeGreaterThan(0);
  expect(list[0]!.start).toBe(0);
  expect(list[list.length - 1]!.end).toBe(text.length);
  for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBe(list[i - 1]!.end);
}

describe('kindOfHeading', () => {
  test.each<[string, SectionKind]>([
    // French, Spanish, Portuguese, German and Italian headings.
    ['Vos missions', 'responsibilities'],
    ['Responsabilidades', 'responsibilities'],
    ['O que vais fazer', 'responsibilities'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Requisitos', 'requirements'],
    ['Votre profil', 'requirements'],
    ['Dein Profil', 'requirements'],
    ['Requisiti', 'requirements'],
    ['Valorable', 'preferred'],
    ['Un plus', 'preferred'],
    ['Qué ofrecemos', 'benefits'],
    ['Wir bieten', 'benefits'],
    ['Cosa offriamo', 'benefits'],
    ['Who are we?', 'about'],
    ['Qui sommes-nous ?', 'about'],
    ['Über uns', 'about'],
    ['Quem somos', 'about'],
    ['About us', 'about'],
    ['About Mozilla', 'about'],
    ['Company Description', 'about'],
    ['Who we are', 'about'],
    ['About the role', 'responsibilities'],
    ['About you', 'requirements'],
    ["What you'll do", 'responsibilities'],
    ['What you’ll be doing', 'responsibilities'],
    ['In this role, you will', 'responsibilities'],
    ['Key Responsibilities', 'responsibilities'],
    ['Requirements', 'requirements'],
    ['Minimum Qualifications', 'requirements'],
    ["What we're looking for", 'requirements'],
    ['What you will bring', 'requirements'],
    ['Preferred Qualifications', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['What makes you stand out', 'preferred'],
    ['Benefits & Perks', 'benefits'],
    ['Compensation and benefits', 'benefits'],
    ['What we offer', 'benefits'],
    ['Equal Opportunity Employment Policy', 'eeo'],
    ['Commitment to Diversity, Equity, Inclusion, and Belonging', 'eeo'],
    ['Job Description', 'other'],
    ['Location', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(kindOfHeading(heading)).toBe(kind);
  });
});

describe('sections', () => {
  it('reads a short line in capitals as a heading, in any language', () => {
    const text = 'A TUA MISSÃO\nJuntar-te à equipa.\nO QUE VAIS FAZER\n• Analisar dados;\nO TEU PERFIL\n• SQL e Python.\nAWS\nQUEM SOMOS\nUma empresa.';
    expect(kindsOf(text)).toEqual([
      ['other', 'A TUA MISSÃO'],
      ['responsibilities', 'O QUE VAIS FAZER'],
      ['requirements', 'O TEU PERFIL'],
      ['about', 'QUEM SOMOS'],
    ]);
  });

  it('reads an untitled opening in the company\'s voice as its blurb, not an opening about the role', () => {
    expect(kindsOf('Acme Research is an AI lab. Our scientists train foundation models and publish at NeurIPS.\n\nWhat you\'ll do\n- Deploy models'))
      .toEqual([['about', null], ['responsibilities', "What you'll do"]]);
    // The role described, a list of duties, or the candidate addressed: the job's text.
    for (const opening of ['Machine Learning Engineers are the generalists of our team.', 'Acme is a lab.\n- Train models', 'Acme is a lab hiring you to train models.']) {
      expect(sections(`${opening}\n\nRequirements\n- Python`)[0]!.kind, opening).toBe('other');
    }
  });

  it('reads "About Acme:" on the line of its text, and "Our Team" after the blurb as the job\'s team', () => {
    expect(kindsOf('About Acme: Acme is an AI lab.\n\nWhat you\'ll do:\n- Deploy models')).toEqual([['about', 'About Acme'], ['responsibilities', "What you'll do"]]);
    expect(kindsOf('Who we are\nAcme builds tools.\n\nOur Team\nThe serving team deploys and operates every model in production.')).toEqual([['about', 'Who we are'], ['other', 'Our Team']]);
    expect(kindOfHeading('To succeed in this role, you have')).toBe('requirements');
    expect(kindOfHeading('Recruitment process and privacy')).toBe('eeo');
  });

  it('does not take a pay line in capitals for a heading', () => {
    const text = 'WHAT YOU WILL DO\nTrain models.\n$170,000 - $210,000 USD\nUSD 170.000 PER YEAR\nShip them.';
    expect(kindsOf(text)).toEqual([['responsibilities', 'WHAT YOU WILL DO']]);
  });

  it('splits a Markdown posting by its headings', () => {
    const text = [
      '### **Company Description**', '', 'We help people send money.', '',
      '### **Job Description**', '', 'The team builds models.', '',
      ' **You will:**', '', '  * Train fraud models', '',
      ' **You Have:**', '', '  * 5+ years of ML', '',
      '**Nice to have:**', '  * Payments experience', '',
      '## Benefits', 'Health insurance', '',
      'Block is an equal opportunity employer.',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['about', 'Company Description'],
      ['other', 'Job Description'],
      ['responsibilities', 'You will'],
      ['requirements', 'You Have'],
      ['preferred', 'Nice to have'],
      ['benefits', 'Benefits'],
      ['eeo', null],
    ]);
    expectContiguous(text);
  });

  it('keeps the untitled opening as other', () => {
    const text = 'At Factual we love data!\n\nWhat you\'ll do:\nBuild models\nWhat we\'re looking for:\n4+ years';
    expect(kindsOf(text)).toEqual([
      ['other', null], ['responsibilities', "What you'll do"], ['requirements', "What we're looking for"],
    ]);
  });

  test.each([
    ['plain heading lines', 'Intro.\nResponsibilities\nDo things.\nQualifications\nKnow things.', ['other', 'responsibilities', 'requirements']],
    ['setext headings', 'Who You Are\n-----------\n\nCurious.\n\nWho We Are\n----------\n\nA company.', ['requirements', 'about']],
    ['inline heading with content', 'Skills: Python.\nNice to have: Tableau, Spotfire', ['requirements', 'preferred']],
    // Benefit headings written as a plain line, often as a question.
    ['benefits as a question (boilerplate either way)', 'Requirements\nPython.\nWhy join us?\nBank holidays.', ['requirements', 'about']],
    ['what is in it for you', 'Requirements\nPython.\nWhat\u2019s in it for you\nPrivate medical insurance.', ['requirements', 'benefits']],
    ['life at the company', 'Requirements\nPython.\nLife at Acme\n25 days off.', ['requirements', 'about']],
    ['Dutch', 'Wat ga je doen?\nModellen bouwen.\nWat vragen wij?\nPython.\nWat bieden wij?\nPensioen.', ['responsibilities', 'requirements', 'benefits']],
    ['German', 'Das bringst du mit\nPython.\nDas bieten wir\nUrlaub.', ['requirements', 'benefits']],
    ['your profile after the benefits', 'What we offer\nSalary.\nYour profile\nFive years of Python.', ['benefits', 'requirements']],
    ['why the company', 'What we are looking for\nPython.\nWhy Flipkart?\nMedical insurance.', ['requirements', 'about']],
    ['Polish', 'Twoje zadania\nModele.\nWymagania\nPython.\nMile widziane\nSQL.\nOferujemy\nUrlop.', ['responsibilities', 'requirements', 'preferred', 'benefits']],
  ])('%s', (_name, text, kinds) => {
    expect(sections(text).map((s) => s.kind)).toEqual(kinds);
    expectContiguous(text);
  });

  it('finds headings glued to the text when line breaks were lost', () => {
    const run = 'We make games and we are hiring a data scientist for our fraud team. '.repeat(5);
    const text = `${run}ResponsibilitiesAnalyze large data sets to find trends.SkillsStrong statistics fundamentals.Python (preferred) or R.`;
    const list = sections(text);
    expect(list.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements']);
    expect(text.slice(list[1]!.start, list[1]!.start + 16)).toBe('Responsibilities');
    expectContiguous(text);
  });

  it('does not treat bullets ending with a colon as headings', () => {
    expect(kindsOf('Requirements:\n- Experience with one of:\n- PyTorch')).toEqual([['requirements', 'Requirements']]);
  });

  it('does not treat long prose lines as headings', () => {
    const text = 'Our benefits team is small but we care a lot about everything we build and how we build it every day.';
    expect(kindsOf(text)).toEqual([['other', null]]);
  });

  test.each(['', 'x', '\n\n\n', 'Requirements', '# '])('covers degenerate text %j', (text) => {
    expectContiguous(text);
  });

  it('is linear on huge and adversarial input', () => {
    const cases = [
      'a'.repeat(1_000_000),
      'Requirements:\n'.repeat(70_000),
      `${'aRequirements'.repeat(70_000)}X`,
      ' is an equal '.repeat(80_000),
      '**'.repeat(500_000),
      `${'\n'.repeat(500_000)}${'#'.repeat(500_000)}`,
    ];
    for (const text of cases) {
      expect(sections(text).at(-1)!.end).toBe(text.length);
    }
  });
});

describe('isBoilerplate and sectionAt', () => {
  test.each<[SectionKind, boolean]>([
    ['about', true], ['benefits', true], ['eeo', true],
    ['responsibilities', false], ['requirements', false], ['preferred', false], ['other', false],
  ])('%s → %s', (kind, expected) => {
    expect(isBoilerplate(kind)).toBe(expected);
  });

  it('finds the section holding an offset', () => {
    const text = 'Intro\nRequirements:\nPython\nBenefits:\nFree lunch';
    const list = sections(text);
    expect(sectionAt(list, text.indexOf('Python'))?.kind).toBe('requirements');
    expect(sectionAt(list, text.indexOf('lunch'))?.kind).toBe('benefits');
    expect(sectionAt(list, 0)?.kind).toBe('other');
    expect(sectionAt(list, text.length)?.kind).toBe('benefits');
  });
});

describe('sections: bounded on huge and adversarial input', () => {
  const MB = 1_000_000;
  const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // Each must finish (time is measured by npm run bench and npm run fuzz, not asserted here).
  test.each<[string, string]>([
    ['1 MB of newlines', '\n'.repeat(MB)],
    ['1 MB of ":" lines', repeatTo(':\n', MB)],
    ['1 MB of heading lines', repeatTo('What you will do:\n', MB)],
    ['1 MB without spaces', repeatTo('experienceyears5+', MB)],
    ['1 MB of CRLF', repeatTo('\r\n', MB)],
    ['1 MB of setext headings', repeatTo('Who\n---\n', MB)],
    ['1 MB of bold headings and bullets', repeatTo('**Requirements:**\n* ', MB)],
    ['1 MB of one run-on line', repeatTo('skills.Responsibilities Analyze data ', MB)],
  ])('%s', (_name, text) => {
    sections(`${text} `); // warm-up on a different string (the cache keys on the text)
    const list = sections(text);
    // Still contiguous and covering the whole text, however much of it was read.
    expect(list[0]!.start).toBe(0);
    expect(list[list.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBe(list[i - 1]!.end);
  });

  it('looks for headings in the first few thousand lines only', () => {
    const filler = 'Some line of text about the company.\n'.repeat(4000);
    const kinds = sections(`Responsibilities:\nBuild models.\n${filler}Benefits:\nLunch.`).map((s) => s.kind);
    expect(kinds).toContain('responsibilities');
    expect(kinds).not.toContain('benefits'); // past the bound: stays in the last section
  });
});

describe('sections: headings seen in real postings', () => {
  test.each<[string, string, string]>([
    ['bold inside italics', ' _ **US Sword Benefits:**_', 'benefits'],
    ['italic around bold underscores', '*__Perks__*', 'benefits'],
    ['what we want to see', ' **What we want to see:**', 'requirements'],
    ['special requirements inline', ' **Special Requirements:** Must have prior work experience in each of the following:', 'requirements'],
  ])('%s', (_name, line, kind) => {
    const list = sections(`Intro text here.\n\n${line}\n\n- item one\n- item two`);
    expect(list.map((s) => s.kind)).toContain(kind);
  });

  it('does not read a short italic sentence as a heading', () => {
    const list = sections(`Intro text here.\n\n_Please note this role is hybrid._\n\n- item one`);
    expect(list.length).toBe(1);
  });
});

describe('sections: case-insensitive headings read through lower-cased twins', () => {
  it('keeps an inline heading as written', () => {
    const text = 'Intro line here.\n  **PREFERRED Qualifications**: Tableau\nBenefits\nDental';
    expect(kindsOf(text)).toEqual([['other', null], ['preferred', 'PREFERRED Qualifications'], ['benefits', 'Benefits']]);
  });

  it('reads text that cannot be lower-cased in place as before', () => {
    // İ grows when lower-cased; the Kelvin sign is not a "k" to a /i regex.
    expect(kindsOf('İntro\nRequirements: Python\n')).toEqual([['other', null], ['requirements', 'Requirements']]);
    expect(kindOfHeading('\u212aey Responsibilities')).toBe('responsibilities');
    expect(kindOfHeading('S\u212aills')).toBe('other');
  });
});

describe('sections: unmarked headings in plain text', () => {
  // Paraphrased from real postings: plain-text headings with no colon, no Markdown and no phrase list entry.
  it('ends the company blurb at a heading over a list, so the job is not read as blurb', () => {
    const text = 'About us\nAcme is an online marketplace.\n\nWhat you\'ll work on\n- Train ranking models\n\nEssential criteria\n- 5+ years of experience';
    expect(kindsOf(text)).toEqual([['about', 'About us'], ['responsibilities', "What you'll work on"], ['requirements', 'Essential criteria']]);
    expectContiguous(text);
  });

  it('reads a question on its own line as a heading', () => {
    const text = 'Company Description\nAcme sells things.\n\nWhat does the day-to-day look like?\nYou will train models and ship them.';
    expect(kindsOf(text).map(([kind]) => kind)).toEqual(['about', 'responsibilities']);
  });

  it('reads "About <Name>" and title-cased phrases above prose as headings', () => {
    const text = 'About Acme\nAcme uses Kubernetes across its stack.\n\nKey Accountabilities\nYou will train models for search.';
    expect(kindsOf(text)).toEqual([['about', 'About Acme'], ['responsibilities', 'Key Accountabilities']]);
  });

  it('keeps headings in the company voice inside the blurb, and not after the job', () => {
    expect(kindsOf('About Acme\nWe build robots.\n\nHow We\'re Different\nWe work as one team.').map(([k]) => k)).toEqual(['about', 'about']);
    expect(kindsOf('Responsibilities\n- Train models\n\nWhat We Look For\n- 8+ years of experience').map(([k]) => k)).toEqual(['responsibilities', 'requirements']);
  });

  it('does not take list items, wrapped lines or one-word skills for headings', () => {
    const skills = 'Requirements\n\nPython\nSQL\nSpark\n\nGood Communication\nskills are a must.';
    expect(kindsOf(skills).map(([k]) => k)).toEqual(['requirements']);
    const wrapped = 'Requirements\n- Experience training models for\nRanking Systems\n- PyTorch';
    expect(kindsOf(wrapped).map(([k]) => k)).toEqual(['requirements']);
    expect(kindsOf('Responsibilities\nTrain models, and\nDeploy Them\n- on Kubernetes').map(([k]) => k)).toEqual(['responsibilities']);
  });

  it('reads a one-word heading only above prose', () => {
    const text = 'Requirements\n- PyTorch\n\nLogistics\nEducation requirements: a degree in a related field, or equivalent experience.';
    expect(kindsOf(text)).toEqual([['requirements', 'Requirements'], ['other', 'Logistics']]);
  });
});

describe('sections: unmarked headings, the traps (paraphrased from real layouts)', () => {
  const kinds = (text: string) => sections(text).map((s) => s.kind);
  test.each<[string, string, SectionKind[]]>([
    // Headings that speak to the candidate are the job's, whatever "we" they hold.
    ['what we expect from you', 'About Acme\nAcme builds software for hospitals.\n\nWhat We Expect From You\n- 5+ years of experience', ['about', 'requirements']],
    ['nl: wat verwachten wij van jou', 'Wie zijn wij?\nAcme bouwt software.\n\nWat verwachten wij van jou?\nJe hebt minimaal 5 jaar ervaring.', ['about', 'requirements']],
    ['fr: ce que nous attendons de vous', 'Qui sommes-nous ?\nAcme est une insurtech.\n\nCe que nous attendons de vous\n- Au moins 3 ans d\'expérience', ['about', 'requirements']],
    ['join our team', 'About Nordpay\nNordpay is a payments company.\n\nJoin Our ML Platform Team\nYou will own model deployment on Kubernetes.', ['about', 'other']],
    ['an opening question', 'Are you our next Data Scientist?\nYou will train forecasting models.\n\nRequirements\n- 3+ years', ['other', 'requirements']],
    // Job phrases head what follows, even prose, and list marks beyond the ASCII ones.
    ['de: das erwartet dich above prose', 'Über uns\nAcme baut Software.\n\nDas erwartet dich\nDu bringst Modelle in Produktion.', ['about', 'responsibilities']],
    ['de: en-dash bullets', 'Über uns\nAcme baut Software.\n\nWas wir von dir erwarten\n– Mindestens 3 Jahre Erfahrung', ['about', 'requirements']],
    ['checkmark bullets', 'Über uns\nAcme baut Software.\n\nDeine Aufgaben im Überblick\n✅ Du bringst Modelle in Produktion', ['about', 'responsibilities']],
    ['es: inverted question mark', 'Sobre nosotros\nFinanzia es una fintech.\n\n¿Qué buscamos?\n- Al menos 4 años de experiencia', ['about', 'requirements']],
    // Phrase rules that used to take job headings for boilerplate.
    ['what is the role', 'About Tessera\nTessera builds tools.\n\nWhat is the role?\nYou will train forecasting models.', ['about', 'responsibilities']],
    ['why this role matters', 'About Brightline\nBrightline is a marketplace.\n\nWhy This Role Matters\nYou will design and train pricing models.', ['about', 'other']],
    ['do you enjoy …?', 'Do you enjoy building ML systems at scale?\nYou will serve our models with Triton.', ['other']],
    ['insurance domain knowledge', 'The Role\nYou will build pricing models.\n\nInsurance Domain Knowledge\n- 3+ years of experience in insurance pricing', ['responsibilities', 'requirements']],
    ['equity research experience', 'Requirements\n- Python\n\nEquity Research Experience\n- Experience with trading data', ['requirements', 'requirements']],
    ['financial inclusion team', 'About Us\nKredo is a fintech.\n\nFinancial Inclusion Team\nYou will train credit scoring models and develop new scoring algorithms.', ['about', 'other']],
    ['accommodation search', 'The Role\nYou will join a ranking team.\n\nAccommodation Search Ranking\nYou will train ranking models and develop new algorithms.', ['responsibilities', 'other']],
    // Items of lists set apart by blank lines, and a blurb's own sub-headings, are not job headings.
    ['items without marks', 'Requirements\n\nPython\n\nGoogle Cloud Platform\n\nStrong communication skills', ['requirements']],
    ['a benefits list', 'Responsibilities\n- Deploy models\n\nBenefits\n\nPrivate Medical Cover\n\nMentoring Programme\n\nLeadership Coaching and Mentoring for Everyone', ['responsibilities', 'benefits']],
    ['mission inside the blurb', 'About Us\nCurai is a health company.\n\nMission\nOur mission is to provide the best care to everyone.\n\nResponsibilities\n- Train models', ['about', 'about', 'responsibilities']],
    ['company highlights', 'About Us\nCurai is a health company.\n\nCompany Highlights\nOur platform serves models on Kubernetes.\n\nResponsibilities\n- Train models', ['about', 'about', 'responsibilities']],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
    expectContiguous(text);
  });
});
