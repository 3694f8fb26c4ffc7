// One job = one URL, whatever page it was seen on. Each board has a URL
// predicate (with the URLs that prove it right beside it, as in
// github-url-detection) and a rule that rewrites any of its job URLs to one form:
//
//   linkedin         https://www.linkedin.com/jobs/view/<id>/          (any country subdomain, slug, currentJobId)
//   indeed           https://<host>/viewjob?jk=<jk>                      (jk or vjk; host kept: the country matters)
//   greenhouse       https://job-boards.greenhouse.io/<company>/jobs/<id>  (boards./job-boards./embed; eu stays eu)
//   lever            https://jobs.lever.co/<company>/<uuid>
//   ashby            https://jobs.ashbyhq.com/<company>/<uuid>
//   workday          https://<tenant>.<wdN>.myworkdayjobs.com/<site>/job/<location>/<slug_REQ>  (no locale, no /apply, CXS API path mapped)
//   smartrecruiters  https://jobs.smartrecruiters.com/<Company>/<id>
//   workable         https://apply.workable.com/<company>/j/<shortcode>/
//   glassdoor        https://<host>/job-listing/j?jl=<id>
//   wellfound        https://wellfound.com/jobs/<id>
//   seek             https://<host>/job/<id>
//   jobindex         https://www.jobindex.dk/jobannonce/<id>
//   anything else    the page URL without tracking parameters and fragment, or the page's
//                    <link rel=canonical>/og:url when it is on the same site.

type UrlPredicate = (url: URL) => boolean;

const urlTests = new Map<string, readonly string[]>();

/** A URL predicate registered with the URLs that must satisfy it (one test loops them all). */
function detector(name: string, urls: readonly string[], test: UrlPredicate): UrlPredicate {
  urlTests.set(name, urls);
  return test;
}

/** name → URLs each predicate must accept; the test fails any predicate without URLs. */
export function getUrlTests(): ReadonlyMap<string, readonly string[]> {
  return urlTests;
}

const host = (url: URL) => url.hostname.toLowerCase();

export const isLinkedIn = detector('isLinkedIn', [
  'https://www.linkedin.com/jobs/view/4053542511/',
  'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
  'https://www.linkedin.com/jobs/search/?currentJobId=4053542511&keywords=ml',
], (url) => /(^|\.)linkedin\.com$/.test(host(url)));

export const isIndeed = detector('isIndeed', [
  'https://www.indeed.com/viewjob?jk=a4ef50c446e8cc33',
  'https://www.indeed.co.uk/jobs?l=london&q=sales&start=0',
  'https://uk.indeed.com/jobs?q=ml&vjk=a4ef50c446e8cc33',
  'https://de.indeed.com/viewjob?jk=0123456789abcdef',
], (url) => /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host(url)));

export const isGreenhouse = detector('isGreenhouse', [
  'https://boards.greenhouse.io/anthropic/jobs/4182383008',
  'https://job-boards.greenhouse.io/anthropic/jobs/4182383008',
  'https://job-boards.eu.greenhouse.io/acme/jobs/4000001',
  'https://boards.greenhouse.io/embed/job_app?for=acme&token=4000001',
  'https://www.example.com/careers/job?gh_jid=4000001',
], (url) => /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/.test(host(url)) || url.searchParams.has('gh_jid'));

export const isLever = detector('isLever', [
  'https://jobs.lever.co/acme/0b9c5a3e-1234-4cde-8f00-123456789abc',
  'https://jobs.eu.lever.co/acme/0b9c5a3e-1234-4cde-8f00-123456789abc/apply',
], (url) => /^jobs(\.eu)?\.lever\.co$/.test(host(url)));

export const isAshby = detector('isAshby', [
  'https://jobs.ashbyhq.com/acme/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b',
], (url) => host(url) === 'jobs.ashbyhq.com');

export const isWorkday = detector('isWorkday', [
  'https://gdit.wd5.myworkdayjobs.com/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675',
  'https://gdit.wd5.myworkdayjobs.com/en-US/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675',
  'https://wd1.myworkdaysite.com/recruiting/acme/Careers/job/Remote/ML-Engineer_R1',
], (url) => /(^|\.)(myworkdayjobs|myworkdaysite)\.com$/.test(host(url)));

export const isSmartRecruiters = detector('isSmartRecruiters', [
  'https://jobs.smartrecruiters.com/Acme/744000012345678-machine-learning-engineer',
  'https://careers.smartrecruiters.com/Acme',
], (url) => /^(jobs|careers)\.smartrecruiters\.com$/.test(host(url)));

export const isWorkable = detector('isWorkable', [
  'https://apply.workable.com/acme/j/AB12CD34EF/',
  'https://jobs.workable.com/view/abc123/machine-learning-engineer-in-athens-at-acme',
], (url) => /^(apply|jobs)\.workable\.com$/.test(host(url)));

