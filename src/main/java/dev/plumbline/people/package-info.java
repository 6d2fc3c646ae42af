/**
 * Owns teams (nested) and the people of an organization, linked to accounts by e-mail; later the
 * seats, fit assessments and reviews.
 */
package dev.plumbline.people;
