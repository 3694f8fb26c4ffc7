// schema.org JobPosting as microdata (itemscope itemtype=".../JobPosting"), the
// older sibling of JSON-LD that some boards (SmartRecruiters, many career sites) still use.
import type { PostingFields } from './fields';
import { cleanInline, elementToText } from './text';

/** The value microdata defines for an itemprop element: content/datetime/href attributes first, then text. */
function itemValue(el: Element | null): string | null {
  if (!el) return null;
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  const value = attr ?? el.textContent;
  return cleanInline(value) || null;
}

/**
 * The item's own property: its nearest enclosing item is `scope`, so a nested
 * item's property (the hiring organization's own description) is never taken for the posting's.
 */
function prop(scope: Element, name: string): Element | null {
  const found = Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`));
  return found.find((el) => el.parentElement?.closest('[itemscope]') === scope) ?? null;
}

function propValue(scope: Element, name: string): string | null {
  return itemValue(prop(scope, name));
}

/** A property anywhere inside the item: a location's locality sits in its address, a salary's bounds in its value. */
function deepPropValue(scope: Element, name: string): string | null {
  return itemValue(scope.querySelector(`[itemprop~="${name}"]`));
}

export function readMicrodataPosting(doc: Document): PostingFields | null {
  const scope = Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .find((el) => /JobPosting\s*$/i.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return null;
  const organization = prop(scope, 'hiringOrganization');
  const location = prop(scope, 'jobLocation');
  const salary = prop(scope, 'baseSalary');
  return {
    title: propValue(scope, 'title'),
    company: organization ? (propValue(organization, 'name') ?? itemValue(organization)) : null,
    location: location ? locationText(location) : null,
    description: elementToText(prop(scope, 'description')) || null,
    salaryText: salary ? salaryText(salary) : null,
    datePosted: propValue(scope, 'datePosted'),
  };
}

function locationText(location: Element): string | null {
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((name) => deepPropValue(location, name))
    .filter((part): part is string => !!part);
  const unique = parts.filter((part, i) => !parts.slice(0, i).some((p) => p.toLowerCase().includes(part.toLowerCase())));
  return unique.length ? unique.join(', ') : itemValue(location);
}

function salaryText(salary: Element): string | null {
  const currency = deepPropValue(salary, 'currency');
  const min = deepPropValue(salary, 'minValue');
  const max = deepPropValue(salary, 'maxValue');
  const single = deepPropValue(salary, 'value');
  const unit = deepPropValue(salary, 'unitText');
  const low = min ?? single;
  if (!low && !max) return itemValue(salary);
  const range = low && max && low !== max ? `${low}–${max}` : (low ?? max)!;
  return [currency, range, unit ? `per ${unit}` : null].filter(Boolean).join(' ');
}
