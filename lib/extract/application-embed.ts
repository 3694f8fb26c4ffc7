// A company careers page that embeds an applicant-tracking system's application form
// (Greenhouse, Lever, Ashby) on a single job's URL is one posting, written in the
// company's own markup: the generic reading may find it there, as on a board's posting page.
const EMBEDS = [
  '#grnhse_app', 'iframe[src*="greenhouse.io/embed/job_app"]', 'script[src*="greenhouse.io/embed/job_board"]',
  'iframe[src*="jobs.lever.co"]', '#ashby_embed', 'script[src*="jobs.ashbyhq.com"]',
].join(', ');

/** "/job/7977844", "/careers/jobs/ml-engineer-4554464004", "?gh_jid=…": one job, not a list of them. */
const ONE_JOB_PATH = /\/(?:jobs?|careers?|positions?|openings?|roles?|vacanc(?:y|ies))\/(?:[^/]+\/)*[^/]*\d{4,}[^/]*\/?$/i;

export function embedsApplicationForm(doc: Document, url: URL): boolean {
  if (!(ONE_JOB_PATH.test(url.pathname) || url.searchParams.has('gh_jid'))) return false;
  return doc.querySelector(EMBEDS) !== null;
}
