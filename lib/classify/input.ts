/** What the classifier reads: plain strings, nothing from the browser. */
export interface ClassifyInput {
  title: string;
  description: string;
  company?: string | null;
  location?: string | null;
  /** Salary as a page states it in a dedicated field or structured data. */
  salaryText?: string | null;
}
