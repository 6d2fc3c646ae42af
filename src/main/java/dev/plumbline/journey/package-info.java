/**
 * Owns customer journeys: stages in order, their touchpoints, and the pain points (breakdowns) with
 * severity and evidence that initiatives address.
 */
package dev.plumbline.journey;
