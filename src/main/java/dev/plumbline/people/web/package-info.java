/**
 * Web side of people: the people page and {@code /api/v1/orgs/{slug}/teams} and {@code /people}.
 */
package dev.plumbline.people.web;
