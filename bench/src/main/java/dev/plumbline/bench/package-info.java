/**
 * The benchmark harness of issue 5: a generator of large organizations, JMH benchmarks of the audit
 * engine and the file reader, and the tools bench/run uses to load the packaged application.
 */
package dev.plumbline.bench;
