// `npm run bench:reconcile`: reconcile() on 10k, 100k and 1M synthetic claims
// spread over realistic groups (daily cumulative series from three sources per
// region, and news-like stories: running counts, narrower measures, breakdowns
// by place, levels, one-off events, hedged and undated figures, a few real
// disagreements). Each size runs in its own process so that peak memory is its
// own. Printed side by side: time, claims per second, peak memory, and two
// ratios with their targets:
//   time(1M) / time(100k)             near-linear growth: at most 12
//   reconcile / (parse + group)        against the floor any reconciler pays
//                                      (JSON.parse of every record and one Map
//                                      pass keyed by measure and places): at most 4
// Uses the built package (dist/): `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/index.js', root);
const SIZES = [10_000, 100_000, 1_000_000];
const TARGET_GROWTH = 12;
const TARGET_FLOOR = 4;

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]), Number(process.argv[4]));
} else {
  parent();
}

function parent() {
  if (!existsSync(dist)) {
    console.error('bench:reconcile needs the build: run "npm run build" first (npm run bench does).');
    process.exit(1);
  }
  if (newestSource(new URL('lib/', root)) > statSync(dist).mtimeMs) {
    console.log('note: lib/ has changed since dist/ was built; run "npm run build" for current figures.');
  }
  const script = fileURLToPath(import.meta.url);
  const rows = [];
  console.log('reconcile() on synthetic claims; each size in its own process');
  console.log(
    `${'claims'.padStart(9)} ${'groups'.padStart(7)} ${'relations'.padStart(9)} ${'conflicts'.padStart(9)}` +
      ` ${'floor s'.padStart(8)} ${'reconcile s'.padStart(11)} ${'claims/s'.padStart(9)} ${'vs floor'.padStart(8)}` +
      ` ${'parse+rec s'.padStart(11)} ${'peak RSS MB'.padStart(11)}`,
  );
  for (const size of SIZES) {
    const repeats = size <= 10_000 ? 5 : size <= 100_000 ? 3 : 2;
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=16384', '--expose-gc', script, '--child', String(size), String(repeats)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (run.status !== 0) {
      console.error(`size ${size} failed (exit ${run.status})`);
      process.exit(1);
    }
    const row = JSON.parse(run.stdout.trim().split('\n').pop());
    rows.push(row);
    console.log(
      `${fmt(row.claims).padStart(9)} ${fmt(row.groups).padStart(7)} ${fmt(row.relations).padStart(9)} ${fmt(row.conflicts).padStart(9)}` +
        ` ${row.floor.toFixed(2).padStart(8)} ${row.reconcile.toFixed(2).padStart(11)} ${fmt(Math.round(row.claims / row.reconcile)).padStart(9)}` +
        ` ${(row.reconcile / row.floor).toFixed(2).padStart(8)} ${row.parseAndReconcile.toFixed(2).padStart(11)} ${fmt(Math.round(row.maxRssMb)).padStart(11)}`,
    );
  }
  const [, hundredK, million] = rows;
  const growth = million.reconcile / hundredK.reconcile;
  const floorRatio = million.reconcile / million.floor;
  const withParse = million.parseAndReconcile / million.floor;
  console.log('');
  console.log(
    `time(1M) / time(100k)              ${growth.toFixed(2).padStart(6)}   target <= ${TARGET_GROWTH}  ${verdict(growth <= TARGET_GROWTH)}   (size ratio 10)`,
  );
  console.log(
    `reconcile / (parse + group), 1M    ${floorRatio.toFixed(2).padStart(6)}   target <= ${TARGET_FLOOR}   ${verdict(floorRatio <= TARGET_FLOOR)}`,
  );
  console.log(`(parse + reconcile) / floor, 1M    ${withParse.toFixed(2).padStart(6)}   (the whole path from NDJSON text, for reference)`);
  if (growth > TARGET_GROWTH || floorRatio > TARGET_FLOOR) process.exitCode = 1;
}

