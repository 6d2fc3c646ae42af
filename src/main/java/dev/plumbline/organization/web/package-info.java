/**
 * Web side of organizations: tenancy resolution for every {@code /o/{slug}} and
 * {@code /api/v1/orgs/{slug}} request, sign-in and sign-up, the organization list, members, API tokens.
 */
package dev.plumbline.organization.web;
