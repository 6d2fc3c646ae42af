package dev.plumbline.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only work: inside a caller's transaction it joins it; otherwise it opens none, and its statements
 * run one by one (auto-commit) on one connection held for the call. Both databases run at READ COMMITTED,
 * where every statement sees what was committed when it started, inside a transaction or not: a read-only
 * transaction gave a query method's statements no common view, only a BEGIN and a COMMIT — and the COMMIT's
 * round trip was one in three of a request's round trips to PostgreSQL (ADR 0012, session 10). Work that
 * writes keeps {@link Transactional}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface Reads {

}