export const isGlassdoor = detector('isGlassdoor', [
  'https://www.glassdoor.com/job-listing/ml-engineer-acme-JV_IC1147401_KO0,11_KE12,16.htm?jl=1009000000001',
  'https://www.glassdoor.co.uk/Job/london-ml-jobs-SRCH_IL.0,6_IC2671300_KO7,9.htm',
], (url) => /(^|\.)glassdoor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host(url)));

export const isWellfound = detector('isWellfound', [
  'https://wellfound.com/jobs/3012345-machine-learning-engineer',
  'https://wellfound.com/company/acme/jobs/3012345-machine-learning-engineer',
  'https://angel.co/company/acme/jobs/3012345-machine-learning-engineer',
], (url) => /(^|\.)(wellfound\.com|angel\.co)$/.test(host(url)));

export const isBuiltin = detector('isBuiltin', [
  'https://builtin.com/job/machine-learning-engineer/3012345',
  'https://www.builtinnyc.com/job/engineer/machine-learning-engineer/201234',
], (url) => /(^|\.)builtin[a-z]*\.com$/.test(host(url)));

export const isSeek = detector('isSeek', [
  'https://au.seek.com/job/93856863',
  'https://www.seek.com.au/job/93856863?type=standard',
  'https://www.seek.co.nz/data-scientist-jobs?jobId=93856863',
], (url) => /(^|\.)seek\.(com|com\.au|co\.nz)$/.test(host(url)));

export const isJobindex = detector('isJobindex', [
  'https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification',
  'https://www.jobindex.dk/vis-job/r12800344',
], (url) => /(^|\.)jobindex\.dk$/.test(host(url)));

/** Parameters that only say how the visitor arrived; never part of a job's identity. */
const TRACKING_PARAMS = new Set([
  'ref', 'refid', 'referrer', 'referer', 'source', 'src', 'gh_src', 'trk', 'trkinfo', 'trackingid',
  'tracking', 'position', 'pagenum', 'lever-source', 'lever-source[]', 'lever-origin', 'lever-via',
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'from',
  'ebp', 'originalsubdomain', 'eid', 'sid', 'campaignid', 'share', 'shared', 'iis', 'iisn',
]);

/** Page URL minus fragment and tracking parameters; the rest sorted so order never matters. */
export function stripTracking(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  const kept = [...clean.searchParams].filter(([key]) => {
    const k = key.toLowerCase();
    return !k.startsWith('utm_') && !TRACKING_PARAMS.has(k);
  }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  clean.search = new URLSearchParams(kept).toString();
  clean.protocol = clean.protocol === 'http:' ? 'https:' : clean.protocol;
  return clean.href;
}

const digits = (value: string | null | undefined) => (value && /^\d{4,}$/.test(value) ? value : null);

/** The comment-wrapped id in LinkedIn's guest page: <code id="decoratedJobPostingId"><!--"4411867124"--></code>. */
function linkedInIdFromDoc(doc?: Document): string | null {
  const code = doc?.querySelector('code#decoratedJobPostingId');
  if (!code) return null;
  for (let node = code.firstChild; node; node = node.nextSibling) {
    const match = /(\d{6,})/.exec(node.nodeValue ?? '');
    if (match) return match[1]!;
  }
  return null;
}

function linkedIn(url: URL, doc?: Document): string | null {
  const id = digits(url.searchParams.get('currentJobId'))
    ?? /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})(?:\/|$)/.exec(url.pathname)?.[1]
    ?? /\/jobPosting\/(\d{6,})/.exec(url.pathname)?.[1]
    ?? (/^\/jobs\/(view|search|collections)/.test(url.pathname) ? linkedInIdFromDoc(doc) : null);
  return id ? `https://www.linkedin.com/jobs/view/${id}/` : null;
}

function indeed(url: URL): string | null {
  const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return jk && /^[0-9a-f]{8,}$/i.test(jk) ? `https://${host(url)}/viewjob?jk=${jk.toLowerCase()}` : null;
}

/** The board token a company page embeds Greenhouse with (`…greenhouse.io/embed/job_board/js?for=acme`). */
function greenhouseCompanyFromDoc(doc?: Document): string | null {
  if (!doc) return null;
  for (const el of Array.from(doc.querySelectorAll('script[src*="greenhouse.io"], iframe[src*="greenhouse.io"]'))) {
    try {
      const company = new URL(el.getAttribute('src') ?? '', 'https://boards.greenhouse.io').searchParams.get('for');
      if (company) return company;
    } catch { /* bad src */ }
  }
  return null;
}

