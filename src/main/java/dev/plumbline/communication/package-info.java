/**
 * Owns communication: success stories, learnings from failures and updates, each about pillars.
 */
package dev.plumbline.communication;
