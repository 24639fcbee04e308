/**
 * Names for the generated contract types (src/api/schema.d.ts, from ../openapi.yaml).
 * Screens import from here, so a renamed schema is fixed in one place.
 */
import type { components } from './schema';

type S = components['schemas'];

export type TokenPair = S['TokenPair'];
export type User = S['User'];
export type UserRef = S['UserRef'];
export type Me = S['Me'];
export type MyMembership = Me['memberships'][number];
export type Role = S['Role'];
export type RequirementSettings = S['RequirementSettings'];
export type Program = S['Program'];
export type ProgramChange = S['ProgramChange'];
export type ProgramOverview = S['ProgramOverview'];
export type Cohort = S['Cohort'];
export type District = S['District'];
export type Enrollment = S['Enrollment'];
export type EnrollmentStatus = S['EnrollmentStatus'];
export type Position = S['Position'];
export type Employment = S['Employment'];
export type CostStructure = S['CostStructure'];
export type CoachAssignment = S['CoachAssignment'];
export type CoachCandidate = S['CoachedCandidate'];
export type Membership = S['Membership'];
export type Standard = S['Standard'];
export type StandardElement = Standard['elements'][number];
export type AuditEntry = S['AuditEvent'];
export type NewEnrollment = S['NewEnrollment'];
export type EnrollmentChange = S['EnrollmentChange'];
