package dev.plumbline.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a handler of an organization's page or API call needs, checked by the tenancy
 * interceptor right after membership, before the request body or form is read and validated: a role that
 * may not gets 403 whatever it sent, never a 400 that would tell it how to phrase a request it may not
 * make. Use cases still check too; this only moves the refusal first.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {

	Permission value();

}
