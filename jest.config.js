/** Jest in ESM mode with ts-jest; the type check runs before jest in `npm test`. */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json" }],
  },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  // Every report and delta built by any test is checked against the shipped JSON Schemas.
  setupFilesAfterEnv: ["<rootDir>/test/helpers/schema-hook.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/fixtures/"],
  modulePathIgnorePatterns: ["<rootDir>/test/fixtures/", "<rootDir>/build/", "<rootDir>/dist/"],
  watchman: false,
  testTimeout: 20000,
};
