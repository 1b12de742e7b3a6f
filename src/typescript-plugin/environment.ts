// The environment variables the tsserver plugin reads, read without loading ESLint.

/** Any value but empty, "0" or "false" turns the plugin off: TypeScript then runs as if it were not configured. */
export const disableVariable = 'ML_DEBT_TS_PLUGIN_DISABLED';

/** "1" adds a rule that throws, for this package's tests: it proves a failing lint never costs TypeScript's diagnostics. */
export const testThrowVariable = 'ML_DEBT_TS_PLUGIN_TEST_THROW';

export const isPluginDisabled = (): boolean => {
  const value = process.env[disableVariable];
  return value !== undefined && !['', '0', 'false'].includes(value);
};

export const isTestThrowEnabled = (): boolean => process.env[testThrowVariable] === '1';
