/**
 * Web side of journeys: the journey list and journey pages, and {@code /api/v1/orgs/{slug}/journeys}.
 */
package dev.plumbline.journey.web;
