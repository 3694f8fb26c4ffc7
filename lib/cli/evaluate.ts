// npm run --silent eval [-- --brief]
// Scores the classifier against the labelled corpus: the three axes (with years and
// domains), then the trend signals and salaries. Skips clearly without the corpus.
import { CORPUS_MISSING, corpusDir } from './corpus';
import { evaluateAxes } from './eval-axes';
import { evaluateSignals } from './eval-signals';

const dir = corpusDir();
if (!dir) {
  console.log(CORPUS_MISSING);
} else {
  const brief = process.argv.includes('--brief');
  console.log(evaluateAxes(dir, { brief }));
  console.log('');
  console.log(evaluateSignals(dir));
}
