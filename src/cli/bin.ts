#!/usr/bin/env node
// The ml-debt executable; everything but the exit code lives in run.ts so tests can call it in-process.
import { run } from './run.js';

void run(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
