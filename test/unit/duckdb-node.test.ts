import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';

describe('@duckdb/node-api', () => {
  it('runs a parameterised prepared statement in-memory', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const prepared = await connection.prepare('SELECT $1::INTEGER AS x');
      prepared.bindInteger(1, 42);
      const reader = await prepared.runAndReadAll();
      expect(reader.getRowObjectsJS()).toEqual([{ x: 42 }]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
