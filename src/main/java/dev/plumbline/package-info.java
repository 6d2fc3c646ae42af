/**
 * Plumbline: one top-level package per capability (Spring Modulith modules), plus {@code shared}.
 */
package dev.plumbline;
