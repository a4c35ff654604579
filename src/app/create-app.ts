/** The probot application: webhooks become queued check jobs (shown at once as queued check runs), and the badge routes are served beside them. */
import type { ApplicationFunction, Context, Probot } from "probot";
import { registryManifestLookup, type ManifestLookup } from "../facts/release-check.js";
import { defaultRegistry } from "../facts/registry.js";
import { openGitHubCommit } from "../sources/github.js";
import { CHECK_RUN_NAME } from "../report/check-run.js";
import { githubBadgeLookup } from "./badge-lookup.js";
import { badgeRoute } from "./badge-route.js";
import { BadgeStore, type BadgeLookup } from "./badge-store.js";
import { cancelCheckRun, createQueuedCheckRun, REVERIFY_ACTION } from "./check-run.js";
import { checkDefaultBranchCommit, checkPullRequest, checkRelease } from "./commit-checks.js";
import type { JobContext, ScanDependencies } from "./job-context.js";
import { ScanQueue, type QueueJob } from "./queue.js";
import type { ProcessPoolOptions } from "../queue/process-pool.js";
import { createIsolatedScanner } from "../queue/scan-runner.js";

export interface AppOptions {
  scanOptions?: ScanDependencies["scanOptions"];
  openCommit?: ScanDependencies["openCommit"];
  manifestLookup?: ManifestLookup;
  /** Tests pass their own to wait for it; otherwise one with `concurrency` slots. */
  queue?: ScanQueue;
  concurrency?: number;
  badgeLookup?: (app: Probot) => BadgeLookup;
  badge?: { ttlMs?: number; unknownTtlMs?: number; timeoutMs?: number; now?: () => number };
  /**
   * Scan in worker processes with a time and memory limit (default), so a tree that crashes or hangs the scanner costs
   * one process, not the App. Tests that inject in-memory clients scan in-process (clients cannot cross a process).
   */
  isolateScans?: boolean | Omit<ProcessPoolOptions, "handler">;
}

interface EnqueueOptions {
  /** A newer job for the same ref replaces this one while it waits (pull requests). */
  supersede?: boolean;
  /** The commit and external id of the job's check run, when known at queue time. */
  checkRun?: { sha: string; externalId: string };
}

/** The one-line summary of a check run whose job a newer one replaced before it started. */
function supersededSummary(by: QueueJob): string {
  const newer = by.commit ? `commit ${by.commit.slice(0, 7)}` : `job ${by.label}`;
  return `Not scanned: superseded by a newer push (${newer}) before this scan started.`;
}

