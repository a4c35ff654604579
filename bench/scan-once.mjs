// Runs one scan in this process and prints {ms, maxRssMb, score, dependencies} as JSON (the bench's child).
import { scan } from "../build/scan.js";

const [target, cacheDir, offline] = process.argv.slice(2);
const started = performance.now();
const report = await scan({ target, cacheDir, offline: offline === "offline" });
const ms = Math.round(performance.now() - started);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ ms, maxRssMb, score: report.score, dependencies: report.dependencies.length, skipped: report.skipped.length }));
