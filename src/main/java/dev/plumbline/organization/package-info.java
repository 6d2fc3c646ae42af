/**
 * Owns organizations (tenants), accounts, memberships with their roles, and personal API tokens; resolves
 * which organization a request is about and what the caller may do there.
 */
package dev.plumbline.organization;
