/** Bump when the rules change, so saved postings can be re-classified. */
export const CLASSIFIER_VERSION = '1.7.0';
