import { describe, expect, it, test } from 'vitest';
import { parseSalary, parseSalaryText } from './salary';

const parse = (description: string, location: string | null = null) =>
  parseSalary({ title: 'Machine Learning Engineer', description, location });

const brief = (description: string, location: string | null = null) => {
  const s = parse(description, location);
  return s && { min: s.min, max: s.max, currency: s.currency, period: s.period };
};

describe('parseSalary: stated pay', () => {
  test.each([
    ['Salary range: $150K–$200K', 150000, 200000, 'USD', 'year'],
    // French, Spanish, Portuguese, German, Italian and Dutch postings (paraphrased).
    ['Salario: 45.000 - 55.000 € brutos anuales', 45000, 55000, 'EUR', 'year'],
    ['Rémunération : 45 000 € - 55 000 € par an', 45000, 55000, 'EUR', 'year'],
    ['Salaire : entre 45k€ et 55k€ brut annuel', 45000, 55000, 'EUR', 'year'],
    ['Gehalt: 60.000–75.000 € brutto pro Jahr', 60000, 75000, 'EUR', 'year'],
    ['Salário: R$ 8.000 a R$ 10.000 por mês', 8000, 10000, 'BRL', 'month'],
    ['Retribuzione: 35.000 - 40.000 € lordi annui', 35000, 40000, 'EUR', 'year'],
    ['Vergütung: 65.000 EUR p.a.', 65000, 65000, 'EUR', 'year'],
    ['Salaris: €4.000 - €5.000 per maand', 4000, 5000, 'EUR', 'month'],
    ['Base pay: 150,000 - 200,000 USD per year', 150000, 200000, 'USD', 'year'],
    ['Salary: £60k', 60000, 60000, 'GBP', 'year'],
    ['Gehalt / salary: €70.000 - €85.000 brutto', 70000, 85000, 'EUR', 'year'],
    ['Compensation: 70.000 - 90.000 € per year', 70000, 90000, 'EUR', 'year'],
    ['Pay: $45/hr', 45, 45, 'USD', 'hour'],
    ['The salary is $8,000 per month (gross).', 8000, 8000, 'USD', 'month'],
    ['**Pay:** Up to $30 per hour', 30, 30, 'USD', 'hour'],
    ['Base salary up to $180k depending on experience', 180000, 180000, 'USD', 'year'],
    ['Compensation: $120k+ and equity', 120000, 120000, 'USD', 'year'],
    ['Salary: 100-120k', 100000, 120000, 'USD', 'year'],
    ['Salary: 100-120k', 100000, 120000, 'GBP', 'year', 'London, UK'],
    ['Salary Range: $190-200K', 190000, 200000, 'USD', 'year'],
    ['  * Salary: £90-120k', 90000, 120000, 'GBP', 'year'],
    ['A reasonable estimate of the range is **$113,800 - $187,800 CAD**.', 113800, 187800, 'CAD', 'year'],
    ['Base salary, Canada residents: CA$108,000-CA$162,000/year', 108000, 162000, 'CAD', 'year'],
    ['The base pay ranges from $171,360 / year - $257,040 / year depending on market', 171360, 257040, 'USD', 'year'],
    ['**Compensation: $40.00/HR - 50.00/HR**', 40, 50, 'USD', 'hour'],
    ['Target Pay 45-70 per hour 90-130k annual', 45, 70, 'USD', 'hour'],
    ['Rate from 120-180 PLN net + VAT', 120, 180, 'PLN', 'hour'],
    ['The annual pay range in the US is US$109,047  to US $169,455 with factors', 109047, 169455, 'USD', 'year'],
    ['The United States base range for this position is $136,878\\- $195,540 plus equity.', 136878, 195540, 'USD', 'year'],
    ['Salary Range\n\n\n$82,000-$129,000+/negotiable depending on qualifications', 82000, 129000, 'USD', 'year'],
    ['Full Time 4 Year Degree $92000.00 - $113000.00 Salary/year', 92000, 113000, 'USD', 'year'],
    ['The pay range for this position is:\n$81,094.00 - $137,860.00', 81094, 137860, 'USD', 'year'],
    ['Base Salary: $200,000 USD - $265,000 USD per year + Equity', 200000, 265000, 'USD', 'year'],
    ['The salary range for this role is $4,000 - $10,000 per month (Gross in USD)', 4000, 10000, 'USD', 'month'],
    ['Day rate: €500 - €650', 500, 650, 'EUR', 'day'],
    ['Compensation: 2 000 - 3 000 CHF per week', 2000, 3000, 'CHF', 'week'],
    ['CTC: 12-18 LPA', 1200000, 1800000, 'INR', 'year'],
    ['Salary: ₹15 lakh per annum', 1500000, 1500000, 'INR', 'year'],
    ['Salary: £60,000 - £70,000 per annum + bonus', 60000, 70000, 'GBP', 'year'],
    ['Compensation between $120,000 and $150,000 depending on level', 120000, 150000, 'USD', 'year'],
    ['We pay an hourly rate of $55 - $65', 55, 65, 'USD', 'hour'],
    // Swiss apostrophes and Indian lakh grouping as thousands separators.
    ["Salary: CHF 120'000 - 150'000 per year", 120000, 150000, 'CHF', 'year'],
    ['Salary: CHF 120’000–150’000', 120000, 150000, 'CHF', 'year'],
    ['CTC: ₹25,00,000 - ₹35,00,000 per annum', 2500000, 3500000, 'INR', 'year'],
    ['Compensation: INR 18,00,000 to 1,20,00,000', 1800000, 12000000, 'INR', 'year'],
    // "net/month" on a B2B contract; with no period, a figure's size is judged at the
    // dollar's scale: 28,000 zł or 55,000 kronor is a month's pay, 12 million yen a year's.
    ['Salary: PLN 20 000 – 28 000 net/month (B2B)', 20000, 28000, 'PLN', 'month'],
    ['Wynagrodzenie: 20 000 - 28 000 zł netto + VAT (B2B)', 20000, 28000, 'PLN', 'month'],
    ['Salary: 45 000 - 55 000 SEK', 45000, 55000, 'SEK', 'month'],
    ['Salary range: ¥8,000,000 - ¥12,000,000', 8000000, 12000000, 'JPY', 'year'],
    ['Salary: HK$40,000 - HK$55,000 per month', 40000, 55000, 'HKD', 'month'],
    // A range in a written currency with its period after it needs no pay word.
    ['$150,000 - $190,000 per year', 150000, 190000, 'USD', 'year'],
    ['£550 - £650 per day (Outside IR35)', 550, 650, 'GBP', 'day'],
    ['Salary: S$96,000 - S$120,000', 96000, 120000, 'SGD', 'year'],
    ['Salary: MX$40,000 - MX$55,000 per month', 40000, 55000, 'MXN', 'month'],
    ['Salary: Rs. 8,00,000 - 12,00,000 P.A.', 800000, 1200000, 'INR', 'year'],
    ['CTC: 8,00,000 - 12,00,000 per annum', 800000, 1200000, 'INR', 'year'],
    ['Wynagrodzenie: 1200 - 1500 PLN / dzień netto (B2B)', 1200, 1500, 'PLN', 'day'],
    ['Stawka: 150 - 180 zł/h', 150, 180, 'PLN', 'hour'],
    ['TJM : 550 € - 650 €', 550, 650, 'EUR', 'day'],
    ['Tagessatz: 700 - 850 € pro Tag', 700, 850, 'EUR', 'day'],
    ['Base salary of €95,000 plus bonus and equity.', 95000, 95000, 'EUR', 'year'],
    ['Salary: Rs. 37,000/- per month', 37000, 37000, 'INR', 'month'],
    // A bare "$" is the dollar of where the job is; a written "US$" stays.
    ['Compensation: $140,000 - $160,000 + bonus', 140000, 160000, 'CAD', 'year', 'Toronto, ON'],
    ['Salary: $140k - $160k + super', 140000, 160000, 'AUD', 'year', 'Sydney, Australia'],
    ['Salary: US$140k - US$160k', 140000, 160000, 'USD', 'year', 'Toronto, ON'],
    ['Salary: $170,000 - $210,000', 170000, 210000, 'USD', 'year', 'US / Canada - Remote'],
    // A lone figure with no currency sign, in thousands after a pay word: the currency of where the job is.
    ['Salary: Up to 90k DOE', 90000, 90000, 'GBP', 'year', 'London, UK'],
    ['Compensation: up to 180k base + equity', 180000, 180000, 'USD', 'year', 'Remote, US'],
  ])('%j', (text, min, max, currency, period, location?: string) => {
    expect(brief(text, location ?? null)).toEqual({ min, max, currency, period });
  });
});

