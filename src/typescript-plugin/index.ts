// The tsserver plugin factory, loaded by `"plugins": [{ "name": "eslint-plugin-ml-debt/typescript-plugin" }]` in
// tsconfig.json's compilerOptions (the package's typescript-plugin/ folder points here).
import type * as ts from 'typescript';
import type * as CreateModule from './create.js';
import { disableVariable, isPluginDisabled } from './environment.js';

function init({ typescript }: { typescript: typeof ts }): ts.server.PluginModule {
  return {
    create(info) {
      const logger = info.project.projectService.logger;
      if (isPluginDisabled()) {
        logger.info(`[ml-debt] off: ${disableVariable} is set`);
        return info.languageService;
      }
      try {
        // Loaded only now, so that switching the plugin off loads neither ESLint nor the rules. The `typescript` used
        // throughout is the one tsserver runs, handed over here, never a copy of our own.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createLanguageServiceProxy } = require('./create.js') as typeof CreateModule;
        return createLanguageServiceProxy(typescript, info);
      } catch (error) {
        logger.msg(
          `[ml-debt] could not start, so TypeScript runs without it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          typescript.server.Msg.Err,
        );
        return info.languageService;
      }
    },
  };
}

export = init;
