import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Publisher } from '../../core/publisher.ts';

/** The file a publisher edits to name themselves: the one place for the name, the contact and the repository. */
export const publisherFile = join('content', 'publisher.json');

const httpsUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must start with https:// or http://');

/** What content/publisher.json holds. The repository and contact may be left out where the host can name them. */
export const publisherSchema = z
  .object({
    name: z.string().trim().min(1).describe('Who publishes this copy of the site, as a credit line names them.'),
    contact: z
      .union([httpsUrl, z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, 'must be mailto:someone@example.org')])
      .optional()
      .describe('Where readers report an error: a mailto: address or a page. Defaults to the repository’s issues.'),
    repository: httpsUrl.optional().describe('The source repository. Defaults to the one the host builds from (GitHub Actions, Netlify).'),
  })
  .strict();

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The publisher named in content/publisher.json, with the repository and contact the host can supply filled in when
 * the file leaves them out: GitHub Actions' `GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`, Netlify's `REPOSITORY_URL`, or
 * the git remote `origin` when it is an https or ssh address of a forge. The contact then defaults to the
 * repository's issues (GitHub, GitLab, Codeberg). Throws a message that names the file and field on a mistake.
 */
export function readPublisher(root: string, env: Env = process.env): Publisher {
  const file = join(root, publisherFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${publisherFile}: ${(error as Error).message}`);
  }
  const parsed = publisherSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => (issue.path.length ? `field "${issue.path.join('.')}": ` : '') + issue.message);
    throw new Error(`${publisherFile}: ${issues.join('; ')}`);
  }
  const repository = parsed.data.repository ?? hostRepository(env) ?? gitRemote(root);
  const contact =
    parsed.data.contact ??
    (repository && /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\//.test(repository) ? `${repository}/issues` : undefined);
  return { name: parsed.data.name, ...(contact && { contact }), ...(repository && { repository }) };
}

function hostRepository(env: Env): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  if (env.REPOSITORY_URL) return forgeUrl(env.REPOSITORY_URL);
  return undefined;
}

function gitRemote(root: string): string | undefined {
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return forgeUrl(remote.trim());
  } catch {
    return undefined;
  }
}

/** "git@github.com:a/b.git" or "https://github.com/a/b.git" → "https://github.com/a/b"; a local path → undefined. */
export function forgeUrl(remote: string): string | undefined {
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote);
  return https ? `https://${https[1]}/${https[2]}` : undefined;
}