describe('parseSalary: where pay differs by location or level, span them', () => {
  test('zones give lowest minimum to highest maximum', () => {
    const text = 'Salary ranges for this role:\n\nSF Bay Area, NYC: $180,000 - $220,000\nSeattle, Austin: $165,000 - $205,000\nAll other cities: $155,000 - $190,000\n\n#LI-Remote';
    expect(brief(text)).toEqual({ min: 155000, max: 220000, currency: 'USD', period: 'year' });
  });
  test('ranges in other currencies are not mixed in: the first stated currency wins', () => {
    const text = '### Base Salary\n\n  * United States residents: $88,800-$160,800/year\n  * United Kingdom residents: £72,800-£109,200/year';
    expect(brief(text)).toEqual({ min: 88800, max: 160800, currency: 'USD', period: 'year' });
  });
  test('a bonus target is not base pay', () => {
    const text = 'Compensation Breakdown\n    * Base: $140,000\n    * Base + Bonus Target: $180,000 \n    * Stock options';
    expect(brief(text)).toEqual({ min: 140000, max: 140000, currency: 'USD', period: 'year' });
  });
  test.each([
    ['after the base', 'Base salary $160,000 - $180,000; OTE $220,000 - $250,000.'],
    ['before the base', 'OTE $220,000 - $250,000 (base $160,000 - $180,000).'],
    ['total compensation', 'Salary: $160,000 - $180,000. Total compensation $200,000 - $250,000 with equity.'],
  ])('on-target or total pay beside the base is not the salary: %s', (_name, text) => {
    expect(brief(text)).toEqual({ min: 160000, max: 180000, currency: 'USD', period: 'year' });
  });
  test('on-target earnings alone are what the posting states', () => {
    expect(brief('Compensation: OTE $220,000 - $250,000.')).toEqual({ min: 220000, max: 250000, currency: 'USD', period: 'year' });
  });
  test('a stipend in the benefits list does not widen the salary', () => {
    const text = 'Base salary: $130,000 - $145,000\n\nBenefits\n  * $1,500 WFH stipend\n  * $3,000 per year learning budget';
    expect(brief(text)).toEqual({ min: 130000, max: 145000, currency: 'USD', period: 'year' });
  });
});

