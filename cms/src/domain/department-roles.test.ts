import { describe, expect, it } from 'vitest';
import {
  departmentEditorRoleCode,
  departmentScopeCondition,
  departmentSlugsFromRoleCodes,
  isDepartmentScoped,
} from './department-roles';

describe('department editor roles', () => {
  it('round-trips a department slug through the role code', () => {
    expect(departmentSlugsFromRoleCodes([departmentEditorRoleCode('cultuur-en-erfgoed')])).toEqual([
      'cultuur-en-erfgoed',
    ]);
  });

  it('ignores roles that are not department-editor roles and removes duplicates', () => {
    const codes = [
      'strapi-super-admin',
      'communication-staff',
      'department-editor-mobiliteit',
      'department-editor-mobiliteit',
      null,
      'department-editor-',
    ];
    expect(departmentSlugsFromRoleCodes(codes)).toEqual(['mobiliteit']);
  });

  it('scopes a user with two department roles to both departments', () => {
    expect(departmentScopeCondition(['department-editor-welzijn', 'department-editor-bibliotheek'])).toEqual({
      'department.slug': { $in: ['bibliotheek', 'welzijn'] },
    });
  });

  it('grants nothing to a user without a department role', () => {
    expect(departmentScopeCondition(['strapi-editor'])).toBe(false);
  });

  it('knows which content types are department scoped', () => {
    expect(isDepartmentScoped('api::decision.decision')).toBe(true);
    expect(isDepartmentScoped('api::page.page')).toBe(false);
  });
});
