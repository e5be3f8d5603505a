// @vitest-environment node
// The house rule of STYLE.md, held by the lint config: a feature imports no other feature and
// nothing of the app above it; lib/ and ui/ import no feature and no app. Each fixture is linted
// as if it stood at the path given, with the project's own eslint.config.js.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaryMessage } from '../../scripts/eslint/feature-boundaries.mjs';

const eslint = new ESLint({ cwd: process.cwd() });

/** The import problems ESLint reports for `source` placed at `filePath`. */
async function importProblems(filePath: string, source: string) {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the feature boundary', () => {
  it('refuses a feature importing another feature, and says where glue belongs', async () => {
    const problems = await importProblems(
      'src/features/breathing/fixture.ts',
      "import { createRoutineModel } from '../routine/routine-model';\nvoid createRoutineModel;",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(boundaryMessage);
    expect(problems[0]).toContain('composition root');
  });

  it('refuses it from a folder deeper inside a feature too', async () => {
    const problems = await importProblems(
      'src/features/sounds/panels/fixture.tsx',
      "import { t } from '../../settings/messages';\nvoid t;",
    );
    expect(problems).toEqual([expect.stringContaining(boundaryMessage)]);
  });

  it('refuses a feature importing the app above it', async () => {
    const problems = await importProblems(
      'src/features/home/fixture.ts',
      "import { t } from '../../app/messages';\nvoid t;",
    );
    expect(problems).toEqual([expect.stringContaining(boundaryMessage)]);
  });

  it('allows a feature its own modules, lib/ and ui/', async () => {
    const problems = await importProblems(
      'src/features/breathing/fixture.ts',
      [
        "import { t } from './messages';",
        "import { systemClock } from '../../lib/time/clock';",
        "import { Button } from '../../ui/Button';",
        'void t; void systemClock; void Button;',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('refuses lib/ importing a feature or the app', async () => {
    const problems = await importProblems(
      'src/lib/time/fixture.ts',
      [
        "import { t } from '../../features/home/messages';",
        "import { createAppModels } from '../../app/models';",
        'void t; void createAppModels;',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringContaining('lib/ and ui/ never import a feature.'),
      expect.stringContaining('lib/ and ui/ never import the app.'),
    ]);
  });
});
