// Preloaded into a benchmarked process: prints its peak resident memory (KiB) on exit.
process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
