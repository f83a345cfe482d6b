// A newsroom's unit test of its own figures: copy it, point it at your spreadsheet and mapping.
// Run with jest from the project root; the matchers come from claim-reconciler/jest.
import { readFileSync } from 'node:fs';
import { createLexicon, healthLexiconData, readDataset } from 'claim-reconciler';
import 'claim-reconciler/jest';

const csv = readFileSync('docs/examples/figures.csv', 'utf8');
const mapping = JSON.parse(readFileSync('docs/examples/figures.mapping.json', 'utf8'));
const figures = readDataset(csv, mapping, { format: 'csv', origin: 'figures.csv' });

test('every row of the spreadsheet is a usable figure', () => expect(figures).toBeValidClaims());

test('our sources agree within 0.5%, apart from the discrepancies the desk has reviewed', () =>
  expect(figures).toReconcileWithin({
    tolerance: 0.005,
    // Reviewed by the desk: Aug 12 deaths, 566 (CTP) vs 572 (JHU CSSE); the two close their day at different hours.
    allow: [['figures.csv:3:deaths', 'figures.csv:10:deaths']],
    reconcile: { lexicon: createLexicon(healthLexiconData) }, // health measures: deaths stay deaths
  }));

test('no finding of medium or high level: nothing that would change a published figure by 10% or more', () =>
  expect(figures).toHaveNoFindings({
    level: 'medium',
    reconcile: { lexicon: createLexicon(healthLexiconData), sameFigureTolerance: 0.005 },
  }));
