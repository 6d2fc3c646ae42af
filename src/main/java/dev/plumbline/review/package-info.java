/**
 * Owns strategy reviews: held on a cadence (monthly to annual), with their outcomes.
 */
package dev.plumbline.review;
