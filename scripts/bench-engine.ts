/**
 * `npm run bench:engine`: the engine's figures alone (median [min–max]), without building or a
 * browser. Not a test: the figures depend on the machine. `npm run bench` includes them.
 */
import { engineFigures } from './bench/engine';
import { printTable } from './bench/table';

const { rows, paths } = await engineFigures();
printTable(rows);
console.log(`\nNode ${process.version}; ${paths} distinct paths on the demo hotline.`);