describe('parseSalary: money that is not pay', () => {
  test.each([
    'We raised a $50M Series B led by top investors.',
    'We are a $1B company with $200M USD in annual recurring revenue.',
    'Dandy is transforming the massive ($200B) dental industry.',
    'Competitive salary, 401k match up to 4% and unlimited PTO.',
    '401(k) with 100% company match up to $4,500 and immediate vesting',
    'Perks: $20K relocation bonus, $10K housing bonus, $1K/month food stipend',
    'Trainings are subsidized for up to 2 000 PLN.',
    'We have secured over $130M in venture capital funding.',
    'An average donation of about $15 keeps us going.',
    'Annual bonus and equity only; no base salary figure is disclosed.',
    'Requires 5+ years of experience; team of 120 engineers; founded in 2015.',
    'Serving over 60K agencies and 500K businesses worldwide.',
    'Compensation: competitive, based on experience.',
    // A lone bare figure not in thousands is not pay, even after a pay word.
    'Salary: 90000 applicants reviewed last year',
    'Pay transparency: 12 states require it.',
    'Our 2024 salary survey covered 3,000 engineers.',
    'Salary: not specified',
    'Perks: $1,000 signing bonus and a $50/month internet allowance.',
    'Relocation assistance up to $10,000.',
    'Serving 10M users after our $2.5B valuation.',
    'Our customers save $1,000 - $5,000 per month using our product.',
    'We offer a $500 - $1,000 per year learning budget.',
    'Plans cost $20 - $50 per month.',
    'You have 10 years 5 months of experience.',
  ])('none in %j', (text) => {
    expect(parse(text)).toBeNull();
  });

  test('a stipend is an intern\'s pay, and money beside the pay for anyone else', () => {
    const intern = (description: string) => parseSalary({ title: 'Data Science Intern', description });
    expect(intern('Stipend: ₹40,000/month')).toMatchObject({ min: 40000, currency: 'INR', period: 'month' });
    expect(parseSalary({ title: 'Estagiário de Dados', description: 'Bolsa-auxílio: R$ 1.800,00 por mês' })).toMatchObject({ min: 1800, currency: 'BRL', period: 'month' });
    expect(parseSalary({ title: 'Estágio em Ciência de Dados', description: 'Bolsa-auxílio: R$ 2.200,00' })).toMatchObject({ min: 2200, period: 'month' });
    expect(parseSalary({ title: 'Year in Industry Placement', description: 'A stipend of £2,000 per month.' })).toMatchObject({ min: 2000, currency: 'GBP', period: 'month' });
    // The intern's pay by its French, Spanish and Portuguese names, the period after the stipend's name.
    expect(parseSalary({ title: 'Stage Data Scientist', description: 'Gratification : 1 400 € / mois' })).toMatchObject({ min: 1400, currency: 'EUR', period: 'month' });
    expect(parseSalary({ title: 'Becario de Datos', description: 'Beca de 900 € al mes.' })).toMatchObject({ min: 900, currency: 'EUR', period: 'month' });
    expect(parseSalary({ title: 'Estágio em Dados', description: 'R$ 2.200 de bolsa auxílio mensal' })).toMatchObject({ min: 2200, currency: 'BRL', period: 'month' });
    expect(parseSalary({ title: 'Cientista de Dados', description: 'Salário: R$ 2.200 mensal' })).toMatchObject({ min: 2200, currency: 'BRL', period: 'month' });
    // From probe round 16: periods after a slash, local stipend and salary-band names, COP, RAL, netto.
    expect(parseSalary({ title: 'Data Scientist', description: 'Vergütung: 1.800 € brutto/Monat' })).toMatchObject({ min: 1800, currency: 'EUR', period: 'month' });
    expect(parseSalary({ title: 'Data Scientist', description: 'Stypendium 4 000 zł brutto/mies.' })).toMatchObject({ min: 4000, currency: 'PLN', period: 'month' });
    expect(parseSalary({ title: 'Data Scientist', description: 'Stagevergoeding van € 600 per maand' })).toMatchObject({ min: 600, currency: 'EUR', period: 'month' });
    expect(parseSalary({ title: 'Data Scientist', description: 'Faixa salarial: R$ 12.000,00 a R$ 15.000,00 (CLT)' })).toMatchObject({ min: 12000, max: 15000, currency: 'BRL', period: 'month' });
    expect(parseSalary({ title: 'Data Scientist', description: 'Salario: $8.000.000 a $10.000.000 COP mensuales.' })).toMatchObject({ min: 8000000, max: 10000000, currency: 'COP', period: 'month' });
    expect(parseSalary({ title: 'Data Scientist', description: 'RAL 50-60k' })).toMatchObject({ min: 50000, max: 60000, currency: 'EUR', period: 'year' });
    expect(parseSalary({ title: 'Data Scientist', description: 'Oferujemy\n- 15 000 – 20 000 PLN netto (B2B)' })).toMatchObject({ min: 15000, max: 20000, currency: 'PLN', period: 'month' });
    // Latin-American pay without a period is a month's; an hourly rate says so.
    expect(parseSalary({ title: 'Cientista de Dados', description: 'Salário: R$ 2.200' })).toMatchObject({ currency: 'BRL', period: 'month' });
    expect(parseSalary({ title: 'Cientista de Dados', description: 'Remuneração: R$ 45/hora' })).toMatchObject({ min: 45, currency: 'BRL', period: 'hour' });
    expect(parse('Stipend: ₹40,000/month')).toBeNull();
    expect(parse('Perks: $1,000/month food stipend.')).toBeNull();
  });
});

