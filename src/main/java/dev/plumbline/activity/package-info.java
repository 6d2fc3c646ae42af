/**
 * Owns the organization's trail: who changed what and when, recorded from every module's trail events
 * in the same transaction as the change, visible to ADMINs.
 */
package dev.plumbline.activity;
