// SEEK (seek.com.au / au.seek.com / seek.co.nz): server-rendered React with
// data-automation attributes; the posting date lives only in SEEK_REDUX_DATA.
import type { PostingFields } from '../fields';
import { isSeek } from '../canonical';
import { isObject, readAssignedJson, str } from '../json';
import { readSelectors, inlineScripts, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '[data-automation="job-detail-title"]', // seek-1
  ],
  company: [
    '[data-automation="advertiser-name"]', // seek-1
  ],
  location: [
    '[data-automation="job-detail-location"]', // seek-1 ("Melbourne VIC (Remote)")
  ],
  description: [
    '[data-automation="jobAdDetails"]', // seek-1
  ],
  salary: [
    '[data-automation="job-detail-salary"]', // tests/fixtures/boards/seek/salary (hand-made; seek-1 states none)
  ],
};

/** jobdetails.result.job.listedAt.dateTimeUtc from window.SEEK_REDUX_DATA. */
function listedAt(doc: Document): string | null {
  for (const script of inlineScripts(doc, 'SEEK_REDUX_DATA')) {
    const data = readAssignedJson(script, 'SEEK_REDUX_DATA');
    const details = isObject(data) && isObject(data.jobdetails) ? data.jobdetails : null;
    const result = details && isObject(details.result) ? details.result : null;
    const job = result && isObject(result.job) ? result.job : null;
    if (job && isObject(job.listedAt)) return str(job.listedAt.dateTimeUtc);
  }
  return null;
}

export const seek: BoardAdapter = {
  id: 'seek',
  matches: isSeek,
  isPostingPage: (url: URL) => /^\/job\/\d+/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return { ...fields, datePosted: fields.title ? listedAt(doc) : null };
  },
};
