import { describe, expect, it } from 'vitest';
import { ARCHIVE_STATUSES, ROLES, WORKFLOW_TRANSITIONS, allowedActions } from '../src/index.js';

describe('workflow', () => {
  it('lets a grassroots admin record the application and publicize a draft, nothing else', () => {
    expect(allowedActions('DRAFT', 'GRASSROOTS_ADMIN')).toEqual([
      'recordApplication',
      'startPublicNotice',
    ]);
  });

  it('lets a grassroots admin record objections, withdraw or submit during the notice', () => {
    expect(allowedActions('PUBLICIZING', 'GRASSROOTS_ADMIN').sort()).toEqual(
      ['recordObjection', 'submitForApproval', 'withdrawPublicNotice'].sort(),
    );
  });

  it('lets county-level admins approve or reject, not grassroots admins', () => {
    expect(allowedActions('PENDING_APPROVAL', 'COUNTY_ADMIN')).toEqual([
      'approveArchive',
      'rejectArchive',
    ]);
    expect(allowedActions('PENDING_APPROVAL', 'GRASSROOTS_ADMIN')).toEqual([]);
    // 县级工会审批: not even the province approves.
    expect(allowedActions('PENDING_APPROVAL', 'PROVINCE_ADMIN')).toEqual([]);
  });

  it('lets a county admin re-determine or exit an established archive, and re-enter an exited one as a new draft', () => {
    expect(allowedActions('ESTABLISHED', 'COUNTY_ADMIN')).toEqual([
      'redetermineArchive',
      'exitArchive',
    ]);
    expect(allowedActions('EXITED', 'COUNTY_ADMIN')).toEqual(['reenterArchive']);
    expect(WORKFLOW_TRANSITIONS.reenterArchive.to).toBe('DRAFT');
  });

  it('names each action after its mutation in the public contract', () => {
    expect(Object.keys(WORKFLOW_TRANSITIONS).sort()).toEqual(
      [
        'recordApplication',
        'startPublicNotice',
        'recordObjection',
        'withdrawPublicNotice',
        'submitForApproval',
        'approveArchive',
        'rejectArchive',
        'redetermineArchive',
        'exitArchive',
        'reenterArchive',
      ].sort(),
    );
  });

  it('gives analysts no action at all', () => {
    for (const status of Object.keys(ARCHIVE_STATUSES) as (keyof typeof ARCHIVE_STATUSES)[]) {
      expect(allowedActions(status, 'ANALYST')).toEqual([]);
    }
  });

  it('names real states and roles, with labels in both languages', () => {
    for (const [action, t] of Object.entries(WORKFLOW_TRANSITIONS)) {
      expect(t.action).toBe(action);
      for (const s of [...t.from, t.to]) expect(ARCHIVE_STATUSES).toHaveProperty(s);
      for (const r of t.roles) expect(ROLES).toHaveProperty(r);
      expect(t.label).toMatch(/[\u4e00-\u9fff]/);
      expect(t.labelEn.length).toBeGreaterThan(0);
    }
    expect(WORKFLOW_TRANSITIONS.rejectArchive).toMatchObject({
      from: ['PENDING_APPROVAL'],
      to: 'DRAFT',
    });
  });
});
