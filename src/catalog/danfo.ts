// danfo.js data frames. DataFrame.sample is seeded by default (seed 1), so nothing here is reported as random.
import type { Api, Library } from './types.js';

const frameReader = (name: string): Api => ({ part: 'danfo', path: [name], kind: 'call', returns: 'danfo.DataFrame' });

// Column lists: `df.loc({ columns })`, `df.drop({ columns })`, `new DataFrame(data, { columns })`,
// `getDummies(df, { columns })` (reference §5).
const columnsOption = (argIndex: number) => [{ argIndex, option: 'columns' }];

export const danfo: Library = {
  id: 'danfo',
  role: 'data',
  modules: ['danfojs', 'danfojs-node'].map((name) => ({ name, esm: true, mounts: [{ part: 'danfo' }] })),
  globals: [{ name: 'dfd', mounts: [{ part: 'danfo' }] }],
  apis: [
    ...['readCSV', 'readJSON', 'readExcel'].map(frameReader),
    { part: 'danfo', path: ['DataFrame'], kind: 'construct', returns: 'danfo.DataFrame', columnSelection: columnsOption(1) },
    { part: 'danfo', path: ['getDummies'], kind: 'call', columnSelection: columnsOption(1) },
  ],
  instances: [
    {
      id: 'danfo.DataFrame',
      typeNames: ['DataFrame'],
      typePackages: ['danfojs', 'danfojs-node'],
      methods: [
        // `x.loc({ columns: [...] })` in a module that imports danfo is a frame whatever built it.
        { name: 'loc', returnsSameKind: true, unknownReceiverMinArgs: 1, columnSelection: columnsOption(0) },
        { name: 'drop', returnsSameKind: true, unknownReceiverMinArgs: 1, columnSelection: columnsOption(0) },
      ],
    },
  ],
};