export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app, { addHandler }) => {
    const queue =
      options.queue ??
      new ScanQueue({
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        onError: (error, job) => app.log.error({ err: error }, `job ${job.label} failed`),
        onSuperseded: (dropped, by) => app.log.info(`${dropped.label} superseded by ${by.label}`),
      });
    const badges = new BadgeStore({ lookup: (options.badgeLookup ?? githubBadgeLookup)(app), ...options.badge });
    const scanOptions = options.scanOptions ?? {};
    const isolate = options.isolateScans ?? !scanOptions.clients;
    const scanner = isolate ? createIsolatedScanner({ size: queue.concurrency, ...(typeof isolate === "object" ? isolate : {}) }) : undefined;
    const deps: ScanDependencies = {
      ...(scanner ? { scanTree: (tree, treeOptions) => scanner.scanTree(tree, treeOptions) } : {}),
      scanOptions,
      openCommit: options.openCommit ?? ((octokit, commit) => openGitHubCommit(octokit, commit)),
      manifestLookup: options.manifestLookup ?? registryManifestLookup(scanOptions.registry ?? defaultRegistry()),
      recordBadge: (owner, repo, value) => badges.record(owner, repo, value),
    };

    const jobOf = (context: Pick<Context, "octokit" | "log" | "repo">): JobContext => ({ ...context.repo(), octokit: context.octokit, log: context.log, deps });
    /**
     * Queues a job. When its commit is known now, its check run is created queued at once (so the pull request shows
     * it while it waits) and is cancelled if a newer push supersedes the job before it starts.
     */
    const enqueue = async (job: JobContext, ref: string, label: string, run: (queuedId?: number) => Promise<void>, options: EnqueueOptions = {}): Promise<void> => {
      const key = `${job.owner}/${job.repo}@${ref}`;
      const target = options.checkRun && { owner: job.owner, repo: job.repo, headSha: options.checkRun.sha, externalId: options.checkRun.externalId };
      // A failed create only costs the queued state: the job creates its check run when it starts.
      const queuedId = target && (await createQueuedCheckRun(job.octokit, target).catch((error: unknown) => void job.log.warn({ err: error }, `${key}: no queued check run`)));
      queue.push({
        key,
        label: `${key} ${label}`,
        ...(options.supersede ? { supersedeKey: key } : {}),
        ...(target ? { commit: target.headSha } : {}),
        run: () => run(queuedId),
        ...(typeof queuedId === "number" ? { superseded: (by: QueueJob) => cancelCheckRun(job.octokit, { owner: job.owner, repo: job.repo, id: queuedId }, supersededSummary(by)) } : {}),
      });
    };

    app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
      const pr = context.payload.pull_request;
      const job = jobOf(context);
      const ref = { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
      await enqueue(job, `pull/${pr.number}`, `head ${pr.head.sha.slice(0, 7)}`, (id) => checkPullRequest(job, ref, id), {
        supersede: true,
        checkRun: { sha: pr.head.sha, externalId: `pull_request:${pr.number}` },
      });
    });

    app.on("push", async (context) => {
      const { payload } = context;
      if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
      const job = jobOf(context);
      await enqueue(job, payload.ref, payload.after.slice(0, 7), (id) => checkDefaultBranchCommit(job, payload.after, "push", id), {
        checkRun: { sha: payload.after, externalId: "push" },
      });
    });

    app.on("release.published", async (context) => {
      const tag = context.payload.release.tag_name;
      const job = jobOf(context);
      // The tag's commit is looked up when the job runs, so this check run starts out in progress rather than queued.
      await enqueue(job, `refs/tags/${tag}`, "release", async () => {
        const { data } = await job.octokit.rest.repos.getCommit({ owner: job.owner, repo: job.repo, ref: `refs/tags/${tag}` });
        await checkRelease(job, tag, data.sha);
      });
    });

    app.on(["check_run.rerequested", "check_run.requested_action"], async (context) => {
      const run = context.payload.check_run;
      if (run.name !== CHECK_RUN_NAME) return;
      if (context.payload.action === "requested_action" && context.payload.requested_action?.identifier !== REVERIFY_ACTION.identifier) return;
      await rerun(jobOf(context), run.external_id ?? "", run.head_sha, context.payload.repository.default_branch);
    });

    app.on("check_suite.rerequested", async (context) => {
      const suite = context.payload.check_suite;
      const job = jobOf(context);
      if (suite.pull_requests.length === 0) {
        await rerun(job, "push", suite.head_sha, context.payload.repository.default_branch);
        return;
      }
      for (const pr of suite.pull_requests) {
        const ref = { number: pr.number, baseSha: pr.base.sha, headSha: suite.head_sha };
        await enqueue(job, `pull/${pr.number}`, `re-run ${suite.head_sha.slice(0, 7)}`, (id) => checkPullRequest(job, ref, id), {
          supersede: true,
          checkRun: { sha: suite.head_sha, externalId: `pull_request:${pr.number}` },
        });
      }
    });

    app.on(["installation.created", "installation.deleted"], async (context) => {
      context.log.info(`installation ${context.payload.installation.id} ${context.payload.action}`);
    });

    /** Re-runs whatever produced a check run, told by its external id. */
    async function rerun(job: JobContext, externalId: string, sha: string, defaultBranch: string): Promise<void> {
      const [kind, ...rest] = externalId.split(":");
      const argument = rest.join(":");
      if (kind === "pull_request" && /^\d+$/.test(argument)) {
        const number = Number(argument);
        await enqueue(job, `pull/${number}`, `re-run ${sha.slice(0, 7)}`, async (id) => {
          const { data: pr } = await job.octokit.rest.pulls.get({ owner: job.owner, repo: job.repo, pull_number: number });
          await checkPullRequest(job, { number, baseSha: pr.base.sha, headSha: sha }, id);
        }, { supersede: true, checkRun: { sha, externalId: `pull_request:${number}` } });
      } else if (kind === "release" && argument) {
        await enqueue(job, `refs/tags/${argument}`, "re-run", (id) => checkRelease(job, argument, sha, id), { checkRun: { sha, externalId: `release:${argument}` } });
      } else {
        await enqueue(job, `refs/heads/${defaultBranch}`, `re-run ${sha.slice(0, 7)}`, (id) => checkDefaultBranchCommit(job, sha, "push", id), {
          checkRun: { sha, externalId: "push" },
        });
      }
    }

    try {
      addHandler(badgeRoute(badges));
    } catch (error) {
      // Loaded without an HTTP server (probot.load in tests, or createNodeMiddleware): webhooks only.
      app.log.warn(`badge routes not served: ${(error as Error).message}`);
    }
  };
}
