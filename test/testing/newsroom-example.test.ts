import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../lib/testing';
import { createLexicon, healthLexiconData, readDataset, reconcile } from '../../lib/index';

// The example in docs/examples must catch what it claims to: without its reviewed entry it fails
// with the discrepancy spelled out, and the Aug 15 step down stays visible as corrections.
const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const lexicon = createLexicon(healthLexiconData);
const figures = readDataset(read('figures.csv'), JSON.parse(read('figures.mapping.json')), { format: 'csv', origin: 'figures.csv' });

describe('the newsroom example', () => {
  it('fails without the reviewed entry, naming figures, sources, dates and rows', () => {
    let message = '';
    try {
      expect(figures).toReconcileWithin({ tolerance: 0.005, reconcile: { lexicon } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('1 conflict beyond tolerance 0.5% that nobody has accepted (of 1 conflict):');
    expect(message).toContain(
      '1. deaths in Arkansas: 572 (JHU CSSE) vs 566 (The COVID Tracking Project), low severity, 1.0% apart (gap 6)',
    );
    expect(message).toContain('   - JHU CSSE, as of Aug 12, 2020: 572 “Arkansas 2020-08-12 deaths 572 (row 10)” [figures.csv:10:deaths]');
    expect(message).toContain(
      '   - The COVID Tracking Project, as of Aug 12, 2020: 566 “Arkansas 2020-08-12 deaths 566 (row 3)” [figures.csv:3:deaths]',
    );
  });

  it('reports each source stepping its cumulative cases down on Aug 15 as a correction, not a failure', () => {
    const result = reconcile(figures.claims, { sameFigureTolerance: 0.005, lexicon });
    const corrections = result.relations.filter((r) => r.kind === 'correction' && r.claimIds.every((id) => id.endsWith(':cases')));
    expect(corrections.map((r) => [...r.claimIds].sort())).toEqual([
      ['figures.csv:12:cases', 'figures.csv:13:cases'],
      ['figures.csv:5:cases', 'figures.csv:6:cases'],
    ]);
    expect(result).toHaveNoConflicts({ tolerance: 0.005, allow: ['figures.csv:10:deaths'] });
  });

  it('finds the Aug 12 gap and the four steps down, all low, so its finding test passes at medium and fails at low', () => {
    const result = reconcile(figures.claims, { sameFigureTolerance: 0.005, lexicon });
    expect(result.findings.map((f) => [f.kind, f.level])).toEqual([
      ['correction', 'low'],
      ['correction', 'low'],
      ['disagreement', 'low'],
      ['correction', 'low'],
      ['correction', 'low'],
    ]);
    expect(figures).toHaveNoFindings({ level: 'medium', reconcile: { lexicon, sameFigureTolerance: 0.005 } });
    expect(figures).not.toHaveNoFindings({ reconcile: { lexicon, sameFigureTolerance: 0.005 } });
  });
});
