/**
 * Owns teams (nested) and the people of an organization, linked to accounts by e-mail; the seats of the
 * accountability chart and the fit assessments of people in them.
 */
package dev.plumbline.people;
