/**
 * Owns reflection: the "things that aren't quite right" list of concerns, taken from raised to discussed
 * to solved (or dropped).
 */
package dev.plumbline.reflection;
