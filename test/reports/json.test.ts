import { renderReport } from '../../lib/reports/render';
import { schemaIssues } from '../../lib/schema/validate';
import { loadFixture } from './helpers';

describe('JSON report', () => {
  it.each(['seeds', 'every-verdict'] as const)('is the %s reconciliation, valid against schemas/reconciliation.schema.json', (name) => {
    const result = loadFixture(name);
    const parsed: unknown = JSON.parse(renderReport(result, { format: 'json' }));
    expect(schemaIssues('reconciliation', parsed)).toEqual([]);
    expect(parsed).toEqual(result);
  });

  it('the schema refuses a report that lost a required part', () => {
    const { relations: _dropped, ...partial } = loadFixture('seeds');
    expect(schemaIssues('reconciliation', partial)).toEqual([{ field: '/relations', message: 'is required' }]);
  });
});
