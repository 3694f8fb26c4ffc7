import { render } from 'preact';
import { SourcesList } from '../../components/SourcesList';
import { CATALOGUE } from '../../lib/trends/catalogue';
import { SOURCES } from '../../lib/trends/sources';
import '../../components/theme.css';
import './style.css';

const citedBy = (sourceId: string) =>
  CATALOGUE.filter((s) => s.facts.some((f) => f.sourceIds.includes(sourceId))).map((s) => s.name);

function SourcesPage() {
  return (
    <>
      <h1>Where the trend signals come from</h1>
      <p>
        The rising, steady and declining signals ML Job Lens shows on a posting restate, in our own words, what these
        documents say. They are few, some are old and some are one person's view: read them as pointers, not as
        market data.
      </p>
      <SourcesList sources={SOURCES} now={new Date()} citedBy={citedBy} />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<SourcesPage />, root);