function greenhouse(url: URL, doc?: Document): string | null {
  const eu = host(url).includes('.eu.') ? 'eu.' : '';
  const base = `https://job-boards.${eu}greenhouse.io`;
  const onBoard = /greenhouse\.io$/.test(host(url));
  if (onBoard && url.pathname.startsWith('/embed/')) {
    const company = url.searchParams.get('for');
    const id = digits(url.searchParams.get('token'));
    return company && id ? `${base}/${company}/jobs/${id}` : null;
  }
  const path = onBoard ? /^\/([^/]+)\/jobs\/(\d+)/.exec(url.pathname) : null;
  if (path) return `${base}/${path[1]}/jobs/${path[2]}`;
  const ghJid = digits(url.searchParams.get('gh_jid'));
  if (!ghJid) return null;
  const company = onBoard ? /^\/([^/]+)/.exec(url.pathname)?.[1] : greenhouseCompanyFromDoc(doc);
  if (company) return `${base}/${company}/jobs/${ghJid}`;
  // A company careers page with gh_jid and no visible board token: keep the page, job id only.
  const page = new URL(url.href);
  page.search = `gh_jid=${ghJid}`;
  page.hash = '';
  return page.href;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function lever(url: URL): string | null {
  const match = new RegExp(`^/([^/]+)/(${UUID})`, 'i').exec(url.pathname);
  return match ? `https://${host(url)}/${match[1]}/${match[2]!.toLowerCase()}` : null;
}

function ashby(url: URL): string | null {
  const match = new RegExp(`^/([^/]+)/(${UUID})`, 'i').exec(url.pathname);
  return match ? `https://jobs.ashbyhq.com/${match[1]}/${match[2]!.toLowerCase()}` : null;
}

function workday(url: URL): string | null {
  let path = url.pathname;
  const api = /^\/wday\/cxs\/[^/]+\/([^/]+)(\/job\/.*)$/.exec(path);
  if (api) path = `/${api[1]}${api[2]}`;
  path = path.replace(/^\/[a-z]{2}-[A-Z]{2}(?=\/)/, '').replace(/\/apply(\/.*)?$/, '').replace(/\/+$/, '');
  return /\/job\//.test(path) ? `https://${host(url)}${path}` : null;
}

function smartRecruiters(url: URL): string | null {
  const match = /^\/([^/]+)\/(\d{6,})(?:-[^/]*)?/.exec(url.pathname);
  return match ? `https://jobs.smartrecruiters.com/${match[1]}/${match[2]}` : null;
}

function workable(url: URL): string | null {
  const match = /^\/([^/]+)\/j\/([0-9A-Za-z]+)/.exec(url.pathname);
  return host(url) === 'apply.workable.com' && match ? `https://apply.workable.com/${match[1]}/j/${match[2]!.toUpperCase()}/` : null;
}

function glassdoor(url: URL): string | null {
  const id = digits(url.searchParams.get('jl') ?? url.searchParams.get('jobListingId'));
  return id ? `https://${host(url)}/job-listing/j?jl=${id}` : null;
}

function wellfound(url: URL): string | null {
  const id = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
  return id ? `https://wellfound.com/jobs/${id}` : null;
}

function seek(url: URL): string | null {
  const id = /^\/job\/(\d+)/.exec(url.pathname)?.[1] ?? digits(url.searchParams.get('jobId'));
  return id ? `https://${host(url)}/job/${id}` : null;
}

function jobindex(url: URL): string | null {
  const match = /^\/(jobannonce|vis-job)\/([a-z]?\d+)/i.exec(url.pathname);
  return match ? `https://www.jobindex.dk/${match[1]!.toLowerCase()}/${match[2]!.toLowerCase()}` : null;
}

const RULES: ReadonlyArray<[UrlPredicate, (url: URL, doc?: Document) => string | null]> = [
  [isLinkedIn, linkedIn],
  [isIndeed, indeed],
  [isGreenhouse, greenhouse],
  [isLever, lever],
  [isAshby, ashby],
  [isWorkday, workday],
  [isSmartRecruiters, smartRecruiters],
  [isWorkable, workable],
  [isGlassdoor, glassdoor],
  [isWellfound, wellfound],
  [isSeek, seek],
  [isJobindex, jobindex],
];

const siteOf = (hostname: string) => hostname.toLowerCase().replace(/^www\./, '');

/** The page's own <link rel=canonical> or og:url, if absolute-able and on the same site (or board). */
function declaredCanonical(url: URL, doc?: Document, sameSite: UrlPredicate = (d) => siteOf(d.hostname) === siteOf(url.hostname)): URL | null {
  if (!doc) return null;
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const declared = new URL(candidate.trim(), url);
      if (/^https?:$/.test(declared.protocol) && sameSite(declared)) return declared;
    } catch { /* not a URL */ }
  }
  return null;
}

/** The one URL for the job on this page (see the table at the top of this file). */
export function canonicalUrl(url: URL, doc?: Document): string {
  for (const [matches, rule] of RULES) {
    if (!matches(url)) continue;
    const canonical = rule(url, doc);
    if (canonical) return canonical;
    // The page URL does not name the job (a redirect, an odd path): try what the page declares.
    const declared = declaredCanonical(url, doc, matches);
    const fromDeclared = declared ? rule(declared, doc) : null;
    if (fromDeclared) return fromDeclared;
    break;
  }
  return stripTracking(declaredCanonical(url, doc) ?? url);
}
