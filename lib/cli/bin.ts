#!/usr/bin/env node
import { main } from './main';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  () => {
    process.exitCode = 2;
  },
);
