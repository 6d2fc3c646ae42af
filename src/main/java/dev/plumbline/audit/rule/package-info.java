/**
 * The audit rules: one small class per finding code, each a pure function of (graph, asOf, thresholds)
 * to findings. No Spring here (an architecture test keeps it so).
 */
package dev.plumbline.audit.rule;
