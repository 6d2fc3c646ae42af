/**
 * Objective pages, htmx fragments, "My objectives" with check-ins, the CSV upload and the JSON API.
 */
package dev.plumbline.objective.web;
