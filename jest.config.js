// One jest run for the whole monorepo: each project keeps its tests beside its code.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@toile/flow-model$': '<rootDir>/../../libs/flow-model/src/index.ts',
  '^@toile/matcher$': '<rootDir>/../../libs/matcher/src/index.ts',
  '^@toile/seeds$': '<rootDir>/../../seeds/src/index.ts',
};

function project(displayName, rootDir, extra = {}) {
  const depth = rootDir.split('/').length;
  const up = '../'.repeat(depth);
  return {
    displayName,
    rootDir: `<rootDir>/${rootDir}`,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)s$': swc },
    moduleNameMapper: Object.fromEntries(
      Object.entries(moduleNameMapper).map(([k, v]) => [k, v.replace('<rootDir>/../../', `<rootDir>/${up}`)]),
    ),
    testMatch: ['<rootDir>/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...extra,
  };
}

module.exports = {
  projects: [
    project('flow-model', 'libs/flow-model'),
    project('matcher', 'libs/matcher'),
    project('seeds', 'seeds'),
    project('api', 'apps/api'),
    project('viewer', 'apps/viewer'),
    project('test', 'test'),
  ],
};
