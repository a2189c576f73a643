// Role profiles: responsibilities, open findings and what a role leaves to others.
export { roleProfile, OTHER_GROUP, type NotResponsibleEntry, type ProfileDuty, type ProfileFinding, type ResponsibilityGroup, type RoleProfile } from './role-profile'
export { roleProfileMarkdown } from './profile-markdown'