async function child(size, repeats) {
  const lib = await import(dist.href);
  const lines = syntheticLines(size);
  let floor = Infinity;
  let reconcileTime = Infinity;
  let parseAndReconcile = Infinity;
  let result;
  for (let r = 0; r < repeats; r++) {
    global.gc();
    let t = performance.now();
    const parsed = lines.map((line) => JSON.parse(line));
    const groups = new Map();
    for (const record of parsed) {
      const key = `${record.measure}|${record.locations.join('+')}`;
      const list = groups.get(key);
      if (list) list.push(record);
      else groups.set(key, [record]);
    }
    floor = Math.min(floor, (performance.now() - t) / 1000);
    if (groups.size === 0) throw new Error('no groups');
    global.gc();
    t = performance.now();
    const records = lines.map((line) => JSON.parse(line));
    const parsedAt = performance.now();
    // the previous round's result is released before this round is timed
    // eslint-disable-next-line no-useless-assignment
    result = undefined;
    result = lib.reconcile(records);
    const done = performance.now();
    reconcileTime = Math.min(reconcileTime, (done - parsedAt) / 1000);
    parseAndReconcile = Math.min(parseAndReconcile, (done - t) / 1000);
    if (result.rejected.length > 0) throw new Error(`rejected: ${result.rejected[0].reason}`);
  }
  const conflicts = result.relations.filter((r) => r.kind === 'conflict').length;
  console.log(
    JSON.stringify({
      claims: size,
      groups: result.groups.length,
      relations: result.relations.length,
      conflicts,
      floor,
      reconcile: reconcileTime,
      parseAndReconcile,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

/**
 * Claims as NDJSON lines. 60% are daily cumulative series (cases, deaths) from
 * three sources per region, with rounding noise, reporting lag and the odd
 * step down; 40% are news-like stories of about 250 claims each over 120
 * days: counts since a start date growing over time, narrower measures,
 * parts by place beside totals, levels, one-off events, hedges, undated
 * figures and a few figures that disagree. A seeded generator makes every run
 * the same.
 */
function syntheticLines(size) {
  const random = mulberry32(20231027);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [];
  const seriesClaims = Math.floor(size * 0.6);
  const days = 365;
  const sources = ['Source A', 'Source B', 'Source C'];
  let id = 0;
  const push = (claim) => lines.push(JSON.stringify({ id: `b${id++}`, ...claim }));
  const regions = Math.max(1, Math.round(seriesClaims / (2 * sources.length * days)));
  for (let region = 0; region < regions && lines.length < seriesClaims; region++) {
    const place = `Region ${region}`;
    for (const measure of ['cases', 'deaths']) {
      const scale = measure === 'cases' ? 100 : 2;
      const truth = [];
      for (let day = 0, value = 0; day < days; day++) truth.push((value += Math.floor(random() * scale)));
      for (const source of sources) {
        for (let day = 0; day < days && lines.length < seriesClaims; day++) {
          // Sources mostly agree; one lags a day now and then, a few figures are off, and a source sometimes revises down.
          let stated = truth[day];
          const roll = random();
          if (source === 'Source B' && roll < 0.1 && day > 0) stated = truth[day - 1];
          else if (roll < 0.01) stated = Math.round(stated * (0.85 + random() * 0.3));
          else if (source === 'Source A' && roll < 0.013 && day > 0) stated = Math.max(0, truth[day - 1] - Math.floor(random() * scale));
          const date = isoDay(Date.UTC(2020, 2, 1) / 86_400_000 + day);
          push({
            documentId: `${source} ${measure}`,
            quote: String(stated),
            span: null,
            stated,
            statedText: String(stated),
            qualifier: 'exact',
            upper: null,
            hedge: null,
            unit: 'count',
            measure,
            subMeasure: null,
            measureText: measure,
            locations: [place],
            period: { start: null, end: date },
            asOf: date,
            asOfBounds: null,
            attribution: null,
            source: { name: source, url: null, published: null },
          });
        }
      }
    }
  }
  const stories = Math.max(1, Math.round((size - lines.length) / 250));
  const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
  const counts = [
    ['attacks', null],
    ['attacks', 'missile and drone attacks'],
    ['injured', null],
    ['injured', 'traumatic brain injuries'],
    ['killed', null],
    ['casualties', null],
  ];
  const events = ['strikes', 'facilities', 'aircraft', 'drones'];
  for (let story = 0; lines.length < size; story = (story + 1) % stories) {
    const countries = [`Country ${2 * story}`, `Country ${2 * story + 1}`];
    const startDay = Date.UTC(2023, 0, 1) / 86_400_000 + (story % 200);
    const day = Math.floor(random() * 120);
    const asOf = isoDay(startDay + day);
    const outlet = pick(outlets);
    const roll = random();
    const base = {
      documentId: `${outlet} ${story} ${day}`,
      span: null,
      unit: 'count',
      upper: null,
      attribution: random() < 0.3 ? { speaker: null, organization: pick(['Ministry', 'Army', 'Monitor']) } : null,
      source: { name: outlet, url: null, published: asOf },
    };
    const undated = random() < 0.05;
    const dating = (period) =>
      undated
        ? {
            period: period && { start: period.start, end: null },
            asOf: null,
            asOfBounds: { start: isoDay(startDay + day - 5), end: isoDay(startDay + day + 5) },
            source: { ...base.source, published: null },
          }
        : { period, asOf, asOfBounds: null };
    const hedged = (value) => {
      const q = random();
      if (q < 0.55) return { stated: value, statedText: String(value), qualifier: 'exact', hedge: null };
      if (q < 0.75)
        return {
          stated: Math.max(0, value - Math.floor(random() * 3)),
          statedText: String(value),
          qualifier: 'at-least',
          hedge: 'at least',
        };
      if (q < 0.9)
        return {
          stated: Math.round(value / 10) * 10,
          statedText: String(Math.round(value / 10) * 10),
          qualifier: 'approximately',
          hedge: 'about',
        };
      if (q < 0.95) return { stated: value, statedText: String(value), qualifier: 'more-than', hedge: 'more than' };
      return { stated: value, statedText: String(value), qualifier: 'range', hedge: 'between', upper: value + 2 };
    };
    if (roll < 0.6) {
      const [measure, subMeasure] = pick(counts);
      const places = random() < 0.5 ? countries : [pick(countries)];
      let value = Math.floor(day * (places.length === 2 ? 0.8 : 0.4) * (subMeasure ? 0.7 : 1)) + 1;
      if (random() < 0.02) value = Math.floor(value * (0.3 + random()));
      const figure = hedged(value);
      push({
        ...base,
        ...figure,
        upper: figure.upper ?? null,
        quote: `${figure.hedge ?? ''} ${figure.statedText} ${subMeasure ?? measure}`.trim(),
        measure,
        subMeasure,
        measureText: measure,
        locations: places,
        ...dating({ start: isoDay(startDay), end: undated ? null : asOf }),
      });
    } else if (roll < 0.8) {
      const place = pick(countries);
      const value = 1000 + (story % 7) * 250;
      const figure =
        random() < 0.7 ? { stated: value, statedText: String(value), qualifier: 'approximately', hedge: 'about' } : hedged(value);
      push({
        ...base,
        ...figure,
        upper: figure.upper ?? null,
        quote: `${figure.hedge ?? ''} ${figure.statedText} troops`.trim(),
        measure: 'troops',
        subMeasure: null,
        measureText: 'troops',
        locations: [place],
        ...dating(null),
      });
    } else {
      const measure = pick(events);
      const eventDay = Math.floor(day / 10) * 10;
      const stated = 1 + ((story + eventDay) % 3) + (random() < 0.03 ? 1 : 0);
      push({
        ...base,
        stated,
        statedText: String(stated),
        qualifier: 'exact',
        hedge: null,
        quote: `${stated} ${measure}`,
        measure,
        subMeasure: null,
        measureText: measure,
        locations: [pick(countries)],
        period: null,
        asOf: isoDay(startDay + eventDay + (random() < 0.3 ? 1 : 0)),
        asOfBounds: null,
      });
    }
  }
  return lines;
}

function isoDay(day) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function fmt(n) {
  return n.toLocaleString('en-US');
}

function verdict(ok) {
  return ok ? 'met' : 'NOT MET';
}
