import { describe, expect, it, test } from 'vitest';
import type { ScopeLabel } from '../model';
import { DOMAINS, goldDomainName } from './domains';
import { classifyScope } from './scope';

const GENERIC_REQS = `Requirements:
- 5+ years of experience building machine learning systems
- Strong Python and SQL`;

describe('classifyScope', () => {
  test.each<[string, string, string, ScopeLabel, string[]]>([
    ['domain experience required', 'Data Scientist',
      `Requirements:\n- 5+ years of banking experience\n- Knowledge of bank products`, 'specialist', ['finance']],
    ['domain a plus', 'Software Engineer, Copilot AI',
      `${GENERIC_REQS}\n- Experience in the AdTech industry is a plus`, 'specialist', ['ads']],
    ['nice-to-have section', 'Senior ML Engineer',
      `${GENERIC_REQS}\n\nNice to have:\n- Experience with recommender systems`, 'specialist', ['recommendations']],
    ['preferred healthcare data', 'Senior GenAI Engineer',
      `${GENERIC_REQS}\n\nPreferred qualifications:\n- Knowledge of healthcare data and HIPAA`, 'specialist', ['healthcare']],
    ['title names the product area', 'Machine Learning Engineer, Fraud', GENERIC_REQS, 'specialist', ['finance']],
    ['title names ads', 'Machine Learning Engineer - Ads Targeting', GENERIC_REQS, 'specialist', ['ads']],
    ['a plus but not required is still preferred', 'Lead Data Scientist',
      `${GENERIC_REQS}\n- Previous exposure to financial services or credit cards is a plus, but not required`, 'specialist', ['finance']],
    // Postings in Spanish, French and Portuguese (paraphrased).
    ['es: sector named under "Valorable"', 'Data Scientist Jr',
      `Requisitos:\n- Experiencia de 1-2 años en Data Science.\n\nValorable:\n- Familiaridad con el sector bancario, especialmente en riesgos.`, 'specialist', ['finance']],
    ['fr: domain knowledge asked', 'Data Scientist',
      `Votre profil :\n- Vous avez une bonne connaissance du secteur bancaire et des risques de crédit.`, 'specialist', ['finance']],
    ['fr: the company naming its clients is not an ask', 'Data Scientist',
      `Votre profil :\n- Nous avons vingt ans d'expérience auprès des banques et des assureurs.\n- Maîtrise de Python et SQL.`, 'generalist', []],
    ['pt: health in the benefits is not asked', 'Junior Data Scientist',
      `O QUE VAIS FAZER\n• Analisar dados de RH.\nO TEU PERFIL\n• Mínimo 2 anos de experiência em ciência de dados.\nQUEM SOMOS E O QUE PODES ESPERAR DE NÓS\nIniciativas de apoio familiar, saúde e educação`, 'generalist', []],
    // Everyday ML words that share a word with a domain.
    ['a grid search, a GPU fleet, a model inventory, model diagnostics are ML work', 'Machine Learning Engineer',
      `Requirements:\n- Hyperparameter tuning (grid search, Bayesian optimisation)\n- Experience managing a large GPU fleet\n- Keep the model inventory and model diagnostics up to date\n- Patient, curious and detail-oriented`, 'generalist', []],
    ['Power BI and AI safety in titles name no industry', 'Data Scientist (Power BI)', GENERIC_REQS, 'generalist', []],
    ['AI safety research is ML itself', 'Research Scientist, AI Safety', GENERIC_REQS, 'generalist', []],
    ['a model team\'s safety is ML itself', 'Research Engineer, Gemini Safety / Safety Evaluations', GENERIC_REQS, 'generalist', []],
    ['streaming data and platform health are engineering', 'ML Engineer, Streaming Data / Platform Health', GENERIC_REQS, 'generalist', []],
    ['de: insurance experience a plus', 'Data Scientist (m/w/d)',
      `Dein Profil:\n- Erfahrung in der Versicherungsbranche von Vorteil`, 'specialist', ['insurance']],
    ['benefits under a plain heading are not asked', 'Data Scientist',
      `Requirements\n- 3+ years of statistical modelling\nWhat's in it for you\n- 33 days holiday including bank holidays\n- Private medical insurance`, 'generalist', []],
    ['nl: care data a plus, under a Dutch heading', 'Data Scientist',
      `Wat vragen wij?\n- Ervaring met zorgdata is een pré\n- Kennis van de financiële sector is een pluspunt`, 'specialist', ['healthcare', 'finance']],
    ['de: compounds name domains', 'Data Scientist (m/w/d)',
      `Das bringst du mit\n- Erfahrung mit Empfehlungssystemen und Energiemärkten`, 'specialist', ['recommendations', 'energy']],
    ['no prior knowledge of the domain is required', 'Quant ML Engineer',
      `Requirements:\n- No prior knowledge of finance is required\n- Python`, 'generalist', []],
    ['de: a compound experience word and "idealerweise"', 'Data Scientist (m/w/d)',
      `Dein Profil:\n- Berufserfahrung als Data Scientist, idealerweise in der Versicherungsbranche und mit Python`, 'specialist', ['insurance']],
    ['pt: credit risk and the financial sector', 'Cientista de Dados',
      `Requisitos:\n- Experiência em risco de crédito e no setor financeiro`, 'specialist', ['finance']],
    ['pl: a plus under a Polish heading', 'Data Scientist',
      `Mile widziane\n- Doświadczenie w sektorze bankowym`, 'specialist', ['finance']],
    ['a degree in biomedical engineering is a field of study', 'Data Scientist',
      `Requirements:\n- Degree in Computer Science or Biomedical Engineering`, 'generalist', []],
    ['fr: insurance a plus', 'Data Scientist',
      `Votre profil :\n- Une expérience dans l'assurance est un plus`, 'specialist', ['insurance']],
    ['technique only: NLP and vision are not domains', 'NLP Engineer',
      `Requirements:\n- Experience with NLP, computer vision, LLMs and reinforcement learning`, 'generalist', []],
    ['company industry only in the blurb', 'Machine Learning Engineer',
      `About us\nWe are a leading healthcare company serving hospitals and patients.\n\n${GENERIC_REQS}`, 'generalist', []],
    ['company describes itself without a heading', 'Data Scientist',
      `Acme is the leader in digital payments, with decades of experience in financial services.\n\n${GENERIC_REQS}`, 'generalist', []],
    ['understanding of the industry alongside interest', 'AI Expert',
      `${GENERIC_REQS}\n- Business understanding and interest in the Finance and Fintech industry`, 'specialist', ['finance']],
    ['interest only', 'Machine Learning Engineer',
      `${GENERIC_REQS}\n- Passion for consumer brands and loyalty programs`, 'generalist', []],
    ['background explicitly not required', 'Software Engineer, ML Infrastructure',
      `${GENERIC_REQS}\n- Experience with robotics isn't required; we want great engineers`, 'generalist', []],
    ['not required overrides the title', 'Senior Software Engineer, Robotics',
      `${GENERIC_REQS}\n- Healthcare experience not required. Experience with robotics isn’t required either.`, 'generalist', []],
    ['duties in a domain are not a requirement', 'Machine Learning Engineer',
      `What you'll do:\n- Build fraud detection models for our payments platform\n\n${GENERIC_REQS}`, 'generalist', []],
    ['degree fields are not domains', 'Data Scientist',
      `${GENERIC_REQS}\n- Bachelor's degree in Economics, Finance, Chemistry or Marketing`, 'generalist', []],
    ['application materials are not materials science', 'Data Scientist',
      `${GENERIC_REQS}\n\nRequired Materials\n- Resume/CV and three references; experience with the application materials portal`, 'generalist', []],
    ['materials science asked for', 'Machine Learning Scientist',
      `${GENERIC_REQS}\n- Experience in materials science or computational chemistry is a plus`, 'specialist', ['other:materials', 'other:chemistry']],
    ['a game engine is a simulation tool, not the games industry', 'Simulation Engineer, Robotics',
      `${GENERIC_REQS}\n- Experience with game engines (Unity, Unreal) or physics simulators`, 'specialist', ['robotics']],
    ['recommender systems in a list of techniques is a technique', 'Senior Data Scientist',
      `${GENERIC_REQS}\n- Experience with exploratory data analysis and predictive modeling, graph theory, recommender systems, text analytics`, 'generalist', []],
    ['robotics as a degree field', 'Software Engineer II, Perception',
      `${GENERIC_REQS}\n- Degree in Computer Engineering, Computer Science, Electrical Engineering, Robotics or a related field`, 'generalist', []],
    ['robotics as experience after a degree', 'Software Engineer, Machine Learning',
      `${GENERIC_REQS}\n- MS or PhD and 2+ years of industry experience with focus in ML/DL, Robotics or a similar field`, 'specialist', ['robotics']],
    ['learning the domain on the job', 'Data Scientist',
      `What you'll do:\n- Develop deep domain expertise in payments and lending products\n\n${GENERIC_REQS}`, 'generalist', []],
    ['the company voice naming the experience it seeks', 'Machine Learning Engineer',
      `We are looking for a skilled engineer with industry experience in robotics or autonomous vehicles.\n\n${GENERIC_REQS}`, 'specialist', ['robotics', 'autonomous-driving']],
    ['secure coding practice is not the security domain', 'ML Engineer',
      `${GENERIC_REQS}\n- Experience in DevSecOps: Jenkins, code scanning, code vulnerability management`, 'generalist', []],
    ['version control is not industrial control', 'ML Engineer',
      `${GENERIC_REQS}\n- Experience with version control systems such as Git`, 'generalist', []],
    ['vector search is a technique, not the search domain', 'ML Engineer',
      `${GENERIC_REQS}\n- Experience with nearest-neighbor search systems is a plus`, 'generalist', []],
    ['random forest is not climate', 'Data Scientist',
      `${GENERIC_REQS}\n- Experience with random forest and gradient boosting`, 'generalist', []],
  ])('%s', (_name, title, description, label, domains) => {
    const result = classifyScope({ title, description });
    expect(result.label).toBe(label);
    expect(result.domains).toEqual(domains);
  });

  it('reports every domain asked for', () => {
    const result = classifyScope({
      title: 'Data Scientist',
      description: `${GENERIC_REQS}\n- Experience in identity, e-commerce, payments, fraud or gaming is preferred`,
    });
    expect(result.label).toBe('specialist');
    expect(new Set(result.domains)).toEqual(new Set(['retail', 'finance', 'gaming']));
  });

  it("reads a domain the company's name qualifies as its product, not an ask", () => {
    const description = `${GENERIC_REQS}\n- You will improve core technologies for Acme recommendation systems; experience with them is a plus`;
    expect(classifyScope({ title: 'ML Scientist', description, company: 'Acme' }).domains).toEqual([]);
    expect(classifyScope({ title: 'ML Scientist', description, company: 'Other Co' }).domains).toEqual(['recommendations']);
  });

  it('uses the company name to spot the company describing itself', () => {
    const description = `Hang draws from years of deep expertise in loyalty, game design, and finance.\n\n${GENERIC_REQS}`;
    expect(classifyScope({ title: 'ML Engineer', description, company: 'Hang' }).label).toBe('generalist');
  });

  it('gives evidence whose offsets match the text', () => {
    const title = 'Machine Learning Engineer, Fraud';
    const description = `${GENERIC_REQS}\n- Experience with anti-money laundering is a plus`;
    const result = classifyScope({ title, description });
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      expect((e.field === 'title' ? title : description).slice(e.start, e.end)).toBe(e.text);
    }
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('stays fast on huge and adversarial input', () => {
    for (const description of [
      'experience in healthcare '.repeat(50_000),
      `Requirements:\n${'- banking\n'.repeat(100_000)}`,
      'x'.repeat(1_000_000),
      `${'no '.repeat(200_000)}experience required`,
    ]) {
      expect(['generalist', 'specialist']).toContain(classifyScope({ title: 'Data Scientist', description }).label);
    }
  });
});

describe('domains', () => {
  it('has unique ids that are already the corpus names', () => {
    const ids = DOMAINS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(goldDomainName(id)).toBe(id);
  });

  test.each(DOMAINS.map((d) => [d.id, d.pattern] as const))('%s pattern compiles without capture groups', (_id, pattern) => {
    const re = new RegExp(`(?:${pattern})`);
    expect(new RegExp(`${re.source}|`).exec('')!.length).toBe(1);
  });
});

describe('classifyScope: phrases from real postings (paraphrased)', () => {
  test.each<[string, string, string, ScopeLabel, string[]]>([
    // A requirement bullet that opens with an adverb is the candidate, not a company describing itself.
    ['"Ideally has worked in" is an ask', 'Data Scientist',
      `What we look for in this role\n  * Has created end-to-end data science projects\n  * Ideally has worked in life sciences or financial services`, 'specialist', ['biotech', 'finance']],
    // "Data integrity" is engineering, not trust & safety.
    ['data integrity is not a domain', 'Machine Learning Engineer',
      `${GENERIC_REQS}\n- Best practices in all parts of the data pipeline, i.e. ETL, data integrity, and monitoring`, 'generalist', []],
    ['integrity teams still count', 'Machine Learning Engineer',
      `${GENERIC_REQS}\n- Experience on integrity teams or content moderation is a plus`, 'specialist', ['other:trust-and-safety']],
    // A list of ML areas that happens to name a domain asks for techniques.
    ['ML-area list with recommendation engines', 'DS/ML Engineer',
      `${GENERIC_REQS}\n- Experience with any of the following is a plus: GenAI, LLMs, Recommendation Engines, AWS offerings for ML`, 'generalist', []],
    ['example AI applications', 'Senior ML Engineer',
      `${GENERIC_REQS}\n- Experience building products backed by AI (for example: recommendation systems, behavior modeling, natural language processing, computer vision)`, 'generalist', []],
    ['a list that says it lists domains', 'Associate Data Scientist',
      `Preferred:\n- Knowledge in domains such as recommender systems, fraud detection, and marketing science`, 'specialist', ['recommendations', 'finance', 'other:marketing']],
    ['a list of industries next to one ML word', 'Research Engineer',
      `${GENERIC_REQS}\n- Experience building machine learning solutions in one of the areas: Finance, Healthcare, Retail, Energy, NLP`, 'specialist', ['finance', 'healthcare', 'retail', 'energy']],
    ['recommendation or matching systems', 'AI Engineer',
      `Requirements\n- Experience developing AI-based recommendation or matching systems`, 'specialist', ['recommendations']],
    ['restaurant industry a plus', 'Data Scientist, Business Operations',
      `${GENERIC_REQS}\n- Prior experience in the restaurant industry is a plus!`, 'specialist', ['other:hospitality']],
    ['an industry not in the list', 'Staff Data Scientist',
      `${GENERIC_REQS}\n- Knowledge of dbt\n- Experience in the performance management industry`, 'specialist', ['other:performance-management']],
    ['an industry of two words', 'Data Scientist', `${GENERIC_REQS}\n- Experience in the real estate industry is a plus`, 'specialist', ['other:real-estate']],
    ['an industry of one word', 'Data Scientist', `${GENERIC_REQS}\n- Experience in the travel industry is a plus`, 'specialist', ['other:travel']],
    ['industry experience names no industry', 'Machine Learning Engineer',
      `${GENERIC_REQS}\n- 4+ years industry experience shipping production ML\n- Experience with leading industry ML tools`, 'generalist', []],
    ['a named domain wins over the generic industry', 'Data Scientist',
      `${GENERIC_REQS}\n- Experience in the life/health science industry, notably pharma`, 'specialist', ['biotech']],
    ['child development', 'Data Scientist',
      `Qualifications:\n- Demonstrable experience in machine learning and childhood development / psychology`, 'specialist', ['other:psychology']],
    ['willingness to work in a domain is not knowledge of it', 'AI/ML Engineer',
      `${GENERIC_REQS}\n- Willingness to work in the healthcare domain`, 'generalist', []],
    // From probe round 10: false domain words, glued sentences, rarer industries.
    ['P&C claims data is insurance, not healthcare', 'Data Scientist', `${GENERIC_REQS}\n- Knowledge of P&C claims data is a bonus`, 'specialist', ['insurance']],
    ['the legal right to work is not law', 'Data Scientist', `Requirements\n- Python\n- Applicants must have the legal right to work in the UK`, 'generalist', []],
    ['LiDAR from autonomous vehicles is driving, not mapping', 'Perception Engineer',
      `${GENERIC_REQS}\n- Experience with LiDAR point clouds from autonomous vehicles preferred`, 'specialist', ['autonomous-driving']],
    ['a sentence glued to the benefits', 'NLP Data Scientist', 'Experience applying NLP to legal documents preferred.We offer competitive pay.', 'specialist', ['legal']],
    ['"industry-leading" names no industry', 'Data Scientist',
      'The platform team operates an industry leading service that gives gamers personalized experiences.', 'generalist', []],
    ['incident response of production services is operations', 'SRE, ML', `${GENERIC_REQS}\n- Experience with on-call and incident response for production services`, 'generalist', []],
    ['recommendation in a list of product areas', 'ML Engineer', `${GENERIC_REQS}\n- Experience building models for ranking, recommendation or computational advertising`, 'specialist', ['recommendations', 'ads']],
    ['private equity and fund administration', 'ML Engineer', `${GENERIC_REQS}\n- Experience in private credit, private equity, or fund administration strongly preferred`, 'specialist', ['finance']],
    ['years in offensive security ask for it', 'Security ML Engineer', `Requirements\n- 4+ years in offensive security, penetration testing or application security`, 'specialist', ['security']],
    ['contact centres', 'AI Engineer', `${GENERIC_REQS}\n- Experience with contact-center platforms (Genesys, Five9) is required`, 'specialist', ['other:customer-support']],
    ['sales tech', 'AI Engineer', `${GENERIC_REQS}\n- Experience in B2B sales, sales operations or sales-tech products is preferred`, 'specialist', ['other:sales']],
    ['a renewable appointment is no energy', 'Postdoctoral Researcher', `Requirements\n- PhD in statistics\n- The appointment is for two years, renewable for a third year.`, 'generalist', []],
    ['Azure Data Factory is no factory', 'Data Engineer', `Requirements\n- Experience with Azure Data Factory and Databricks`, 'generalist', []],
    ['an aerospace degree is no aviation ask', 'Data Scientist', `Requirements\n- Degree in Computer Science, Mathematics or Aerospace Engineering`, 'generalist', []],
    ['a glued industry list in a blurb is no heading', 'Data Scientist', 'About Us: We serve clients in HealthcareHigher EducationPublic SectorRetail & Consumer Goods.\n\nRequirements\n- Python', 'generalist', []],
    ['real estate', 'Data Scientist', `${GENERIC_REQS}\n- Experience in real estate is a plus`, 'specialist', ['other:real-estate']],
    ['sports data', 'Data Scientist', `${GENERIC_REQS}\n- Experience with sports data (player tracking) is a plus`, 'specialist', ['other:sports']],
    ['HR tech', 'ML Engineer', `${GENERIC_REQS}\n- Experience in HR tech or people analytics preferred`, 'specialist', ['other:hr']],
    ['digital media', 'Data Scientist', `${GENERIC_REQS}\n- Experience in digital media or publishing desired`, 'specialist', ['media']],
    ['travel or hospitality', 'Data Scientist', `${GENERIC_REQS}\n- Experience in travel or hospitality preferred`, 'specialist', ['other:travel', 'other:hospitality']],
    ['public-sector data', 'Data Scientist', `${GENERIC_REQS}\n- Experience with public-sector data (census, Medicaid) required`, 'specialist', ['other:public-sector']],
    // Physics and chemistry say "energy" of molecules; clinical coding systems are healthcare.
    ['free-energy perturbation is a chemistry method', 'Machine Learning Scientist',
      `${GENERIC_REQS}\n- Nice to have: experience with free-energy perturbation`, 'generalist', []],
    ['energy as an industry', 'Data Scientist', `${GENERIC_REQS}\n- Experience in the energy sector`, 'specialist', ['energy']],
    ['clinical coding systems', 'Machine Learning Scientist',
      `${GENERIC_REQS}\n- Familiarity with medical ontologies (UMLS, SNOMED CT, ICD-10) preferred`, 'specialist', ['healthcare']],
    ['search relevance is search', 'Applied Scientist, Search Relevance', GENERIC_REQS, 'specialist', ['search']],
  ])('%s', (_name, title, description, label, domains) => {
    const result = classifyScope({ title, description });
    expect(result.label).toBe(label);
    expect(new Set(result.domains)).toEqual(new Set(domains));
    for (const e of result.evidence) expect((e.field === 'title' ? title : description).slice(e.start, e.end)).toBe(e.text);
  });

  it('does not count insurance under a benefits heading wrapped in italics and bold', () => {
    const description = `${GENERIC_REQS}\n\n _ **US Benefits:**_\n\nComprehensive health, dental and vision insurance`;
    expect(classifyScope({ title: 'ML Engineer', description }).label).toBe('generalist');
  });
});

describe('classifyScope: domain words and their negation in other languages (paraphrased from real postings)', () => {
  test.each<[string, string, ScopeLabel, string[]]>([
    ['de: manufacturing compound', 'Ihr Profil\n- Python\n- Erfahrung im Fertigungsumfeld oder mit Maschinendaten wünschenswert', 'specialist', ['manufacturing']],
    ['de: banking compound', 'Ihr Profil\n- Python\n- Erfahrung im Bankenumfeld', 'specialist', ['finance']],
    ['fr: logistics a plus', 'Profil\n- Python\n- Une expérience en logistique est un plus', 'specialist', ['supply-chain']],
    ['es: industrial sector valued', 'Requisitos\n- Python\n- Se valorará experiencia en el sector industrial o manufactura', 'specialist', ['manufacturing']],
    ['nl: "zoek- of aanbevelingssystemen" names both', 'Wat vragen wij?\n- Python\n- Ervaring met zoek- of aanbevelingssystemen is een pré', 'specialist', ['search', 'recommendations']],
    ['pl: manufacturing industry welcome', 'Wymagania\n- Python\n- Doświadczenie w branży produkcyjnej mile widziane', 'specialist', ['manufacturing']],
    ['logistic regression is not logistics', 'Requirements\n- Experience with logistic regression and random forests', 'generalist', []],
    ['fr: not required', 'Profil\n- Python et PyTorch\n- Aucune expérience dans le secteur de la santé n\'est requise', 'generalist', []],
    ['es: not required', 'Requisitos\n- Python y PyTorch\n- No se requiere experiencia en el sector salud', 'generalist', []],
    ['de: no prerequisite', 'Dein Profil\n- Python und PyTorch\n- Erfahrung im Gesundheitswesen ist keine Voraussetzung', 'generalist', []],
    ['pt: not necessary', 'Requisitos\n- Python e PyTorch\n- Não é necessária experiência na área da saúde', 'generalist', []],
    ['pt: the financial market, required', 'Requisitos\n- Python\n- Experiência no mercado financeiro é obrigatória', 'specialist', ['finance']],
    ['fr: the legal domain, valued', 'Profil recherché\n- Python\n- Une connaissance du domaine juridique est appréciée', 'specialist', ['legal']],
    ['pt: a contract as a legal entity (PJ) is not law', 'Requisitos\n- Python\n- Contratação como pessoa jurídica', 'generalist', []],
    ['financial or credit market', 'Requirements\n- Python\n- Experience in the financial or credit market is mandatory', 'specialist', ['finance']],
    ['smart-meter data', 'Preferred Qualifications\n- Experience with utility or smart-meter data', 'specialist', ['energy']],
    ['fr: a taste for a sector is interest, not knowledge', 'Profil recherché\n- Python\n- Une appétence pour le secteur de la santé serait appréciée', 'generalist', []],
    ['nl: affinity is interest', 'Wat vragen wij\n- Python\n- Affiniteit met de maakindustrie', 'generalist', []],
    ['pt: retail under "Diferenciais"', 'Diferenciais\n- Vivência no varejo será um diferencial', 'specialist', ['retail']],
    ['nl: the banking sector, required', 'Wat vragen wij\n- Kennis van de bankensector is vereist', 'specialist', ['finance']],
    ['it: medical images', 'Requisiti\n- Esperienza con immagini mediche costituisce un plus', 'specialist', ['healthcare']],
    ['pl: recommender systems', 'Mile widziane\n- Doświadczenie z systemami rekomendacyjnymi', 'specialist', ['recommendations']],
    ['es: the farming sector, named', 'Se valorará\n- Conocimiento del sector agropecuario', 'specialist', ['other:agriculture']],
    ['de: desirable but not mandatory is still preferred', 'Dein Profil\n- Erfahrung im Gesundheitswesen ist wünschenswert, aber nicht zwingend erforderlich', 'specialist', ['healthcare']],
  ])('%s', (_name, description, label, domains) => {
    const result = classifyScope({ title: 'Data Scientist', description });
    expect(result.label).toBe(label);
    expect(result.domains).toEqual(domains);
  });
});
