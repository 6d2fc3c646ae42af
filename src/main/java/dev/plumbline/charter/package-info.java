/**
 * Owns the charter: vision, mission, values with their behaviours and weighted pillars; every saved
 * version with who and when; and members' acknowledgements of the current version.
 */
package dev.plumbline.charter;
