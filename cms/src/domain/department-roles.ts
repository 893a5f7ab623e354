/**
 * The link between a stadsdienst (department) and the admin role of its editors.
 *
 * A department editor's rights follow from the codes of their admin roles alone: the role
 * `department-editor-mobiliteit` lets its holders manage the decisions, news and projects whose
 * department has the slug `mobiliteit`. Pure functions, so the rule is testable without Strapi.
 */

export const DEPARTMENT_EDITOR_ROLE_PREFIX = 'department-editor-';

/** The content types a department editor manages, each scoped to their own department. */
export const DEPARTMENT_SCOPED_CONTENT_TYPES = [
  'api::decision.decision',
  'api::news-article.news-article',
  'api::project.project',
] as const;

export type DepartmentScopedContentType = (typeof DEPARTMENT_SCOPED_CONTENT_TYPES)[number];

export function isDepartmentScoped(uid: string): uid is DepartmentScopedContentType {
  return (DEPARTMENT_SCOPED_CONTENT_TYPES as readonly string[]).includes(uid);
}

export function departmentEditorRoleCode(departmentSlug: string): string {
  return `${DEPARTMENT_EDITOR_ROLE_PREFIX}${departmentSlug}`;
}

export function departmentEditorRoleName(departmentName: string): string {
  return `Stadsdienst-redacteur – ${departmentName}`;
}

export function departmentEditorRoleDescription(departmentName: string): string {
  return (
    `Maakt, wijzigt en publiceert beslissingen, nieuws en projecten van de stadsdienst ${departmentName}, ` +
    'en alleen die. Deze rol wordt door het CMS beheerd.'
  );
}

/** The department slugs whose content a user with these role codes may manage. */
export function departmentSlugsFromRoleCodes(roleCodes: ReadonlyArray<string | null | undefined>): string[] {
  const slugs = roleCodes
    .filter((code): code is string => typeof code === 'string' && code.startsWith(DEPARTMENT_EDITOR_ROLE_PREFIX))
    .map((code) => code.slice(DEPARTMENT_EDITOR_ROLE_PREFIX.length))
    .filter((slug) => slug.length > 0);
  return [...new Set(slugs)].sort();
}

/**
 * The RBAC condition for a user: entries whose department is one of theirs, or `false` (nothing)
 * when the user holds no department-editor role. Written with a dotted path because Strapi matches
 * it in memory (sift) against a loaded entry and also turns it into a database filter for lists.
 */
export function departmentScopeCondition(
  roleCodes: ReadonlyArray<string | null | undefined>,
): { 'department.slug': { $in: string[] } } | false {
  const slugs = departmentSlugsFromRoleCodes(roleCodes);
  return slugs.length > 0 ? { 'department.slug': { $in: slugs } } : false;
}