describe('parseSalary: output', () => {
  test('annual figures are normalised from the stated period', () => {
    expect(parse('Pay: $50 per hour')).toMatchObject({ annualMin: 104000, annualMax: 104000 });
    expect(parse('Salary: $8,000 per month')).toMatchObject({ annualMin: 96000 });
    expect(parse('Day rate: €500')).toMatchObject({ annualMin: 130000 });
    expect(parse('Pay: $2,000 per week')).toMatchObject({ annualMin: 104000 });
  });
  test('evidence offsets point at the figures in the description', () => {
    const text = 'About us.\n\nThe base salary range is $160,000 - $220,000.';
    const s = parse(text)!;
    expect(s.evidence[0]).toMatchObject({ field: 'description', text: '$160,000 - $220,000' });
    expect(text.slice(s.evidence[0]!.start, s.evidence[0]!.end)).toBe('$160,000 - $220,000');
  });
  test('the dedicated salary field is parsed on request, estimates are not pay', () => {
    expect(parseSalaryText('USD $186,000~$279,000')).toMatchObject({ min: 186000, max: 279000, currency: 'USD', period: 'year' });
    expect(parseSalaryText('$40.00/HR - $50.00/HR')).toMatchObject({ min: 40, max: 50, period: 'hour' });
    expect(parseSalaryText('$119K-$187K (Glassdoor est.)')).toBeNull();
    expect(parseSalaryText('Not Specified')).toBeNull();
    // Figures alone (schema.org baseSalary without a currency) are pay in the location's currency.
    expect(parseSalaryText('135000', 'Austin, TX, US')).toMatchObject({ min: 135000, max: 135000, currency: 'USD', period: 'year' });
    expect(parseSalaryText('60000–70000 per YEAR', 'Berlin, Germany')).toMatchObject({ min: 60000, max: 70000, currency: 'EUR', period: 'year' });
  });
});

describe('parseSalary: speed', () => {
  test('1 MB of digits, currency signs and separators finishes', () => {
    const nasty = ['$1,000,000,000,'.repeat(20000), '9'.repeat(200000), '$ - $ - '.repeat(50000), 'salary 1 000 000 000 '.repeat(20000)].join(' ');
    expect(() => parse(nasty.slice(0, 1_000_000))).not.toThrow();
  });
});

describe('the page salary field as a fallback', () => {
  it('uses structured data when the text states no pay', () => {
    const s = parseSalary({ title: 'ML Engineer', description: 'Build models.', salaryText: 'USD 150000–200000 per YEAR' });
    expect(s).toMatchObject({ min: 150000, max: 200000, currency: 'USD', period: 'year' });
  });
  it('prefers what the text states', () => {
    const s = parseSalary({ title: 'ML Engineer', description: 'Pay: $120,000 - $140,000 per year.', salaryText: 'USD 1–2 per HOUR' });
    expect(s).toMatchObject({ min: 120000, max: 140000, period: 'year' });
  });
  it('ignores an aggregator estimate', () => {
    expect(parseSalary({ title: 'ML Engineer', description: 'Build models.', salaryText: '$90K-$120K (Glassdoor est.)' })).toBeNull();
  });
});
