// Every boundary in eslint.config.js fails when crossed and passes when not: the files under
// */lint-fixtures/ (ignored by `npm run lint` and by tsc) are linted here with the real config.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, ignore: false });

async function problems(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const PATHS = 'import-x/no-restricted-paths';

describe('boundary lint rules', () => {
  it.each([
    ['src ↛ server', 'src/lint-fixtures/imports-server.ts', /Browser code never imports server/],
    ['server ↛ src', 'server/lint-fixtures/imports-src.ts', /Server code never imports browser/],
    ['contract ↛ server', 'contract/lint-fixtures/imports-server.ts', /contract\/ is what both sides/],
    ['contract ↛ src', 'contract/lint-fixtures/imports-src.ts', /contract\/ is what both sides/],
    ['proxy ↛ sandbox kit', 'server/proxy/lint-fixtures/imports-sandbox.ts', /never reaches the sandbox/],
    ['proxy ↛ a fake provider', 'server/proxy/lint-fixtures/imports-fake.ts', /never reaches the sandbox/],
    ['feature ↛ other feature', 'src/features/lint-fixtures/imports-feature.ts', /Features do not import/],
    ['providers ↛ features', 'src/providers/lint-fixtures/imports-feature.ts', /Providers do not depend/],
    ['domain ↛ providers', 'src/domain/lint-fixtures/imports-provider.ts', /domain model stands alone/],
    ['domain ↛ React', 'src/domain/lint-fixtures/imports-react.ts', /domain model stands alone/],
  ])('%s fails', async (_zone, file, message) => {
    const found = await problems(file);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${PATHS}: .*${message.source}`));
  });

  it.each([
    ['src → contract', 'src/lint-fixtures/imports-contract.ts'],
    ['server → contract', 'server/lint-fixtures/imports-contract.ts'],
    ['contract → contract and its libraries', 'contract/lint-fixtures/imports-contract.ts'],
    ['contract → zod', 'contract/lint-fixtures/imports-zod.ts'],
    ['proxy → a provider manifest', 'server/proxy/lint-fixtures/imports-manifest.ts'],
    ['feature → domain', 'src/features/lint-fixtures/imports-domain.ts'],
    ['feature → itself', 'src/features/appointments/lint-fixtures/imports-own-feature.ts'],
    ['providers → domain', 'src/providers/lint-fixtures/imports-domain.ts'],
  ])('%s passes', async (_zone, file) => {
    expect(await problems(file)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    expect(await problems('server/lint-fixtures/cycle-a.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: /),
    ]);
  });

  it('refuses a file name that is not kebab-case', async () => {
    expect(await problems('server/lint-fixtures/NotKebabCase.ts')).toEqual([
      expect.stringMatching(/^check-file\/filename-naming-convention: /),
    ]);
  });
});
