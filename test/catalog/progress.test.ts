import { CatalogProgress, formatDuration, progressLine } from "../../src/catalog/progress.js";

const counts = { total: 110, alreadyDone: 10, queued: 100, scanned: 20, notChecked: 3, failed: 2 };

test("the progress line: bar, done/queued, rate, ETA and what went wrong", () => {
  expect(progressLine(counts, 10_000, 20)).toBe("[#####---------------] 25/100 25% 2.5/s ETA 30s · 2 failed · 3 not checked · 10 done before");
  expect(progressLine({ ...counts, scanned: 95 }, 40_000, 10)).toBe("[##########] 100/100 100% 2.5/s took 40s · 2 failed · 3 not checked · 10 done before");
  expect(progressLine({ ...counts, scanned: 0, notChecked: 0, failed: 0 }, 0, 4)).toBe("[----] 0/100 0% 0.0/s ETA – · 10 done before");
  expect([formatDuration(59), formatDuration(61), formatDuration(7322)]).toEqual(["59s", "1m01s", "2h02m"]);
});

test("redrawn in place on a terminal, a line per tenth elsewhere", () => {
  const tty: string[] = [];
  let clock = 0;
  const onTty = new CatalogProgress({ write: (s) => tty.push(s), isTTY: true, columns: 80 }, () => clock);
  onTty.update(counts);
  clock = 1000;
  onTty.update({ ...counts, scanned: 21 });
  onTty.done();
  expect(tty[0]).toMatch(/^\r\u001b\[2Kcatalog \[/);
  expect(tty.at(-1)).toBe("\n");
  const log: string[] = [];
  const plain = new CatalogProgress({ write: (s) => log.push(s) }, () => clock);
  for (let scanned = 0; scanned <= 95; scanned++) plain.update({ ...counts, scanned });
  expect(log).toHaveLength(11);
  expect(log.every((l) => l.startsWith("mcp-trust: catalog [") && l.endsWith("\n"))).toBe(true);
});
