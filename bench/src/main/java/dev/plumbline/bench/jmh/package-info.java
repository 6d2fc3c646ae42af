/**
 * JMH benchmarks of the audit engine and the organization file reader, run by bench/run against the
 * generated files (the path comes in as the {@code file} parameter).
 */
package dev.plumbline.bench.jmh;
