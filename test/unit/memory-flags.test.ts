import fs from 'node:fs';
import path from 'node:path';
import { NODE_MEMORY_FLAGS } from '../../src/observability/heap';

/**
 * V8 sizes its heap when the process starts: the flags the scale benchmark measured the service
 * with (bench/scale/candidates.ts) must be on the command that starts it.
 */
describe('memory flags', () => {
  it('are on the command npm start runs', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const command = /node ((?:--\S+ )*)dist\/src\/main\.js/.exec(scripts.start);
    expect(command?.[1].trim().split(' ')).toEqual([...NODE_MEMORY_FLAGS]);
  });
});
