/**
 * The portal pages residents open most: the home page, the projects list and one project page.
 * The project page is found the way a visitor finds it, by following the first project link on the
 * list, so the bench needs no knowledge of the seed's slugs.
 */
import type { BenchCase } from './measure.ts';

export const PROJECTS_LIST_PATH = '/projecten';

/** The first link to a project page in the projects list's HTML. */
export function firstProjectPath(html: string): string | undefined {
  const pattern = new RegExp(`href="(${PROJECTS_LIST_PATH}/[^"/?#]+)"`);
  return pattern.exec(html)?.[1];
}

export async function portalCases(portalUrl: string): Promise<BenchCase[]> {
  const page = (name: string, path: string): BenchCase => ({
    suite: 'portal',
    name,
    url: `${portalUrl}${path}`,
    headers: { accept: 'text/html' },
  });
  const list = await fetch(`${portalUrl}${PROJECTS_LIST_PATH}`, { signal: AbortSignal.timeout(10_000) });
  const projectPath = firstProjectPath(await list.text());
  if (!list.ok || !projectPath) {
    throw new Error(
      `Geen projectpagina gevonden op ${portalUrl}${PROJECTS_LIST_PATH} (status ${list.status}): is de inhoud gezaaid?`,
    );
  }
  return [page('home', '/'), page('projects list', PROJECTS_LIST_PATH), page('project page', projectPath)];
}
