// A database filled by the previous schema version upgrades without losing anything.
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSIONS } from '../../lib/db';
import { makePostings } from '../../lib/testing/postings';

describe('schema upgrades', () => {
  it('upgrades a v1 database full of postings to the latest version, keeping every row and field', async () => {
    const name = `mljl-upgrade-${Date.now()}`;
    const v1 = openDb(name, undefined, 1);
    const rows = makePostings(300, 3).map((row, i) => {
      const { id: _id, ...rest } = row;
      // Rows written before otherUrls/note existed.
      if (i % 3 === 0) { delete (rest as Partial<typeof rest>).otherUrls; delete (rest as Partial<typeof rest>).note; }
      return rest;
    });
    await v1.postings.bulkAdd(rows as never[]);
    const before = await v1.postings.toArray();
    v1.close();

    const latest = openDb(name);
    await latest.open();
    expect(latest.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
    const after = await latest.postings.toArray();
    expect(after).toHaveLength(before.length);
    for (const [i, row] of after.entries()) {
      expect(row).toEqual({ ...before[i], otherUrls: before[i]!.otherUrls ?? [], note: before[i]!.note ?? '' });
    }
    // The new indexes answer queries.
    const rich = await latest.postings.where('salaryAnnualMax').above(150_000).count();
    expect(rich).toBe(after.filter((r) => (r.salaryAnnualMax ?? 0) > 150_000).length);
    latest.close();
  });
});
